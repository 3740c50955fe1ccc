find deals where amount 1e9
