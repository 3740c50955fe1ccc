find deals where amount > 1 and
