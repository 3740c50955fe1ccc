find deals where buyer = Metta
