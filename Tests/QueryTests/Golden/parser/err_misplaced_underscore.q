find deals where amount > 1__000
