count hires where to = Meta by from
