find deals where buyer = Meta and amount > 1e9
