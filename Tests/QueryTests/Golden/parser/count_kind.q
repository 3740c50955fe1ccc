count deals
