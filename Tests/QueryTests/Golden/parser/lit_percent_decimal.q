find deals where stake < 0.5%
