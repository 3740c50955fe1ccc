find deals where amount is not missing
