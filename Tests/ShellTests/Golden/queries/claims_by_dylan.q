find claims where speaker = "Dylan Patel" show statement, value
