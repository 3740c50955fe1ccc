find deals where stake is not missing show buyer, target, kind, stake
