#include "StoreConnection.h"

#include "ProgressStore.h"
#include "SqliteFileCheck.h"
#include "StoreErrorKind.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

constexpr int SqliteReadOnly = 8;

// SQLite's primary result code of a driver error, 0 if none.
int sqliteCode(const QSqlError &error)
{
    return SqliteFileCheck::primaryCode(error.nativeErrorCode());
}

} // namespace

StoreConnection::StoreConnection(QString name, StoreAddress address, bool readOnly)
    : m_name(std::move(name))
    , m_address(std::move(address))
    , m_location(m_address.isPostgres() ? m_address.displayName() : m_address.sqlitePath())
    , m_readOnly(readOnly)
{ }

StoreConnection::~StoreConnection()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_name, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase StoreConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

Schema::Dialect StoreConnection::dialect() const
{
    return isShared() ? Schema::Dialect::Postgres : Schema::Dialect::Sqlite;
}

void StoreConnection::keepPrivateCopy(std::unique_ptr<QTemporaryDir> scratch)
{
    m_scratch = std::move(scratch);
}

QString StoreConnection::plainCause(const QSqlError &driverError) const
{
    if (isShared())
        return {};
    return SqliteFileCheck::plainCause(sqliteCode(driverError), m_location);
}

Error StoreConnection::failure(const QString &what, const QSqlError &driverError) const
{
    // A server that went away makes every statement fail: say that, once
    // asked, instead of a driver message per statement.
    // (QPSQL's isOpen() is libpq's connection status: no query is needed,
    // and none could run inside a transaction the failure has aborted.)
    if (isShared() && !db().isOpen())
        m_lost = true;
    if (!isShared() && sqliteCode(driverError) == SqliteReadOnly)
        m_reopenBeforeWrite = true;
    const QString details = m_address.scrubbed(driverError.text());
    const StoreErrorKind kind = m_lost ? StoreErrorKind::Disconnected : StoreErrorKind::Other;
    if (const QString cause = plainCause(driverError); !cause.isEmpty())
        return storeError(kind, cause, details + QStringLiteral(" (") + what + QLatin1Char(')'));
    return storeError(kind,
        ProgressStore::tr("The progress database could not be read or written (%1).", "@info")
            .arg(what),
        details);
}

Error StoreConnection::databaseError(const QString &what) const
{
    return failure(what, db().lastError());
}

Result<> StoreConnection::exec(const QString &sql)
{
    QSqlQuery query(db());
    if (!query.exec(sql)) {
        const QString cause = plainCause(query.lastError());
        return Error {cause.isEmpty()
                ? ProgressStore::tr("The progress database could not be read or written.", "@info")
                : cause,
            m_address.scrubbed(query.lastError().text()) + QStringLiteral(" — ") + sql};
    }
    return {};
}

Result<> StoreConnection::reopenIfReadOnly()
{
    if (!m_reopenBeforeWrite)
        return {};
    QSqlDatabase database = db();
    database.close();
    if (!database.open())
        return failure(QStringLiteral("reopen"), database.lastError());
    m_reopenBeforeWrite = false;
    for (const char *pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (Result<> done = exec(QString::fromLatin1(pragma)); !done)
            return done;
    }
    return {};
}

Result<> StoreConnection::exclusively(const std::function<Result<>()> &work)
{
    if (Result<> writable = reopenIfReadOnly(); !writable)
        return writable.error();
    // QSQLITE's transaction() is a deferred BEGIN: two of them could both
    // read "no such company" before either writes. IMMEDIATE takes the write
    // lock first (waiting out the busy timeout for another writer).
    const bool sqlite = !isShared();
    if (sqlite) {
        if (Result<> begun = exec(QStringLiteral("BEGIN IMMEDIATE")); !begun)
            return begun;
    } else {
        if (!db().transaction())
            return databaseError(QStringLiteral("begin"));
        if (Result<> locked = exec(QStringLiteral("SELECT pg_advisory_xact_lock(7160002)"));
            !locked) {
            db().rollback();
            return locked;
        }
    }
    ++m_transactionDepth;
    Result<> result = work();
    --m_transactionDepth;
    const auto rollBack = [&]() {
        if (sqlite)
            QSqlQuery(db()).exec(QStringLiteral("ROLLBACK"));
        else
            db().rollback();
    };
    if (!result) {
        rollBack();
        return result;
    }
    if (sqlite) {
        if (Result<> committed = exec(QStringLiteral("COMMIT")); !committed) {
            rollBack();
            return committed;
        }
    } else if (!db().commit()) {
        Error error = databaseError(QStringLiteral("commit"));
        rollBack();
        return error;
    }
    return result;
}

bool StoreConnection::isReachable() const
{
    if (!isShared())
        return true;
    if (!db().isOpen())
        return false;
    QSqlQuery probe(db());
    return probe.exec(QStringLiteral("SELECT 1")) && probe.next();
}

Result<> StoreConnection::reconnect()
{
    QSqlDatabase database = db();
    database.close();
    if (!database.open())
        return storeError(StoreErrorKind::Disconnected,
            ProgressStore::tr("The shared database %1 cannot be reached.", "@info").arg(m_location),
            m_address.scrubbed(database.lastError().text()));
    m_lost = false;
    return {};
}
