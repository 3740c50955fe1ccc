find deals where buyer in ()
