find deals wher amount > 1e9
