search "Grok 3" in 003 limit 3
