-- In machine formats the answer stays clean; notes go to standard error
-- (in this transcript, both streams are interleaved).
.format csv
sum amount of deals
find deals where buyer = Google
.format json
sum amount of deals
.format csv
explain count deals
