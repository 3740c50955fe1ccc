find events where date = 2024
