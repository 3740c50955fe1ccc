find deals where stake >= 49 %
