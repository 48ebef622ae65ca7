#include "StoreQuery.h"

#include "StoreConnection.h"

#include <QSqlError>

StoreQuery::StoreQuery(const StoreConnection &connection, QString sql)
    : m_connection(connection)
    , m_sql(std::move(sql))
    , m_query(connection.db())
{ }

Result<> StoreQuery::run(const QString &what, const QVariantList &values)
{
    // prepare()'s result is not checked, as before this class: a statement
    // that cannot be prepared fails in exec(), and that is the error reported.
    m_query.prepare(m_sql);
    for (const QVariant &value : values)
        m_query.addBindValue(value);
    if (m_query.exec())
        return {};
    return failure(what);
}

Error StoreQuery::failure(const QString &what) const
{
    return m_connection.failure(what, m_query.lastError());
}
