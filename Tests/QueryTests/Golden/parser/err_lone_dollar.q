find deals where amount > $
