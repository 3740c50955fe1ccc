find hires order by date asc
