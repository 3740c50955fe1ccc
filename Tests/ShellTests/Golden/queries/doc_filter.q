count deals where doc = 000
