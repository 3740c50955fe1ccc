.cite maybe
.schema dealz
.help find
.help .read
.help nothing
