count deals by buyer
