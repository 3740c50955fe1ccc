find deals where stake >= 20 %
