find events where date = 2024 sort by date show actor, kind, date
