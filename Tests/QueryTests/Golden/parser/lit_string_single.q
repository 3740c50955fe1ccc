find quotes where text contains 'vision'
