-- On a terminal, a table shows at most .maxrows rows: the first and the last.
.maxrows 4
find hires show person, to, status
.maxrows 1
count deals by buyer
.maxrows
.maxrows 0
count deals by kind
.maxrows -3
.maxrows 2 3
