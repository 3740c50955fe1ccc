find hires where status = offered show person, from, to, bonus
