find deals sort amount
