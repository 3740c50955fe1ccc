find deals limit 2.5
