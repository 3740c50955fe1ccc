find metrics show subject, metric, value, unit
