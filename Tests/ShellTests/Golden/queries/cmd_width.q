-- Tables fit the width: text columns shrink first, then columns are left out
-- from the right (the source stays), and the footer names them.
.width 60
find deals
.width 120
find deals
.width 45
find hires show person, to, role, status
.width
.width auto
.width 5
.width wide
