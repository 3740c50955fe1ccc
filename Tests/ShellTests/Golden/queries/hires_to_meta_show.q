find hires where to = Meta show person, from, date
