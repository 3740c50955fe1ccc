find deals where amount > Meta
