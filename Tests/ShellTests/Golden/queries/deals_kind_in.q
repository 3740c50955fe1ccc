find deals where kind in (acquisition, stake) show buyer, target, kind
