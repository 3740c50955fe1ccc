find quotes where text contains "l’IA"
