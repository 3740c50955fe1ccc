search "superintelligence
