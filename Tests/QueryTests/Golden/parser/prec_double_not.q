find deals where not not a = 1
