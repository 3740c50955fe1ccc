find deals where amount > 1.2.3
