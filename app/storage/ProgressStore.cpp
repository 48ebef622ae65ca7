#include "ProgressStore.h"

#include "Schema.h"
#include "core/OsUser.h"
#include "core/OwnerOnlyFolder.h"
#include "onboarding/FieldKey.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// SQLite's primary result codes (sqlite3.h) that have a plain cause; QSQLITE
// reports them as QSqlError::nativeErrorCode(), extended codes included.
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteFull = 13,
    SqliteCantOpen = 14,
};

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : 0;
}

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

// The folder and the file are created owner-only before SQLite sees them, so
// there is no moment in which another user could read them.
Result<> prepareFile(const QString &path)
{
    const QFileInfo info(path);
    QDir folder = info.absoluteDir();
    if (!OwnerOnlyFolder::create(folder.absolutePath()))
        return Error {ProgressStore::tr("Cannot create the folder %1.", "@info")
                          .arg(QDir::toNativeSeparators(folder.absolutePath())),
            QString()};
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error {ProgressStore::tr("Cannot create the database file %1.", "@info")
                              .arg(QDir::toNativeSeparators(path)),
                file.errorString()};
        file.close();
    }
    QFile::setPermissions(path, OwnerOnly);
    return {};
}

} // namespace

ProgressStore::ProgressStore(QString connectionName, StoreAddress address)
    : m_connectionName(std::move(connectionName))
    , m_address(std::move(address))
    , m_location(m_address.isPostgres() ? m_address.displayName() : m_address.sqlitePath())
    , m_actor(osUserName())
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
    const QString path = QDir::toNativeSeparators(m_location);
    switch (sqliteCode(driverError)) {
    case SqliteFull:
        return tr("The disk is full: the progress database %1 cannot grow.", "@info").arg(path);
    case SqliteReadOnly:
        return tr("The progress database %1 cannot be written: the file or its folder is "
                  "read-only.",
            "@info")
            .arg(path);
    case SqliteBusy:
    case SqliteLocked:
        return tr("The progress database %1 is in use by another program.", "@info").arg(path);
    case SqliteCantOpen:
        return tr("The progress database %1 cannot be opened: its folder is missing or cannot "
                  "be written.",
            "@info")
            .arg(path);
    default:
        return {};
    }
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
    const QString code = m_lost ? DisconnectedCode : QString();
    if (const QString cause = plainCause(driverError); !cause.isEmpty())
        return Error {cause, details + QStringLiteral(" (") + what + QLatin1Char(')'), code};
    return Error {
        tr("The progress database could not be updated (%1).", "@info").arg(what), details, code};
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
    if (!address.isPostgres())
        return openSqlite(address.sqlitePath(), targetVersion);
    const QString name = nextConnectionName();
    {
        const Result<QSqlDatabase> connection = address.addConnection(name);
        if (!connection)
            return connection.error();
    }
    std::unique_ptr<ProgressStore> store(new ProgressStore(name, address));
    if (Result<> migrated
        = store->migrate(targetVersion < 0 ? Schema::LatestVersion : targetVersion);
        !migrated)
        return migrated.error();
    return store;
}

Result<std::unique_ptr<ProgressStore>> ProgressStore::openSqlite(
    const QString &path, int targetVersion)
{
    if (Result<> prepared = prepareFile(path); !prepared)
        return prepared.error();

    if (const QString foreign = foreignWalReason(path); !foreign.isEmpty())
        return quarantine(path, foreign);

    const QString name = nextConnectionName();
    const StoreAddress address = StoreAddress::sqliteFile(path);
    {
        const Result<QSqlDatabase> connection = address.addUnconfiguredConnection(name);
        if (!connection)
            return connection.error();
    }
    std::unique_ptr<ProgressStore> store(new ProgressStore(name, address));
    if (Result<> healthy = store->checkIntegrity(); !healthy) {
        store.reset(); // closes the connection before the files move
        if (healthy.error().code != DamagedCode)
            return healthy.error(); // unreadable for now, not damaged: left where it is
        return quarantine(path, healthy.error().details);
    }
    for (const char *pragma :
        {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (Result<> done = store->exec(QString::fromLatin1(pragma)); !done)
            return done.error();
    }
    if (Result<> migrated
        = store->migrate(targetVersion < 0 ? Schema::LatestVersion : targetVersion);
        !migrated)
        return migrated.error();
    store->backUpIfDue();
    return store;
}

namespace {

// The database_id a file reports, read from a private copy (so that nothing
// is checkpointed into the real file); empty if there is none.
QString databaseIdOfCopy(const QString &path, bool withWal)
{
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("copy.sqlite"));
    if (!QFile::copy(path, copy))
        return {};
    if (withWal && !QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")))
        return {};
    QString id;
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(copy);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'database_id'"))
                && query.next())
                id = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return id;
}

} // namespace

QString ProgressStore::foreignWalReason(const QString &path)
{
    // A log left by a crash belongs to this file and is replayed, as it must
    // be. One that came from another database (copied beside it) would be
    // replayed just the same and overwrite pages: SQLite cannot tell, the
    // identity stored in the file can.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (!wal.exists() || wal.size() == 0)
        return {};
    const QString own = databaseIdOfCopy(path, false);
    const QString replayed = databaseIdOfCopy(path, true);
    if (own.isEmpty() || replayed.isEmpty() || own == replayed)
        return {};
    return QStringLiteral("write-ahead log of another database (id %1, this file %2)")
        .arg(replayed, own);
}

Result<> ProgressStore::checkIntegrity()
{
    QSqlQuery check(db());
    if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
        // A file another program holds locked, or one in a read-only folder,
        // cannot be read now; that says nothing about its content.
        if (const QString cause = plainCause(check.lastError()); !cause.isEmpty())
            return Error {cause, check.lastError().text()};
        return Error {QString(), check.lastError().text(), DamagedCode};
    }
    QStringList problems;
    while (check.next())
        problems << check.value(0).toString();
    if (problems != QStringList {QStringLiteral("ok")})
        return Error {QString(), problems.join(QLatin1Char('\n')), DamagedCode};
    return {};
}

Error ProgressStore::quarantine(const QString &path, const QString &why)
{
    // File names only: the system clock is fine here, it names files.
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = path + QStringLiteral(".damaged-") + stamp;
    QStringList moved;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix) && QFile::rename(path + suffix, aside + suffix))
            moved << aside + suffix;
    }
    return Error {tr("The progress database could not be read: it is damaged. It was moved aside "
                     "to %1, so nothing in it is lost or overwritten.",
                      "@info")
                      .arg(QDir::toNativeSeparators(aside)),
        why + QStringLiteral("\n") + moved.join(QLatin1Char('\n')), DamagedCode};
}

QString ProgressStore::backupFolder(const QString &path)
{
    return QFileInfo(path).absolutePath() + QStringLiteral("/backups");
}

QStringList ProgressStore::backups(const QString &path)
{
    const QDir folder(backupFolder(path));
    const QString pattern = QFileInfo(path).completeBaseName() + QStringLiteral("-*.sqlite");
    QStringList names = folder.entryList({pattern}, QDir::Files, QDir::Name | QDir::Reversed);
    for (QString &name : names)
        name = folder.filePath(name);
    return names;
}

Result<QString> ProgressStore::backUp(const QString &reason)
{
    if (isShared())
        return Error {
            tr("Backups of a shared database are made on its server.", "@info"), m_location};
    const QString folder = backupFolder(m_location);
    if (!OwnerOnlyFolder::create(folder))
        return Error {tr("Cannot create the backup folder %1.", "@info")
                          .arg(QDir::toNativeSeparators(folder)),
            QString()};
    const QString target
        = QDir(folder).filePath(QFileInfo(m_location).completeBaseName() + QLatin1Char('-')
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"))
            + QLatin1Char('-') + reason + QStringLiteral(".sqlite"));
    QSqlQuery vacuum(db());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(target);
    if (!vacuum.exec())
        return queryError(vacuum, QStringLiteral("backup"));
    QFile::setPermissions(target, OwnerOnly);
    const QStringList all = backups(m_location);
    for (qsizetype i = BackupsKept; i < all.size(); ++i)
        QFile::remove(all[i]);
    return target;
}

void ProgressStore::backUpIfDue()
{
    const QStringList existing = backups(m_location);
    if (!existing.isEmpty()
        && QFileInfo(existing.constFirst()).lastModified().secsTo(QDateTime::currentDateTime())
            < 24 * 3600)
        return;
    backUp(QStringLiteral("daily")); // a failed backup must not stop the program
}

Result<> ProgressStore::restoreBackup(const QString &backup, const QString &path)
{
    if (QFile::exists(path))
        quarantine(path, QStringLiteral("replaced by a backup"));
    if (!QFile::copy(backup, path))
        return Error {tr("The backup %1 could not be copied to %2.", "@info")
                          .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(path)),
            QString()};
    QFile::setPermissions(path, OwnerOnly);
    return {};
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
        QSqlQuery exists(db());
        if (!exists.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"))
            || !exists.next() || !exists.value(0).toBool())
            return 0;
    } else if (!db().tables().contains(QStringLiteral("schema_version"))) {
        return 0;
    }
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Result<> ProgressStore::migrate(int targetVersion)
{
    const int current = schemaVersion();
    if (!isShared() && current > 0 && current < targetVersion && current <= Schema::LatestVersion)
        backUp(QStringLiteral("before-migration-%1").arg(current));
    if (current > Schema::LatestVersion)
        return Error {tr("This database was written by a newer version of the program "
                         "(schema %1; this version knows up to %2). It was not changed.",
                          "@info")
                          .arg(current)
                          .arg(Schema::LatestVersion),
            m_location, NewerCode};
    if (current >= targetVersion)
        return {};
    // All pending steps in one transaction: the database is either fully
    // upgraded or left as it was, and a new database costs one durable
    // commit instead of one per version (each a sync to disk at start-up).
    return inTransaction([&]() -> Result<> {
        if (isShared()) {
            // Several programs may start at once against a new server: one
            // migrates, the others wait here and then find it done.
            if (Result<> locked = exec(QStringLiteral("SELECT pg_advisory_xact_lock(7160001)"));
                !locked)
                return locked;
        }
        for (int version = schemaVersion() + 1; version <= targetVersion; ++version) {
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
    if (Result<> writable = reopenIfReadOnly(); !writable)
        return writable.error();
    QSqlDatabase database = db();
    if (!database.transaction())
        return databaseError(QStringLiteral("begin"));
    auto result = work();
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
    data.createdAt = fromStored(profile.value(0).toString());
    data.updatedAt = fromStored(profile.value(1).toString());
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
        const auto step = stepFromKey(steps.value(0).toString());
        const auto status = statusFromKey(steps.value(1).toString());
        if (!step || !status)
            continue; // written by a newer version; keep the rest readable
        data.step(*step) = StepState {
            *status, fromStored(steps.value(2).toString()), fromStored(steps.value(3).toString())};
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
    return Error {tr("Someone else changed this profile after you opened it, so your latest "
                     "changes were not saved.",
                      "@info"),
        QStringLiteral("profile %1: saved against version %2, the database has version %3")
            .arg(id)
            .arg(expectedVersion)
            .arg(current.value(0).toInt()),
        ConflictCode};
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
        return Error {tr("The shared database %1 cannot be reached.", "@info").arg(m_location),
            m_address.scrubbed(database.lastError().text()), DisconnectedCode};
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
