find deals where amount contains "1"
