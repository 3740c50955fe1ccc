find metrics where value >= €600
