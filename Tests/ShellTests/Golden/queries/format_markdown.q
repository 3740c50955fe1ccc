.format markdown
count deals by buyer
