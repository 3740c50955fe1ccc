find quotes where text not contains "monde"
