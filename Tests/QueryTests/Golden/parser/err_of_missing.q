sum amount deals
