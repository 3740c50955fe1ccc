find deals where amount < 2.5E-3
