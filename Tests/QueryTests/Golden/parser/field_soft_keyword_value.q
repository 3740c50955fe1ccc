find deals where kind = count
