// SQLite's C library (Debian's libsqlite3-dev), for the export and for the
// differential test that runs translated statements on it.
#include <sqlite3.h>
