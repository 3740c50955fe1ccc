find deals where amount > 1e9 and buyer = OpenAI
