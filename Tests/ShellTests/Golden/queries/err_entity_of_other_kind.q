find deals where buyer = Zuckerberg
