find events where date > "soon"
