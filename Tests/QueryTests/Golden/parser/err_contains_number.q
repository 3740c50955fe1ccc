find quotes where text contains 42
