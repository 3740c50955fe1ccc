explain sql count deals where buyer = Meta by status
