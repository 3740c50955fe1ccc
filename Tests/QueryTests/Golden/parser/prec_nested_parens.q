find deals where ((((a = 1))))
