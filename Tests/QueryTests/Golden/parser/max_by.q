max value of metrics by unit
