count deals count hires
