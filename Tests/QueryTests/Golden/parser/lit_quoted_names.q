find deals where target in ("Scale AI", "GPT-4.5")
