find deals where amount not between 1e6 and 1e9
