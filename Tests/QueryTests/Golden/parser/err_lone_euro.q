find deals where amount > € 5
