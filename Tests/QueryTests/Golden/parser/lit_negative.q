find metrics where value > -5
