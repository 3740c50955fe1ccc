find deals where amount >= 6.4
