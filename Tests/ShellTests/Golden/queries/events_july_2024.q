find events where date = 2024-07 show actor, summary
