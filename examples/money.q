-- The money in the corpus, with its uncertainty and its citations.
.cite on
find deals where amount is not missing or stake is not missing show buyer, target, kind, amount, stake;
.cite off
sum amount of projects by owner;
