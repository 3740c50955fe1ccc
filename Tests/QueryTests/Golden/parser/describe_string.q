describe "Mark Zuckerberg"
