find where amount > 1
