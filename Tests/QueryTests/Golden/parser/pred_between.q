find deals where amount between 1e6 and 1e9
