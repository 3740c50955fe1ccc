#include "CPostgres.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

static struct {
    PGconn *(*connectdb)(const char *);
    int (*status)(const PGconn *);
    char *(*errorMessage)(const PGconn *);
    void (*finish)(PGconn *);
    PGresult *(*exec)(PGconn *, const char *);
    int (*resultStatus)(const PGresult *);
    char *(*resultErrorMessage)(const PGresult *);
    void (*clear)(PGresult *);
    int (*ntuples)(const PGresult *);
    int (*nfields)(const PGresult *);
    Oid (*ftype)(const PGresult *, int);
    int (*getisnull)(const PGresult *, int, int);
    char *(*getvalue)(const PGresult *, int, int);
} pq;

static const char *problem = "libpq was not opened";
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void open_library(void) {
    void *library = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        problem = "PostgreSQL's client library libpq.so.5 is not installed (apt-get install libpq5)";
        return;
    }
#define LOAD(field, name) \
    if ((*(void **)&pq.field = dlsym(library, name)) == NULL) { problem = "libpq.so.5 lacks " name; return; }
    LOAD(connectdb, "PQconnectdb")
    LOAD(status, "PQstatus")
    LOAD(errorMessage, "PQerrorMessage")
    LOAD(finish, "PQfinish")
    LOAD(exec, "PQexec")
    LOAD(resultStatus, "PQresultStatus")
    LOAD(resultErrorMessage, "PQresultErrorMessage")
    LOAD(clear, "PQclear")
    LOAD(ntuples, "PQntuples")
    LOAD(nfields, "PQnfields")
    LOAD(ftype, "PQftype")
    LOAD(getisnull, "PQgetisnull")
    LOAD(getvalue, "PQgetvalue")
#undef LOAD
    problem = NULL;
}

const char *aiq_pq_open(void) {
    pthread_once(&once, open_library);
    return problem;
}

// Called only after aiq_pq_open returned NULL.
PGconn *aiq_PQconnectdb(const char *conninfo) { return pq.connectdb(conninfo); }
int aiq_PQstatus(const PGconn *conn) { return pq.status(conn); }
char *aiq_PQerrorMessage(const PGconn *conn) { return pq.errorMessage(conn); }
void aiq_PQfinish(PGconn *conn) { pq.finish(conn); }
PGresult *aiq_PQexec(PGconn *conn, const char *query) { return pq.exec(conn, query); }
int aiq_PQresultStatus(const PGresult *res) { return pq.resultStatus(res); }
char *aiq_PQresultErrorMessage(const PGresult *res) { return pq.resultErrorMessage(res); }
void aiq_PQclear(PGresult *res) { pq.clear(res); }
int aiq_PQntuples(const PGresult *res) { return pq.ntuples(res); }
int aiq_PQnfields(const PGresult *res) { return pq.nfields(res); }
Oid aiq_PQftype(const PGresult *res, int field) { return pq.ftype(res, field); }
int aiq_PQgetisnull(const PGresult *res, int row, int field) { return pq.getisnull(res, row, field); }
char *aiq_PQgetvalue(const PGresult *res, int row, int field) { return pq.getvalue(res, row, field); }
