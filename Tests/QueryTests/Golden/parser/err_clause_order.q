find deals limit 5 where amount > 1
