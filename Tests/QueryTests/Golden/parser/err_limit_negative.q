find deals limit -1
