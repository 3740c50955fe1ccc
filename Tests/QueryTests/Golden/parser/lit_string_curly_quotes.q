find quotes where text contains “superintelligence”
