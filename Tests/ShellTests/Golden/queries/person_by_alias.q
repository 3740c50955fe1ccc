find people where name = Musk show name, aliases
