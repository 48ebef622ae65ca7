// One progress store's database connection, registered with QSqlDatabase
// under a name of its own and removed with it: what it reaches (the address,
// the location the user sees, read-only or not), how a driver failure reads
// as an Error (SQLite's cause in plain words; never the password), whether
// the server was lost, and its transactions. Every part of the store works
// through it and receives it explicitly. It never chooses what to connect to
// (StoreOpener does) and never runs a statement of its own besides the
// transaction's. One connection is used from one thread only.
#pragma once

#include "core/Result.h"
#include "storage/Schema.h"
#include "storage/StoreAddress.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlError;
class QTemporaryDir;

class StoreConnection
{
public:
    // Takes over the open connection registered under `name`.
    StoreConnection(QString name, StoreAddress address, bool readOnly);
    // Closes the connection and removes its name.
    ~StoreConnection();
    StoreConnection(const StoreConnection &) = delete;
    StoreConnection &operator=(const StoreConnection &) = delete;

    QSqlDatabase db() const;
    const StoreAddress &address() const { return m_address; }
    // The file path, or the server address without its password.
    QString location() const { return m_location; }
    bool isShared() const { return m_address.isPostgres(); }
    bool isReadOnly() const { return m_readOnly; }
    Schema::Dialect dialect() const;

    // ReadOnly over an older schema: the connection reads an upgraded
    // private copy in `scratch`, which lives as long as the connection.
    void keepPrivateCopy(std::unique_ptr<QTemporaryDir> scratch);

    // The store's Error for a failed statement `what`: the plain cause or a
    // general sentence, the driver's words without the password, and
    // StoreErrorKind::Disconnected once the server is gone.
    Error failure(const QString &what, const QSqlError &driverError) const;
    // failure() with the connection's own last error (begin, commit).
    Error databaseError(const QString &what) const;
    // Runs `sql` as it is (pragmas, migrations, transaction control); its
    // error names the statement.
    Result<> exec(const QString &sql);
    // A connection SQLite opened read-only stays so: after a write was
    // refused as read-only, the next write opens the file again.
    Result<> reopenIfReadOnly();

    // Runs `work` (returning a Result) as one transaction, or as part of the
    // exclusive transaction under way; `work` failing rolls back.
    template<typename Work>
    auto inTransaction(Work work) -> decltype(work());
    // As ProgressStore::exclusively().
    Result<> exclusively(const std::function<Result<>()> &work);

    // PostgreSQL: whether the server still answers; SQLite: always true.
    bool isReachable() const;
    bool hasLostConnection() const { return m_lost; }
    Result<> reconnect();

private:
    // The cause of a SQLite failure in plain words (disk full, read-only,
    // in use, cannot open); empty for other failures and for PostgreSQL.
    QString plainCause(const QSqlError &driverError) const;

    QString m_name;
    StoreAddress m_address;
    QString m_location;
    bool m_readOnly = false;
    std::unique_ptr<QTemporaryDir> m_scratch;
    int m_transactionDepth = 0;
    mutable bool m_lost = false;
    mutable bool m_reopenBeforeWrite = false;
};

template<typename Work>
auto StoreConnection::inTransaction(Work work) -> decltype(work())
{
    if (m_transactionDepth > 0)
        return work(); // part of the caller's exclusive transaction
    if (Result<> writable = reopenIfReadOnly(); !writable)
        return writable.error();
    QSqlDatabase database = db();
    if (!database.transaction())
        return databaseError(QStringLiteral("begin"));
    ++m_transactionDepth;
    auto result = work();
    --m_transactionDepth;
    if (!result) {
        database.rollback();
        return result;
    }
    if (!database.commit()) {
        Error error = databaseError(QStringLiteral("commit"));
        database.rollback();
        return error;
    }
    return result;
}
