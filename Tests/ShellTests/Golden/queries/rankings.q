find rankings sort by rank show rank, entity, comment
