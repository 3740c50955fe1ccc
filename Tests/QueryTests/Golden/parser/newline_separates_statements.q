count deals
count hires
find hires show person,
  count
sum amount of deals;
