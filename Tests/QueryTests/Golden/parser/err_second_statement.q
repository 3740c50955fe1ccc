count deals; find deals where; count hires
