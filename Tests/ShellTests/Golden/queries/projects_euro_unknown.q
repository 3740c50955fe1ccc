find projects where amount > 1000 EUR
