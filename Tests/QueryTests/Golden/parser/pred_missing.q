find deals where amount is missing
