find deals where buyer = Google
