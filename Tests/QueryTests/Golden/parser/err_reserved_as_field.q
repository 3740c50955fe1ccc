find deals where by = 1
