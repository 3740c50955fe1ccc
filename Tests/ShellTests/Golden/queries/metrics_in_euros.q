find metrics where unit = EUR and value < 3000 EUR
