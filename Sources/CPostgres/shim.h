// libpq, PostgreSQL's own client library (Debian's libpq-dev), for
// `repl --engine postgresql://…`.
#include <libpq-fe.h>
