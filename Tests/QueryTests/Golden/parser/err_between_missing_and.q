find deals where amount between 1 or 2
