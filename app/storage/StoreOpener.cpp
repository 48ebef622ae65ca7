#include "StoreOpener.h"

#include "SchemaMigrator.h"
#include "StoreConnection.h"
#include "StoreFileSafety.h"
#include "StoreQuery.h"

#include <QAtomicInteger>
#include <QDeadlineTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

namespace {

constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
// As QSQLITE_BUSY_TIMEOUT in StoreAddress.
constexpr int BusyTimeoutMs = 5000;

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("fincloud-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

Result<> switchToWal(StoreConnection &connection)
{
    // Switching a database into WAL mode needs it to itself for a moment, and
    // SQLite answers "locked" at once instead of waiting while another
    // program does the same to a new file (eight imports starting together):
    // so it is asked again, for as long as the busy timeout would wait.
    QDeadlineTimer deadline(BusyTimeoutMs);
    for (;;) {
        QSqlQuery query(connection.db());
        if (query.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            return {};
        const int code = SqliteFileCheck::primaryCode(query.lastError().nativeErrorCode());
        if ((code != SqliteBusy && code != SqliteLocked) || deadline.hasExpired())
            return connection.failure(QStringLiteral("PRAGMA journal_mode=WAL"), query.lastError());
        QThread::msleep(20);
    }
}

} // namespace

StoreOpener::StoreOpener(StoreAddress address, ProgressStore::OpenOptions options)
    : m_address(std::move(address))
    , m_options(std::move(options))
{ }

int StoreOpener::targetVersion() const
{
    return m_options.targetVersion < 0 ? Schema::LatestVersion : m_options.targetVersion;
}

Result<std::unique_ptr<StoreConnection>> StoreOpener::open() const
{
    return m_address.isPostgres() ? openShared() : openSqliteFile();
}

Result<std::unique_ptr<StoreConnection>> StoreOpener::openShared() const
{
    const QString name = nextConnectionName();
    {
        const Result<QSqlDatabase> connection = m_address.addConnection(name);
        if (!connection)
            return connection.error();
    }
    auto store = std::make_unique<StoreConnection>(name, m_address, readOnly());
    SchemaMigrator schema(*store, m_options.now);
    const int target = targetVersion();
    if (!readOnly()) {
        if (Result<> migrated = schema.migrateTo(target); !migrated)
            return migrated.error();
        return store;
    }
    // Reading only: the server refuses every write of this session, and a
    // schema that is not the current one is left for the wizard to upgrade.
    if (Result<> session
        = store->exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
        !session)
        return session.error();
    const int version = schema.version();
    if (version > Schema::LatestVersion || version == ProgressStore::UnreadableVersion)
        return schema.migrateTo(target).error(); // the "newer" or "unreadable" refusal
    if (const std::optional<Error> refusal = schema.missingRights(version, target))
        return *refusal;
    if (version < target)
        return Error {
            ProgressStore::tr("The shared database %1 is not set up for this version of the "
                              "program yet (schema %2 of %3). Start the wizard on it once; this "
                              "command changes nothing.",
                "@info")
                // One arg() call: a "%2F" in the address is not a place marker.
                .arg(store->location(), QString::number(version), QString::number(target)),
            store->location()};
    return store;
}

Result<std::unique_ptr<StoreConnection>> StoreOpener::openSqliteFile() const
{
    const QString path = m_address.sqlitePath();
    const Result<SqliteFileCheck::Verdict> admitted = StoreFileSafety::admit(path, !readOnly());
    if (!admitted)
        return admitted.error();
    const SqliteFileCheck::Kind kind = admitted.value().kind;
    if (readOnly()
        && (kind == SqliteFileCheck::Kind::Missing || kind == SqliteFileCheck::Kind::Empty))
        return openEmptyInMemory();

    const QString name = nextConnectionName();
    {
        // A file its owner made read-only stays so, also for root: it is
        // opened read-only, and a write then fails saying why.
        const Result<QSqlDatabase> connection = readOnly() || !StoreFileSafety::ownerMayWrite(path)
            ? m_address.addReadOnlyConnection(name)
            : m_address.addUnconfiguredConnection(name);
        if (!connection)
            return connection.error();
    }
    auto store = std::make_unique<StoreConnection>(name, m_address, readOnly());
    SchemaMigrator schema(*store, m_options.now);
    const int target = targetVersion();
    if (readOnly()) {
        const int version = schema.version();
        if (version > Schema::LatestVersion || version == ProgressStore::UnreadableVersion)
            return schema.migrateTo(target).error(); // the "newer" or "unreadable" refusal
        if (version < target) {
            store.reset();
            return openReadOnlyCopy();
        }
        return store;
    }
    if (Result<> wal = switchToWal(*store); !wal)
        return wal.error();
    for (const char *pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (Result<> done = store->exec(QString::fromLatin1(pragma)); !done)
            return done.error();
    }
    if (Result<> migrated = schema.migrateTo(target); !migrated)
        return migrated.error();
    // A file its owner made read-only is left exactly as it is: not marked,
    // no backup taken. Elsewhere marking is not fatal either: an unmarked
    // file of ours is still recognised.
    if (!StoreFileSafety::ownerMayWrite(path))
        return store;
    StoreFileSafety safety(*store, m_options.now);
    if (kind != SqliteFileCheck::Kind::Ours)
        safety.markAsOurs();
    safety.backUpIfDue();
    return store;
}

Result<std::unique_ptr<StoreConnection>> StoreOpener::openEmptyInMemory() const
{
    // Nothing there yet: an empty database that lives only in memory, so a
    // reading command answers "no profile" without creating the file.
    const QString name = nextConnectionName();
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(QStringLiteral(":memory:"));
        if (!database.open()) {
            const QString why = database.lastError().text();
            database = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Error {
                ProgressStore::tr("The progress database could not be read or written.", "@info"),
                why};
        }
    }
    auto store = std::make_unique<StoreConnection>(name, m_address, true);
    if (Result<> migrated = SchemaMigrator(*store, m_options.now).migrateTo(Schema::LatestVersion);
        !migrated)
        return migrated.error();
    return store;
}

Result<std::unique_ptr<StoreConnection>> StoreOpener::openReadOnlyCopy() const
{
    // An older schema is not upgraded by a command that only reads: a private
    // copy is (VACUUM INTO reads a consistent snapshot through a read-only
    // connection), and the command reads that.
    auto scratch = std::make_unique<QTemporaryDir>();
    if (!scratch->isValid())
        return Error {
            ProgressStore::tr("The progress database could not be read or written.", "@info"),
            scratch->errorString()};
    const QString copy = scratch->filePath(QStringLiteral("upgraded.sqlite"));
    {
        const QString name = nextConnectionName();
        {
            const Result<QSqlDatabase> connection
                = StoreAddress::sqliteFile(m_address.sqlitePath()).addReadOnlyConnection(name);
            if (!connection)
                return connection.error();
        }
        const StoreConnection reader(name, m_address, true);
        if (Result<> copied = StoreQuery(reader, QStringLiteral("VACUUM INTO ?"))
                                  .run(QStringLiteral("private copy"), {copy});
            !copied)
            return copied.error();
    }
    const QString name = nextConnectionName();
    {
        const Result<QSqlDatabase> connection
            = StoreAddress::sqliteFile(copy).addUnconfiguredConnection(name);
        if (!connection)
            return connection.error();
    }
    auto store = std::make_unique<StoreConnection>(name, m_address, true);
    store->keepPrivateCopy(std::move(scratch));
    if (Result<> migrated = SchemaMigrator(*store, m_options.now).migrateTo(Schema::LatestVersion);
        !migrated)
        return migrated.error();
    return store;
}
