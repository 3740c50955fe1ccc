find deals where buyer in (Meta, OpenAI)
