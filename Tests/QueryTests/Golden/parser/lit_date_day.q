find hires where date = 2024-07-01
