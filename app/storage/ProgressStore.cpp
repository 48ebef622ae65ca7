#include "ProgressStore.h"

#include "EventLog.h"
#include "ImportRecords.h"
#include "ProfileRecords.h"
#include "SchemaMigrator.h"
#include "StoreConnection.h"
#include "StoreFileSafety.h"
#include "StoreOpener.h"
#include "StoreQuery.h"
#include "StoredValue.h"
#include "core/OsUser.h"

#include <QSqlQuery>
#include <QStandardPaths>

ProgressStore::ProgressStore(std::unique_ptr<StoreConnection> connection, QDateTime now)
    : m_connection(std::move(connection))
    , m_actor(osUserName())
    , m_now(std::move(now))
    , m_marks(schemaVersion() >= Schema::ArchiveAndDelete)
    , m_roles(schemaVersion() >= Schema::ServerRecordedRole)
{
    if (!m_connection->isShared())
        return;
    // Asked once: it cannot change for the life of a connection (SET ROLE
    // changes current_user, never session_user), and a reconnection uses the
    // same login.
    QSqlQuery query(m_connection->db());
    if (query.exec(QStringLiteral("SELECT session_user")) && query.next())
        m_role = query.value(0).toString();
}

ProgressStore::~ProgressStore() = default;

Result<std::unique_ptr<ProgressStore>> ProgressStore::open(
    const StoreAddress &address, const OpenOptions &options)
{
    Result<std::unique_ptr<StoreConnection>> connection = StoreOpener(address, options).open();
    if (!connection)
        return connection.error();
    return std::unique_ptr<ProgressStore>(
        new ProgressStore(std::move(connection).value(), options.now));
}

Result<std::unique_ptr<ProgressStore>> ProgressStore::open(
    const StoreAddress &address, int targetVersion)
{
    return open(address, OpenOptions {Access::ReadWrite, targetVersion, {}});
}

Result<std::unique_ptr<ProgressStore>> ProgressStore::openSqlite(
    const QString &path, int targetVersion)
{
    return open(StoreAddress::sqliteFile(path), OpenOptions {Access::ReadWrite, targetVersion, {}});
}

QString ProgressStore::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/progress.sqlite");
}

EventLog ProgressStore::eventLog() const
{
    return EventLog(*m_connection, {m_actor, m_role, m_roles});
}

ProfileRecords ProgressStore::profiles() const
{
    return ProfileRecords(*m_connection, eventLog(), m_marks);
}

ImportRecords ProgressStore::importRecords() const
{
    return ImportRecords(*m_connection, eventLog());
}

StoreFileSafety ProgressStore::fileSafety() const
{
    return StoreFileSafety(*m_connection, m_now);
}

bool ProgressStore::isReadOnly() const
{
    return m_connection->isReadOnly();
}

QSqlDatabase ProgressStore::connectionForReading() const
{
    return m_connection->db();
}

QString ProgressStore::location() const
{
    return m_connection->location();
}

bool ProgressStore::isShared() const
{
    return m_connection->isShared();
}

const StoreAddress &ProgressStore::address() const
{
    return m_connection->address();
}

int ProgressStore::schemaVersion() const
{
    return SchemaMigrator(*m_connection, m_now).version();
}

Result<QString> ProgressStore::backUp(const QString &reason)
{
    return fileSafety().backUp(reason);
}

Result<> ProgressStore::exclusively(const std::function<Result<>()> &work)
{
    return m_connection->exclusively(work);
}

Result<QList<ProfileSummary>> ProgressStore::listProfiles() const
{
    return profiles().list();
}

Result<ProfileData> ProgressStore::createProfile(const QString &companyName, const QDateTime &now)
{
    return profiles().create(companyName, now);
}

Result<ProfileData> ProgressStore::loadProfile(qint64 id) const
{
    return profiles().load(id);
}

Result<int> ProgressStore::saveFields(
    qint64 id, const QHash<QString, QString> &fields, const QDateTime &now, int expectedVersion)
{
    return profiles().saveFields(id, fields, now, expectedVersion);
}

Result<int> ProgressStore::saveStepState(qint64 id, StepId step, const StepState &state,
    StepStatus previous, const QDateTime &now, int expectedVersion)
{
    return profiles().saveStepState(id, step, state, previous, now, expectedVersion);
}

Result<int> ProgressStore::setArchived(
    qint64 id, bool archived, const QDateTime &now, int expectedVersion)
{
    return profiles().setArchived(id, archived, now, expectedVersion);
}

Result<int> ProgressStore::deleteProfile(qint64 id, const QDateTime &now, int expectedVersion)
{
    return profiles().setDeleted(id, true, now, expectedVersion);
}

Result<int> ProgressStore::undeleteProfile(qint64 id, const QDateTime &now, int expectedVersion)
{
    return profiles().setDeleted(id, false, now, expectedVersion);
}

Result<> ProgressStore::settle(qint64 id, const QDateTime &now)
{
    return profiles().settle(id, now);
}

Result<> ProgressStore::saveCurrentPage(qint64 id, int page)
{
    return profiles().saveCurrentPage(id, page);
}

Result<QList<ProfileEvent>> ProgressStore::events(qint64 id) const
{
    return eventLog().all(id);
}

Result<QList<ProfileEvent>> ProgressStore::changesSince(qint64 id, int version) const
{
    return eventLog().changesSince(id, version);
}

bool ProgressStore::isReachable() const
{
    return m_connection->isReachable();
}

bool ProgressStore::hasLostConnection() const
{
    return m_connection->hasLostConnection();
}

Result<> ProgressStore::reconnect()
{
    return m_connection->reconnect();
}

QString ProgressStore::setting(const QString &key) const
{
    // A setting that cannot be read reads as not set: no Error to carry.
    QSqlQuery query(m_connection->db());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

Result<> ProgressStore::setSetting(const QString &key, const QString &value)
{
    if (Result<> storable = StoredValue::checkStorable(value); !storable)
        return storable;
    if (Result<> writable = m_connection->reopenIfReadOnly(); !writable)
        return writable;
    return StoreQuery(*m_connection,
        QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
        .run(QStringLiteral("save setting"), {key, StoredValue::notNull(value)});
}

Result<> ProgressStore::limitGrowthForTest(int extraPages)
{
    StoreQuery pages(*m_connection, QStringLiteral("PRAGMA page_count"));
    if (Result<> counted = pages.run(QStringLiteral("page count")); !counted)
        return counted;
    if (!pages.next())
        return pages.failure(QStringLiteral("page count"));
    // SQLite's largest page count (SQLITE_MAX_PAGE_COUNT) when lifting.
    const qint64 limit = extraPages < 0 ? 1073741823 : pages.value(0).toLongLong() + extraPages;
    pages.finish();
    return m_connection->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(limit));
}

Result<QList<qint64>> ProgressStore::profilesWithField(
    const QString &key, const QString &value) const
{
    return importRecords().profilesWithField(key, value);
}

Result<qint64> ProgressStore::importProfile(const ProfileData &profile,
    const QList<ProfileEvent> &events, qint64 replaceId, const QDateTime &now)
{
    return importRecords().importProfile(profile, events, replaceId, now);
}
