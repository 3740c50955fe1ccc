explain find deals where amount > 1e9 and buyer = meta sort by amount desc limit 5
