find deals where amount between 100M and 1T
