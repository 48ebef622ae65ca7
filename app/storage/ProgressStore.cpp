#include "ProgressStore.h"

#include "BackupShelf.h"
#include "Schema.h"
#include "SqliteFileCheck.h"
#include "core/OsUser.h"
#include "core/OwnerOnlyFolder.h"
#include "onboarding/FieldKey.h"
#include "onboarding/UnreadableValue.h"

#include <QAtomicInteger>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace {

// SQLite's primary result code of a driver error, 0 if none.
int sqliteCode(const QSqlError &error)
{
    return SqliteFileCheck::primaryCode(error.nativeErrorCode());
}

constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
// As QSQLITE_BUSY_TIMEOUT in StoreAddress.
constexpr int BusyTimeoutMs = 5000;

QString toStored(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromStored(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

// Qt binds a null QString as SQL NULL; stored text is never NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QString::fromLatin1("") : text;
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("fincloud-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

// A new database file: the folder and the file are created owner-only before
// SQLite sees them, so there is no moment in which another user could read
// them. O_EXCL: a file or link that appeared meanwhile is not ours to take.
Result<> createFile(const QString &path)
{
    const QFileInfo info(path);
    const QDir folder = info.absoluteDir();
    if (!OwnerOnlyFolder::create(folder.absolutePath()))
        return Error {ProgressStore::tr("Cannot create the folder %1.", "@info")
                          .arg(QDir::toNativeSeparators(folder.absolutePath())),
            QString()};
    const int fd = ::open(QFile::encodeName(path).constData(),
        O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        const int why = errno;
        return Error {ProgressStore::tr("Cannot create the database file %1.", "@info")
                          .arg(QDir::toNativeSeparators(path)),
            QString::fromLocal8Bit(std::strerror(why)),
            why == EEXIST ? QStringLiteral("exists") : QString()};
    }
    ::close(fd);
    return {};
}

// Whether the file's mode lets its owner write it (the owner's intent, which
// root's access() would ignore).
bool ownerMayWrite(const QString &path)
{
    struct stat info
    { };
    return ::stat(QFile::encodeName(path).constData(), &info) != 0 || (info.st_mode & S_IWUSR);
}

// Whether two files hold the same bytes (read in blocks, never whole).
bool sameContent(const QString &a, const QString &b)
{
    QFile first(a);
    QFile second(b);
    if (first.size() != second.size() || !first.open(QIODevice::ReadOnly)
        || !second.open(QIODevice::ReadOnly))
        return false;
    while (!first.atEnd()) {
        const QByteArray block = first.read(1 << 16);
        if (block.isEmpty() || block != second.read(block.size()))
            return false;
    }
    return second.atEnd();
}

} // namespace

ProgressStore::ProgressStore(QString connectionName, StoreAddress address, Access access)
    : m_connectionName(std::move(connectionName))
    , m_address(std::move(address))
    , m_location(m_address.isPostgres() ? m_address.displayName() : m_address.sqlitePath())
    , m_actor(osUserName())
    , m_access(access)
{ }

Schema::Dialect ProgressStore::dialect() const
{
    return m_address.isPostgres() ? Schema::Dialect::Postgres : Schema::Dialect::Sqlite;
}

ProgressStore::~ProgressStore()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString ProgressStore::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/progress.sqlite");
}

QSqlDatabase ProgressStore::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString ProgressStore::plainCause(const QSqlError &driverError) const
{
    if (isShared())
        return {};
    return SqliteFileCheck::plainCause(sqliteCode(driverError), m_location);
}

Error ProgressStore::failure(const QString &what, const QSqlError &driverError) const
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
        tr("The progress database could not be read or written (%1).", "@info").arg(what), details);
}

Error ProgressStore::databaseError(const QString &what) const
{
    return failure(what, db().lastError());
}

Error ProgressStore::queryError(const QSqlQuery &query, const QString &what) const
{
    return failure(what, query.lastError());
}

Result<> ProgressStore::reopenIfReadOnly()
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

Result<> ProgressStore::limitGrowthForTest(int extraPages)
{
    QSqlQuery pages(db());
    if (!pages.exec(QStringLiteral("PRAGMA page_count")) || !pages.next())
        return queryError(pages, QStringLiteral("page count"));
    // SQLite's largest page count (SQLITE_MAX_PAGE_COUNT) when lifting.
    const qint64 limit = extraPages < 0 ? 1073741823 : pages.value(0).toLongLong() + extraPages;
    pages.finish();
    return exec(QStringLiteral("PRAGMA max_page_count = %1").arg(limit));
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

Result<std::unique_ptr<ProgressStore>> ProgressStore::open(
    const StoreAddress &address, const OpenOptions &options)
{
    if (!address.isPostgres())
        return openSqliteFile(address, options);
    const QString name = nextConnectionName();
    {
        const Result<QSqlDatabase> connection = address.addConnection(name);
        if (!connection)
            return connection.error();
    }
    std::unique_ptr<ProgressStore> store(new ProgressStore(name, address, options.access));
    store->m_now = options.now;
    const int target = options.targetVersion < 0 ? Schema::LatestVersion : options.targetVersion;
    if (options.access == Access::ReadWrite) {
        if (Result<> migrated = store->migrate(target); !migrated)
            return migrated.error();
        return store;
    }
    // Reading only: the server refuses every write of this session, and a
    // schema that is not the current one is left for the wizard to upgrade.
    if (Result<> readOnly
        = store->exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
        !readOnly)
        return readOnly.error();
    const int version = store->schemaVersion();
    if (version > Schema::LatestVersion || version == UnreadableVersion)
        return store->migrate(target).error(); // the "newer" or "unreadable" refusal
    if (version < target)
        return Error {tr("The shared database %1 is not set up for this version of the program "
                         "yet (schema %2 of %3). Start the wizard on it once; this command "
                         "changes nothing.",
                          "@info")
                          .arg(store->location())
                          .arg(version)
                          .arg(target),
            store->location()};
    return store;
}

Result<std::unique_ptr<ProgressStore>> ProgressStore::openSqliteFile(
    const StoreAddress &address, const OpenOptions &options)
{
    const QString path = address.sqlitePath();
    const SqliteFileCheck::Verdict verdict = SqliteFileCheck::examine(path);
    switch (verdict.kind) {
    case SqliteFileCheck::Kind::Foreign:
    case SqliteFileCheck::Kind::NotRegular:
    case SqliteFileCheck::Kind::SymbolicLink:
        return storeError(StoreErrorKind::Refused, verdict.message, verdict.details);
    case SqliteFileCheck::Kind::Damaged:
        return storeError(StoreErrorKind::Damaged, verdict.message, verdict.details);
    case SqliteFileCheck::Kind::Fault:
        return Error {verdict.message, verdict.details};
    case SqliteFileCheck::Kind::Missing:
    case SqliteFileCheck::Kind::Empty:
        if (options.access == Access::ReadOnly)
            return openEmptyInMemory(address);
        if (verdict.kind == SqliteFileCheck::Kind::Missing) {
            // Another program may create it at the same moment: then it is
            // judged again as what it now is.
            if (Result<> created = createFile(path); !created) {
                if (created.error().code == QLatin1String("exists") && !options.retried) {
                    OpenOptions again = options;
                    again.retried = true;
                    return openSqliteFile(address, again);
                }
                return created.error();
            }
        }
        break;
    case SqliteFileCheck::Kind::Ours:
    case SqliteFileCheck::Kind::OursUnmarked:
        break;
    }

    const int target = options.targetVersion < 0 ? Schema::LatestVersion : options.targetVersion;
    const QString name = nextConnectionName();
    {
        // A file its owner made read-only stays so, also for root: it is
        // opened read-only, and a write then fails saying why.
        const Result<QSqlDatabase> connection
            = options.access == Access::ReadOnly || !ownerMayWrite(path)
            ? address.addReadOnlyConnection(name)
            : address.addUnconfiguredConnection(name);
        if (!connection)
            return connection.error();
    }
    std::unique_ptr<ProgressStore> store(new ProgressStore(name, address, options.access));
    store->m_now = options.now;
    if (options.access == Access::ReadOnly) {
        const int version = store->schemaVersion();
        if (version > Schema::LatestVersion || version == UnreadableVersion)
            return store->migrate(target).error(); // the "newer" or "unreadable" refusal
        if (version < target) {
            store.reset();
            return openReadOnlyCopy(address, path);
        }
        return store;
    }
    if (Result<> wal = store->switchToWal(); !wal)
        return wal.error();
    for (const char *pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (Result<> done = store->exec(QString::fromLatin1(pragma)); !done)
            return done.error();
    }
    if (Result<> migrated = store->migrate(target); !migrated)
        return migrated.error();
    // A file its owner made read-only is left exactly as it is: not marked,
    // no backup taken. Elsewhere marking is not fatal either: an unmarked
    // file of ours is still recognised.
    if (!ownerMayWrite(path))
        return store;
    if (verdict.kind != SqliteFileCheck::Kind::Ours)
        store->markAsOurs();
    store->backUpIfDue();
    return store;
}

Result<std::unique_ptr<ProgressStore>> ProgressStore::openEmptyInMemory(const StoreAddress &address)
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
            return Error {tr("The progress database could not be read or written.", "@info"), why};
        }
    }
    std::unique_ptr<ProgressStore> store(new ProgressStore(name, address, Access::ReadOnly));
    if (Result<> migrated = store->migrate(Schema::LatestVersion); !migrated)
        return migrated.error();
    return store;
}

Result<std::unique_ptr<ProgressStore>> ProgressStore::openReadOnlyCopy(
    const StoreAddress &address, const QString &source)
{
    // An older schema is not upgraded by a command that only reads: a private
    // copy is (VACUUM INTO reads a consistent snapshot through a read-only
    // connection), and the command reads that.
    auto scratch = std::make_unique<QTemporaryDir>();
    if (!scratch->isValid())
        return Error {tr("The progress database could not be read or written.", "@info"),
            scratch->errorString()};
    const QString copy = scratch->filePath(QStringLiteral("upgraded.sqlite"));
    {
        const QString name = nextConnectionName();
        {
            const Result<QSqlDatabase> connection
                = StoreAddress::sqliteFile(source).addReadOnlyConnection(name);
            if (!connection)
                return connection.error();
        }
        ProgressStore reader(name, address, Access::ReadOnly);
        QSqlQuery vacuum(reader.db());
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(copy);
        if (!vacuum.exec())
            return reader.queryError(vacuum, QStringLiteral("private copy"));
    }
    const QString name = nextConnectionName();
    {
        const Result<QSqlDatabase> connection
            = StoreAddress::sqliteFile(copy).addUnconfiguredConnection(name);
        if (!connection)
            return connection.error();
    }
    std::unique_ptr<ProgressStore> store(new ProgressStore(name, address, Access::ReadOnly));
    store->m_scratch = std::move(scratch);
    store->m_location = source;
    if (Result<> migrated = store->migrate(Schema::LatestVersion); !migrated)
        return migrated.error();
    return store;
}

Result<> ProgressStore::switchToWal()
{
    // Switching a database into WAL mode needs it to itself for a moment, and
    // SQLite answers "locked" at once instead of waiting while another
    // program does the same to a new file (eight imports starting together):
    // so it is asked again, for as long as the busy timeout would wait.
    QDeadlineTimer deadline(BusyTimeoutMs);
    for (;;) {
        QSqlQuery query(db());
        if (query.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            return {};
        const int code = sqliteCode(query.lastError());
        if ((code != SqliteBusy && code != SqliteLocked) || deadline.hasExpired())
            return queryError(query, QStringLiteral("PRAGMA journal_mode=WAL"));
        QThread::msleep(20);
    }
}

Result<> ProgressStore::markAsOurs()
{
    return exec(QStringLiteral("PRAGMA application_id = %1").arg(SqliteFileCheck::ApplicationId));
}

QDateTime ProgressStore::clockNow() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

Result<QString> ProgressStore::backUp(const QString &reason)
{
    if (isShared())
        return Error {
            tr("Backups of a shared database are made on its server.", "@info"), m_location};
    if (m_access == Access::ReadOnly)
        return Error {tr("A command that only reads makes no backup.", "@info"), m_location};
    const BackupShelf shelf(m_location);
    const QString newest = shelf.backups().value(0);
    // A backup of an empty database could only ever displace a useful one.
    {
        QSqlQuery count(db());
        if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM profiles")) || !count.next())
            return queryError(count, QStringLiteral("backup"));
        if (count.value(0).toInt() == 0)
            return newest;
    }
    if (!OwnerOnlyFolder::create(shelf.folder()))
        return Error {tr("Cannot create the backup folder %1.", "@info")
                          .arg(QDir::toNativeSeparators(shelf.folder())),
            QString()};
    const QString target = shelf.newBackupPath(clockNow(), reason);
    // VACUUM INTO refuses a target that exists (a planted link included).
    QSqlQuery vacuum(db());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(target);
    if (!vacuum.exec()) {
        QFile::remove(target); // what a full disk left of it
        return queryError(vacuum, QStringLiteral("backup"));
    }
    if (!QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        QFile::remove(target);
        return Error {tr("Cannot write the backup %1.", "@info").arg(target), QString()};
    }
    // VACUUM INTO writes the same bytes for the same content: an unchanged
    // database adds nothing.
    if (!newest.isEmpty() && sameContent(newest, target)) {
        QFile::remove(target);
        return newest;
    }
    shelf.rotate();
    return target;
}

void ProgressStore::backUpIfDue()
{
    // Due when no backup was taken in the day before now. One stamped later
    // than now (a clock set back, a fixed --now) decides nothing.
    const QDateTime now = clockNow();
    for (const QString &backup : BackupShelf(m_location).backups()) {
        const QDateTime taken = BackupShelf::takenAt(backup);
        if (taken.isValid() && taken <= now) {
            if (taken.secsTo(now) < 24 * 3600)
                return;
            break;
        }
    }
    backUp(QStringLiteral("daily")); // a failed backup must not stop the program
}

Result<> ProgressStore::exec(const QString &sql)
{
    QSqlQuery query(db());
    if (!query.exec(sql)) {
        const QString cause = plainCause(query.lastError());
        return Error {cause.isEmpty()
                ? tr("The progress database could not be read or written.", "@info")
                : cause,
            m_address.scrubbed(query.lastError().text()) + QStringLiteral(" — ") + sql};
    }
    return {};
}

int ProgressStore::schemaVersion() const
{
    if (isShared()) {
        // QPSQL's tables() lists every schema; this follows the search_path.
        // A scan of the catalog, not to_regclass(): that answers from the
        // session's cache, which may still hold "no such table" from before
        // another program's migration committed (while waiting for it here).
        QSqlQuery exists(db());
        if (!exists.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables"
                                        " WHERE tablename = 'schema_version'"
                                        " AND schemaname = ANY (current_schemas(false)))"))
            || !exists.next() || !exists.value(0).toBool())
            return 0;
    } else if (!db().tables().contains(QStringLiteral("schema_version"))) {
        return 0;
    }
    // The table is there: a version that cannot be read is not "none".
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next())
        return UnreadableVersion;
    bool ok = false;
    const int version = query.value(0).toInt(&ok);
    return ok && version >= 0 ? version : UnreadableVersion;
}

Result<> ProgressStore::migrate(int targetVersion)
{
    const int current = schemaVersion();
    if (current == UnreadableVersion)
        return storeError(StoreErrorKind::Damaged,
            tr("The progress database %1 does not say which version of the program "
               "wrote it (its schema_version table is empty or unreadable). It was not "
               "changed.",
                "@info")
                .arg(QDir::toNativeSeparators(m_location)),
            QStringLiteral("schema_version unreadable"));
    if (!isShared() && m_access == Access::ReadWrite && current > 0 && current < targetVersion
        && current <= Schema::LatestVersion)
        backUp(QStringLiteral("before-migration-%1").arg(current));
    if (current > Schema::LatestVersion)
        return storeError(StoreErrorKind::Newer,
            tr("This database was written by a newer version of the program "
               "(schema %1; this version knows up to %2). It was not changed.",
                "@info")
                .arg(current)
                .arg(Schema::LatestVersion),
            m_location);
    if (current >= targetVersion)
        return {};
    // All pending steps in one transaction: the database is either fully
    // upgraded or left as it was, and a new database costs one durable
    // commit instead of one per version (each a sync to disk at start-up).
    // It holds the write lock from the start: several programs starting at
    // once on a new database wait here, and the later ones find it done.
    return exclusively([&]() -> Result<> {
        const int start = schemaVersion();
        if (start == UnreadableVersion)
            return storeError(StoreErrorKind::Damaged,
                tr("The progress database could not be read or written.", "@info"),
                QStringLiteral("schema_version unreadable"));
        for (int version = start + 1; version <= targetVersion; ++version) {
            for (const QString &sql : Schema::migration(version, dialect())) {
                if (Result<> done = exec(sql); !done)
                    return done;
            }
            QSqlQuery query(db());
            query.prepare(QStringLiteral("UPDATE schema_version SET version = ?"));
            query.addBindValue(version);
            if (!query.exec())
                return queryError(query, QStringLiteral("schema version"));
        }
        return {};
    });
}

template<typename Work>
auto ProgressStore::inTransaction(Work work) -> decltype(work())
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

Result<> ProgressStore::exclusively(const std::function<Result<>()> &work)
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

Result<QList<ProfileSummary>> ProgressStore::listProfiles() const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "SELECT p.id, COALESCE(f.value, ''), p.current_page, p.updated_at FROM profiles p"
        " LEFT JOIN profile_fields f ON f.profile_id = p.id AND f.key = ?"
        " ORDER BY p.updated_at DESC, p.id DESC"));
    query.addBindValue(FieldKey::CompanyName);
    if (!query.exec())
        return queryError(query, QStringLiteral("list profiles"));
    QList<ProfileSummary> profiles;
    while (query.next()) {
        profiles.append({query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toInt(), fromStored(query.value(3).toString())});
    }
    return profiles;
}

Result<> ProgressStore::checkStorable(const QString &text) const
{
    // PostgreSQL text cannot hold U+0000; SQLite can. Refusing it on both
    // keeps a profile movable between the two.
    if (text.contains(QChar(0)))
        return Error {tr("The text contains a NUL character, which cannot be stored.", "@info"),
            QStringLiteral("U+0000 in a value")};
    return {};
}

Result<ProfileData> ProgressStore::createProfile(const QString &companyName, const QDateTime &now)
{
    if (Result<> storable = checkStorable(companyName); !storable)
        return storable.error();
    Result<qint64> created = inTransaction([&]() -> Result<qint64> {
        QSqlQuery insert(db());
        insert.prepare(QStringLiteral("INSERT INTO profiles (created_at, updated_at, current_page,"
                                      " version) VALUES (?, ?, 0, 1) RETURNING id"));
        insert.addBindValue(toStored(now));
        insert.addBindValue(toStored(now));
        if (!insert.exec() || !insert.next())
            return queryError(insert, QStringLiteral("create profile"));
        const qint64 id = insert.value(0).toLongLong();
        insert.finish();
        QSqlQuery field(db());
        field.prepare(
            QStringLiteral("INSERT INTO profile_fields (profile_id, key, value) VALUES (?, ?, ?)"));
        field.addBindValue(id);
        field.addBindValue(FieldKey::CompanyName);
        field.addBindValue(notNull(companyName));
        if (!field.exec())
            return queryError(field, QStringLiteral("create profile"));
        if (Result<> search = refreshSearchColumns(id); !search)
            return search.error();
        if (Result<> event
            = appendEvent(id, now, QStringLiteral("created"), QString(), QString(), companyName, 1);
            !event)
            return event.error();
        return id;
    });
    if (!created)
        return created.error();
    return loadProfile(created.value());
}

Result<ProfileData> ProgressStore::loadProfile(qint64 id) const
{
    QSqlQuery profile(db());
    profile.prepare(QStringLiteral(
        "SELECT created_at, updated_at, current_page, version FROM profiles WHERE id = ?"));
    profile.addBindValue(id);
    if (!profile.exec())
        return queryError(profile, QStringLiteral("load profile"));
    if (!profile.next())
        return Error {
            tr("The profile no longer exists.", "@info"), QStringLiteral("profile %1").arg(id)};
    ProfileData data;
    data.id = id;
    // A value this version cannot read is named (UnreadableValue), never
    // shown as "not started" or left blank without a word.
    const auto storedTime = [&data](const QString &text, const auto &describe) {
        const QDateTime time = fromStored(text);
        if (!text.isEmpty() && !time.isValid())
            data.unreadable << describe();
        return time;
    };
    const QString created = profile.value(0).toString();
    const QString updated = profile.value(1).toString();
    data.createdAt
        = storedTime(created, [&] { return UnreadableValue::ofProfile(u"created_at", created); });
    data.updatedAt
        = storedTime(updated, [&] { return UnreadableValue::ofProfile(u"updated_at", updated); });
    data.currentPage = profile.value(2).toInt();
    data.version = profile.value(3).toInt();

    QSqlQuery fields(db());
    fields.prepare(QStringLiteral("SELECT key, value FROM profile_fields WHERE profile_id = ?"));
    fields.addBindValue(id);
    if (!fields.exec())
        return queryError(fields, QStringLiteral("load fields"));
    while (fields.next())
        data.fields.insert(fields.value(0).toString(), fields.value(1).toString());

    QSqlQuery steps(db());
    steps.prepare(QStringLiteral(
        "SELECT step, status, since, expected_by FROM step_states WHERE profile_id = ?"));
    steps.addBindValue(id);
    if (!steps.exec())
        return queryError(steps, QStringLiteral("load steps"));
    while (steps.next()) {
        const QString stepText = steps.value(0).toString();
        const QString statusText = steps.value(1).toString();
        const QString since = steps.value(2).toString();
        const QString expectedBy = steps.value(3).toString();
        const auto step = stepFromKey(stepText);
        if (!step) {
            data.unreadable << UnreadableValue::unknownStep(stepText, statusText);
            continue;
        }
        const auto status = statusFromKey(statusText);
        if (!status)
            data.unreadable << UnreadableValue::ofStep(*step, UnreadableValue::Status, statusText);
        data.step(*step) = StepState {status.value_or(StepStatus::NotStarted),
            storedTime(since,
                [&] { return UnreadableValue::ofStep(*step, UnreadableValue::Since, since); }),
            storedTime(expectedBy, [&] {
                return UnreadableValue::ofStep(*step, UnreadableValue::ExpectedBy, expectedBy);
            })};
    }
    return data;
}

Result<int> ProgressStore::claimVersion(qint64 id, const QDateTime &now, int expectedVersion)
{
    // The first statement of every save: it takes the row's write lock, so
    // of two concurrent saves from one version exactly one gets through.
    int claimed = 0;
    {
        QSqlQuery update(db());
        update.prepare(expectedVersion == AnyVersion
                ? QStringLiteral("UPDATE profiles SET version = version + 1, updated_at = ?"
                                 " WHERE id = ? RETURNING version")
                : QStringLiteral("UPDATE profiles SET version = version + 1, updated_at = ?"
                                 " WHERE id = ? AND version = ? RETURNING version"));
        update.addBindValue(toStored(now));
        update.addBindValue(id);
        if (expectedVersion != AnyVersion)
            update.addBindValue(expectedVersion);
        if (!update.exec())
            return queryError(update, QStringLiteral("update profile"));
        if (update.next())
            claimed = update.value(0).toInt();
    }
    if (claimed > 0)
        return claimed;
    QSqlQuery current(db());
    current.prepare(QStringLiteral("SELECT version FROM profiles WHERE id = ?"));
    current.addBindValue(id);
    if (!current.exec())
        return queryError(current, QStringLiteral("read version"));
    if (!current.next())
        return Error {
            tr("The profile no longer exists.", "@info"), QStringLiteral("profile %1").arg(id)};
    return storeError(StoreErrorKind::Conflict,
        tr("Someone else changed this profile after you opened it, so your latest "
           "changes were not saved.",
            "@info"),
        QStringLiteral("profile %1: saved against version %2, the database has version %3")
            .arg(id)
            .arg(expectedVersion)
            .arg(current.value(0).toInt()));
}

Result<> ProgressStore::refreshSearchColumns(qint64 id)
{
    QSqlQuery update(db());
    update.prepare(QStringLiteral("UPDATE profiles SET ") + Schema::searchColumns()
        + QStringLiteral(" WHERE id = ?"));
    update.addBindValue(id);
    if (!update.exec())
        return queryError(update, QStringLiteral("search columns"));
    return {};
}

Result<> ProgressStore::appendEvent(qint64 id, const QDateTime &now, const QString &kind,
    const QString &subject, const QString &oldValue, const QString &newValue, int version)
{
    QSqlQuery event(db());
    event.prepare(
        QStringLiteral("INSERT INTO events (profile_id, at, actor, kind, subject,"
                       " old_value, new_value, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    event.addBindValue(id);
    event.addBindValue(toStored(now));
    event.addBindValue(notNull(m_actor));
    event.addBindValue(kind);
    event.addBindValue(notNull(subject));
    event.addBindValue(oldValue.isNull() ? QVariant() : QVariant(oldValue));
    event.addBindValue(newValue.isNull() ? QVariant() : QVariant(newValue));
    event.addBindValue(version);
    if (!event.exec())
        return queryError(event, QStringLiteral("append event"));
    return {};
}

Result<> ProgressStore::appendFieldEvent(
    qint64 id, const QDateTime &now, const QString &key, int version)
{
    // Typing is saved in bursts; one burst of edits to a field by one person
    // is one line in the timeline: the newest event is moved forward instead
    // of adding another while it is the same field, person and a short while.
    QSqlQuery last(db());
    last.prepare(QStringLiteral("SELECT id, at, actor, kind, subject FROM events"
                                " WHERE profile_id = ? ORDER BY id DESC LIMIT 1"));
    last.addBindValue(id);
    if (!last.exec())
        return queryError(last, QStringLiteral("read events"));
    if (last.next() && last.value(3).toString() == QLatin1String("field")
        && last.value(4).toString() == key && last.value(2).toString() == m_actor
        && fromStored(last.value(1).toString()).secsTo(now) <= FieldEventMergeSeconds) {
        const QVariant eventId = last.value(0);
        last.finish();
        QSqlQuery touch(db());
        touch.prepare(QStringLiteral("UPDATE events SET at = ?, version = ? WHERE id = ?"));
        touch.addBindValue(toStored(now));
        touch.addBindValue(version);
        touch.addBindValue(eventId);
        if (!touch.exec())
            return queryError(touch, QStringLiteral("update event"));
        return {};
    }
    last.finish();
    return appendEvent(id, now, QStringLiteral("field"), key, QString(), QString(), version);
}

Result<int> ProgressStore::saveFields(
    qint64 id, const QHash<QString, QString> &fields, const QDateTime &now, int expectedVersion)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (Result<> storable = checkStorable(it.value()); !storable)
            return storable.error();
    }
    return inTransaction([&]() -> Result<int> {
        const Result<int> version = claimVersion(id, now, expectedVersion);
        if (!version)
            return version;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            QSqlQuery upsert(db());
            upsert.prepare(QStringLiteral(
                "INSERT INTO profile_fields (profile_id, key, value) VALUES (?, ?, ?)"
                " ON CONFLICT (profile_id, key) DO UPDATE SET value = excluded.value"));
            upsert.addBindValue(id);
            upsert.addBindValue(it.key());
            upsert.addBindValue(notNull(it.value()));
            if (!upsert.exec())
                return queryError(upsert, QStringLiteral("save field"));
            // Field edits are logged without their values: some are personal data.
            if (Result<> event = appendFieldEvent(id, now, it.key(), version.value()); !event)
                return event.error();
        }
        if (fields.contains(FieldKey::CompanyName) || fields.contains(FieldKey::CreditCode)) {
            if (Result<> search = refreshSearchColumns(id); !search)
                return search.error();
        }
        return version;
    });
}

Result<int> ProgressStore::saveStepState(qint64 id, StepId step, const StepState &state,
    StepStatus previous, const QDateTime &now, int expectedVersion)
{
    return inTransaction([&]() -> Result<int> {
        const Result<int> version = claimVersion(id, now, expectedVersion);
        if (!version)
            return version;
        QSqlQuery upsert(db());
        upsert.prepare(
            QStringLiteral("INSERT INTO step_states (profile_id, step, status, since, expected_by)"
                           " VALUES (?, ?, ?, ?, ?) ON CONFLICT (profile_id, step) DO UPDATE SET"
                           " status = excluded.status, since = excluded.since,"
                           " expected_by = excluded.expected_by"));
        upsert.addBindValue(id);
        upsert.addBindValue(stepKey(step));
        upsert.addBindValue(statusKey(state.status));
        upsert.addBindValue(toStored(state.since));
        upsert.addBindValue(toStored(state.expectedBy));
        if (!upsert.exec())
            return queryError(upsert, QStringLiteral("save status"));
        if (Result<> event = appendEvent(id, now, QStringLiteral("status"), stepKey(step),
                statusKey(previous), statusKey(state.status), version.value());
            !event)
            return event.error();
        return version;
    });
}

Result<> ProgressStore::saveCurrentPage(qint64 id, int page)
{
    if (Result<> writable = reopenIfReadOnly(); !writable)
        return writable;
    QSqlQuery update(db());
    update.prepare(QStringLiteral("UPDATE profiles SET current_page = ? WHERE id = ?"));
    update.addBindValue(page);
    update.addBindValue(id);
    if (!update.exec())
        return queryError(update, QStringLiteral("save page"));
    return {};
}

namespace {

QList<ProfileEvent> readEvents(QSqlQuery &query)
{
    QList<ProfileEvent> events;
    while (query.next()) {
        events.append({query.value(0).toLongLong(), fromStored(query.value(1).toString()),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
            query.value(5).toString(), query.value(6).toString()});
    }
    return events;
}

} // namespace

Result<QList<ProfileEvent>> ProgressStore::events(qint64 id) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT id, at, actor, kind, subject, old_value, new_value"
                                 " FROM events WHERE profile_id = ? ORDER BY id DESC"));
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query, QStringLiteral("read events"));
    return readEvents(query);
}

Result<QList<ProfileEvent>> ProgressStore::changesSince(qint64 id, int version) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT id, at, actor, kind, subject, old_value, new_value"
                                 " FROM events WHERE profile_id = ? AND version > ? ORDER BY id"));
    query.addBindValue(id);
    query.addBindValue(version);
    if (!query.exec())
        return queryError(query, QStringLiteral("read events"));
    return readEvents(query);
}

bool ProgressStore::isReachable() const
{
    if (!isShared())
        return true;
    if (!db().isOpen())
        return false;
    QSqlQuery probe(db());
    return probe.exec(QStringLiteral("SELECT 1")) && probe.next();
}

Result<> ProgressStore::reconnect()
{
    QSqlDatabase database = db();
    database.close();
    if (!database.open())
        return storeError(StoreErrorKind::Disconnected,
            tr("The shared database %1 cannot be reached.", "@info").arg(m_location),
            m_address.scrubbed(database.lastError().text()));
    m_lost = false;
    return {};
}

QString ProgressStore::setting(const QString &key) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

Result<> ProgressStore::setSetting(const QString &key, const QString &value)
{
    if (Result<> storable = checkStorable(value); !storable)
        return storable;
    if (Result<> writable = reopenIfReadOnly(); !writable)
        return writable;
    QSqlQuery upsert(db());
    upsert.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                  " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    upsert.addBindValue(key);
    upsert.addBindValue(notNull(value));
    if (!upsert.exec())
        return queryError(upsert, QStringLiteral("save setting"));
    return {};
}

// Export/import

Result<QList<qint64>> ProgressStore::profilesWithField(
    const QString &key, const QString &value) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT profile_id FROM profile_fields WHERE key = ? AND value = ?"
                                 " ORDER BY profile_id"));
    query.addBindValue(key);
    query.addBindValue(notNull(value));
    if (!query.exec())
        return queryError(query, QStringLiteral("find profiles"));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

Result<qint64> ProgressStore::importProfile(const ProfileData &profile,
    const QList<ProfileEvent> &events, qint64 replaceId, const QDateTime &now)
{
    for (const QString &value : profile.fields) {
        if (Result<> storable = checkStorable(value); !storable)
            return storable.error();
    }
    for (const ProfileEvent &event : events) {
        for (const QString &text : {event.actor, event.subject, event.oldValue, event.newValue}) {
            if (Result<> storable = checkStorable(text); !storable)
                return storable.error();
        }
    }
    const auto valueOrNull
        = [](const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); };
    return inTransaction([&]() -> Result<qint64> {
        qint64 id = replaceId;
        int version = 1;
        const QDateTime created = profile.createdAt.isValid() ? profile.createdAt : now;
        if (replaceId != 0) {
            QSqlQuery update(db());
            update.prepare(QStringLiteral("UPDATE profiles SET created_at = ?, updated_at = ?,"
                                          " current_page = ?, version = version + 1 WHERE id = ?"
                                          " RETURNING version"));
            update.addBindValue(toStored(created));
            update.addBindValue(toStored(now));
            update.addBindValue(profile.currentPage);
            update.addBindValue(replaceId);
            if (!update.exec())
                return queryError(update, QStringLiteral("replace profile"));
            if (!update.next())
                return Error {tr("The profile no longer exists.", "@info"),
                    QStringLiteral("profile %1").arg(replaceId)};
            version = update.value(0).toInt();
            update.finish();
            for (const QString &sql :
                {QStringLiteral("DELETE FROM profile_fields WHERE profile_id = ?"),
                    QStringLiteral("DELETE FROM step_states WHERE profile_id = ?"),
                    QStringLiteral("DELETE FROM events WHERE profile_id = ?")}) {
                QSqlQuery clear(db());
                clear.prepare(sql);
                clear.addBindValue(replaceId);
                if (!clear.exec())
                    return queryError(clear, QStringLiteral("replace profile"));
            }
        } else {
            QSqlQuery insert(db());
            insert.prepare(
                QStringLiteral("INSERT INTO profiles (created_at, updated_at,"
                               " current_page, version) VALUES (?, ?, ?, 1) RETURNING id"));
            insert.addBindValue(toStored(created));
            insert.addBindValue(toStored(now));
            insert.addBindValue(profile.currentPage);
            if (!insert.exec() || !insert.next())
                return queryError(insert, QStringLiteral("import profile"));
            id = insert.value(0).toLongLong();
            insert.finish();
        }
        for (auto it = profile.fields.cbegin(); it != profile.fields.cend(); ++it) {
            QSqlQuery field(db());
            field.prepare(QStringLiteral(
                "INSERT INTO profile_fields (profile_id, key, value) VALUES (?, ?, ?)"));
            field.addBindValue(id);
            field.addBindValue(it.key());
            field.addBindValue(notNull(it.value()));
            if (!field.exec())
                return queryError(field, QStringLiteral("import field"));
        }
        if (Result<> search = refreshSearchColumns(id); !search)
            return search.error();
        for (StepId step : AllSteps) {
            const StepState &state = profile.step(step);
            if (state == StepState {})
                continue; // as never touched: no row, as the wizard leaves it
            QSqlQuery insert(db());
            insert.prepare(QStringLiteral("INSERT INTO step_states (profile_id, step, status,"
                                          " since, expected_by) VALUES (?, ?, ?, ?, ?)"));
            insert.addBindValue(id);
            insert.addBindValue(stepKey(step));
            insert.addBindValue(statusKey(state.status));
            insert.addBindValue(toStored(state.since));
            insert.addBindValue(toStored(state.expectedBy));
            if (!insert.exec())
                return queryError(insert, QStringLiteral("import status"));
        }
        for (const ProfileEvent &event : events) {
            QSqlQuery insert(db());
            insert.prepare(
                QStringLiteral("INSERT INTO events (profile_id, at, actor, kind, subject,"
                               " old_value, new_value, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            insert.addBindValue(id);
            insert.addBindValue(toStored(event.at));
            insert.addBindValue(notNull(event.actor));
            insert.addBindValue(event.kind);
            insert.addBindValue(notNull(event.subject));
            insert.addBindValue(valueOrNull(event.oldValue));
            insert.addBindValue(valueOrNull(event.newValue));
            insert.addBindValue(version);
            if (!insert.exec())
                return queryError(insert, QStringLiteral("import event"));
        }
        return id;
    });
}
