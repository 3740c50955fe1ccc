find deals where amount > 2.4T KRW or amount < ₹500 or amount = 3B HKD
