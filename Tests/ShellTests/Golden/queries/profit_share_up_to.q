find deals where stake >= 51%
