search "IA" in 009
