find deals where amount > 12abc
