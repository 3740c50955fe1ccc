find hires where count >= 4 show person, count
