-- describe honours the format: one row per field and per fact in CSV.
.format csv
describe "Scale AI"
.format tsv
describe Behemoth
.format markdown
describe "Alexandr Wang"
.format line
describe "Scale AI"
