find deals where amount > 1_000_000
