find metrics where value >= 100k
