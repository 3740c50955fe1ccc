search "blockchain quantique"
