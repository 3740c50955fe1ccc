find deals sort by amount desc limit 2 show id, amount
