find quotes where text contains "say \"hi\"\t\\ \u{E9}\n"
