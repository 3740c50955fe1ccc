find deals
