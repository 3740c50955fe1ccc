find metrics where value > 1e9
