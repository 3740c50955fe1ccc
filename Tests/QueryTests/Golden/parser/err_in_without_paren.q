find deals where buyer in Meta
