explain count deals by buyer
