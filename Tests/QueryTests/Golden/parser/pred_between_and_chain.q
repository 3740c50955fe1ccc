find deals where amount between 1 and 2 and buyer = Meta
