find deals where a = 1 or (b = 2 or c = 3)
