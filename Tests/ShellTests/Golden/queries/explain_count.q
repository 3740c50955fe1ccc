explain count hires by to
