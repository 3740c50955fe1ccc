cont deals
