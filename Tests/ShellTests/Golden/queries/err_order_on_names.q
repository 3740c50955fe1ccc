find deals where buyer > Meta
