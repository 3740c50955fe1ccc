find deals where amount = 10bn
