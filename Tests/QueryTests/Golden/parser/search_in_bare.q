search "superintelligence" in 001
