search "superintelligence"
