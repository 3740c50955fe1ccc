find deals where amount = 42
