search "\u{ZZ}"
