find deals where amount > ÿþ 1
