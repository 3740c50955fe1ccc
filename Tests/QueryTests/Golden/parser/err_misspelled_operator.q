find deals where text contain "x"
