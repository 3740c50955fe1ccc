-- the big ones
find deals -- all deals
  where amount > 1e9 -- over a billion
