find metrics where value < 600 EUR
