-- The vertical layout: one field per line; .maxrows caps records too.
.mode line
find deals where buyer = Meta
.maxrows 1
find hires where to = Meta show person, role
.cite on
find deals where target = "Scale AI"
.mode
