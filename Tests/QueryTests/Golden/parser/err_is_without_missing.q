find deals where amount is null
