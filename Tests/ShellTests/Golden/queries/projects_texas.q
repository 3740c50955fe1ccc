find projects where place contains "texas"
