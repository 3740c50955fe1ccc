search "a\qb"
