find deals where stake between 10% and 50% or amount between $1M and $2M and kind = stake
