count deals;
find deals where amout > 1;
count hires
