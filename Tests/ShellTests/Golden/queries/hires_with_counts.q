find hires where count is not missing show role, count, from, to
