.nullvalue "—"
find deals where buyer = Meta show target, amount, stake
.nullvalue
.prompt "q> " "..> "
.show
.nullvalue ""
.prompt
.bail sometimes
.bail on
count dealz
count deals
