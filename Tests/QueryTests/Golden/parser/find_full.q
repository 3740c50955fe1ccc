find deals where amount > 1e9 and buyer = Meta sort by amount desc limit 5 show buyer, target, amount
