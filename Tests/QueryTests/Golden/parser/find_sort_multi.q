find deals sort by buyer, amount desc, date asc
