find deals where buyer = Meta and target = "Scale AI"
