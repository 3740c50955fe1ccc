find hires where to = Meta
