find deals where not a = 1 and b = 2
