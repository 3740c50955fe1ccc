find projects sort by amount desc show owner, what, place, amount
