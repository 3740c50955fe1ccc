// libpq, PostgreSQL's own client library, for `repl --engine postgresql://…`.
// It is opened when a connection is first asked for, not linked: libpq
// brings some thirty libraries (TLS, Kerberos, LDAP) whose loading every
// start of repl would pay, server or not.
#ifndef AIQ_POSTGRES_H
#define AIQ_POSTGRES_H

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;
typedef unsigned int Oid;

// The values libpq-fe.h gives these (part of its stable interface).
enum { AIQ_CONNECTION_OK = 0 };
enum { AIQ_PGRES_COMMAND_OK = 1, AIQ_PGRES_TUPLES_OK = 2 };

// Opens libpq.so.5 once; NULL if it is there, else why not.
const char *aiq_pq_open(void);

PGconn *aiq_PQconnectdb(const char *conninfo);
int aiq_PQstatus(const PGconn *conn);
char *aiq_PQerrorMessage(const PGconn *conn);
void aiq_PQfinish(PGconn *conn);
PGresult *aiq_PQexec(PGconn *conn, const char *query);
int aiq_PQresultStatus(const PGresult *res);
char *aiq_PQresultErrorMessage(const PGresult *res);
void aiq_PQclear(PGresult *res);
int aiq_PQntuples(const PGresult *res);
int aiq_PQnfields(const PGresult *res);
Oid aiq_PQftype(const PGresult *res, int field);
int aiq_PQgetisnull(const PGresult *res, int row, int field);
char *aiq_PQgetvalue(const PGresult *res, int row, int field);

#endif
