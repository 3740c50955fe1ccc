FIND deals WHERE Amount > 1E9 AND buyer = Meta SORT BY amount DESC LIMIT 5
