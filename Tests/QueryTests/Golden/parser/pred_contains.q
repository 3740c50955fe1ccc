find quotes where text contains "monde"
