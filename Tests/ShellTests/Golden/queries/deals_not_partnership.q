find deals where kind != partnership and amount is missing show id, kind
