find deals where amount > 1)
