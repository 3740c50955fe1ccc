-- Who poaches whom: talent moves towards Meta, then everyone's counts.
find hires where to = Meta and status = joined show person, from, role, count;
count hires by to;
