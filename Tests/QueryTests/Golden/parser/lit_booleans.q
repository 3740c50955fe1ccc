find events where confirmed = true or confirmed = false
