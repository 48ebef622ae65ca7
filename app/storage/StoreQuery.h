// One SQL statement of the progress store, prepared, bound and run in one
// call, a failure turned into the store's Error (StoreConnection::failure:
// the cause in plain words and the driver's details, never the password):
// the prepare/bind/exec/check sequence each statement would otherwise spell
// out. Its rows are read with next() and value(). It never retries, never
// opens a transaction, and never reads a row the caller did not ask for.
#pragma once

#include "core/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

class StoreConnection;

class StoreQuery
{
public:
    StoreQuery(const StoreConnection &connection, QString sql);

    // Prepares the statement, binds `values` in order (a null QVariant is
    // SQL NULL) and runs it; `what` names it in the error ("save field").
    Result<> run(const QString &what, const QVariantList &values = {});
    // The next row; false after the last one.
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    // Lets go of the rows before the next statement: SQLite keeps a read
    // lock while they are open.
    void finish() { m_query.finish(); }
    // The store's Error for this statement, also when it ran but did not
    // return the row it must.
    Error failure(const QString &what) const;

private:
    const StoreConnection &m_connection;
    QString m_sql;
    QSqlQuery m_query;
};
