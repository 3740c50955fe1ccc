find hires where bonus > $50M show from, to, bonus
