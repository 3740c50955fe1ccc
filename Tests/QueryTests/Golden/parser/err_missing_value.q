find deals where amount >
