find deals where amount > 1 & buyer = Meta
