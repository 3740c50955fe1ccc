.format csv
find deals where buyer = Microsoft show kind, amount, stake
