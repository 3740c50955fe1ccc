find deals where buyer not in (Meta)
