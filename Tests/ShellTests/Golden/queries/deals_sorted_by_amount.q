find deals sort by amount desc show buyer, target, amount, stake
