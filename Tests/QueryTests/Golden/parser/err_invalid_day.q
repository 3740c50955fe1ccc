find events where date = 2023-02-29
