find deals where amout > 1
