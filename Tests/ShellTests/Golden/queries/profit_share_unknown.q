find deals where stake > 50%
