count deals where buyer = microsoft
