find deals where stake > 40
