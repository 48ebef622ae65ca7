#include "PendingEditJournal.h"

#include "core/OwnerOnlyFolder.h"
#include "storage/StoreAddress.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// The journal's own format; a file of a newer one is left alone. 2: entries
// may be step statuses (ProfileAutosaver), which version 1 would have taken
// for fields; the table is the same.
constexpr int FormatVersion = 2;
const QString ErrorCode = QStringLiteral("journal");

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

} // namespace

QString PendingEditJournal::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("pending-edits.sqlite"));
}

PendingEditJournal::StoreKey PendingEditJournal::keyFor(const StoreAddress &address)
{
    StoreKey key;
    key.server = address.port() < 0
        ? address.host()
        : QStringLiteral("%1:%2").arg(address.host()).arg(address.port());
    key.database = address.databaseName();
    key.role = address.userName();
    return key;
}

PendingEditJournal::PendingEditJournal(QString path, StoreKey key, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_key(std::move(key))
    , m_connectionName(
          QStringLiteral("pending-edits-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

PendingEditJournal::~PendingEditJournal()
{
    if (!m_open)
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Error PendingEditJournal::failure(const QString &message, const QString &details) const
{
    return Error {message, QStringLiteral("%1: %2").arg(m_path, details), ErrorCode};
}

Result<> PendingEditJournal::checkExistingFile() const
{
    struct stat info
    { };
    if (::lstat(QFile::encodeName(m_path).constData(), &info) != 0)
        return failure(
            tr("The list of edits waiting for the shared database cannot be read.", "@info"),
            systemError(errno));
    if (S_ISLNK(info.st_mode) || !S_ISREG(info.st_mode) || info.st_uid != ::geteuid()
        || (info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        return failure(tr("The list of edits waiting for the shared database is not a private "
                          "file of yours (a link, another kind of file, another owner, or "
                          "readable by others); it was left as it is.",
                           "@info"),
            QStringLiteral("mode %1, owner %2")
                .arg(info.st_mode & 07777, 4, 8, QLatin1Char('0'))
                .arg(info.st_uid));
    }
    return {};
}

Result<> PendingEditJournal::createFile()
{
    const QString folder = QFileInfo(m_path).absolutePath();
    const QString cannotCreate
        = tr("The edits waiting for the shared database cannot be kept on this computer.", "@info");
    if (!OwnerOnlyFolder::create(folder))
        return failure(cannotCreate, QStringLiteral("cannot create the folder ") + folder);
    struct stat place
    { };
    if (::stat(QFile::encodeName(folder).constData(), &place) != 0)
        return failure(cannotCreate, systemError(errno));
    // Anyone else who may write in the folder could swap the file for a link.
    if (place.st_uid != ::geteuid() || (place.st_mode & (S_IWGRP | S_IWOTH)) != 0)
        return failure(
            cannotCreate, QStringLiteral("the folder %1 is writable by others").arg(folder));
    const int fd = ::open(QFile::encodeName(m_path).constData(),
        O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        if (errno == EEXIST)
            return checkExistingFile(); // made meanwhile, or a link: judged as any file
        return failure(cannotCreate, systemError(errno));
    }
    if (::close(fd) != 0)
        return failure(cannotCreate, systemError(errno));
    return {};
}

Result<bool> PendingEditJournal::ensureOpen(Need need)
{
    if (m_open)
        return true;
    struct stat info
    { };
    const bool exists = ::lstat(QFile::encodeName(m_path).constData(), &info) == 0;
    if (!exists && errno != ENOENT)
        return failure(
            tr("The list of edits waiting for the shared database cannot be read.", "@info"),
            systemError(errno));
    if (!exists && need == Need::Read)
        return false;
    if (const Result<> ready = exists ? checkExistingFile() : createFile(); !ready)
        return ready.error();

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    m_open = db.open();
    if (!m_open) {
        const QString details = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return failure(
            tr("The list of edits waiting for the shared database cannot be opened.", "@info"),
            details);
    }
    if (const Result<> schema = prepareSchema(); !schema) {
        // Not used at all, not even by the next call (a newer format, say).
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        m_open = false;
        return schema.error();
    }
    return true;
}

Result<> PendingEditJournal::prepareSchema()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const QString unreadable
        = tr("The list of edits waiting for the shared database cannot be read.", "@info");
    // An edit must be on disk when keep() says so.
    if (!query.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return failure(unreadable, query.lastError().text());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failure(unreadable, query.lastError().text());
    const int format = query.value(0).toInt();
    if (format > FormatVersion) {
        return failure(tr("The list of edits waiting for the shared database was written by a "
                          "newer version of the program; it was left as it is.",
                           "@info"),
            QStringLiteral("format %1").arg(format));
    }
    if (format == FormatVersion)
        return {};
    // 0: a new file; 1: the same table, marked anew.
    if (const Result<> created = run(QStringLiteral("create"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS pending_fields ("
                           " server TEXT NOT NULL, database TEXT NOT NULL, role TEXT NOT NULL,"
                           " profile_id INTEGER NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL,"
                           " base_version INTEGER NOT NULL, edited_at TEXT NOT NULL,"
                           " PRIMARY KEY (server, database, role, profile_id, field))"),
            {});
        !created)
        return created;
    return run(
        QStringLiteral("mark"), QStringLiteral("PRAGMA user_version = %1").arg(FormatVersion), {});
}

Result<> PendingEditJournal::run(
    const QString &what, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.prepare(sql)) {
        return failure(
            tr("The list of edits waiting for the shared database cannot be written.", "@info"),
            what + QStringLiteral(": ") + query.lastError().text());
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        return failure(
            tr("The list of edits waiting for the shared database cannot be written.", "@info"),
            what + QStringLiteral(": ") + query.lastError().text());
    }
    return {};
}

Result<> PendingEditJournal::keep(
    qint64 profileId, const QHash<QString, QString> &fields, int baseVersion, const QDateTime &at)
{
    if (fields.isEmpty())
        return {};
    if (const Result<bool> open = ensureOpen(Need::Write); !open)
        return open.error();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString notKept
        = tr("The edits waiting for the shared database cannot be kept on this computer.", "@info");
    if (!db.transaction())
        return failure(notKept, db.lastError().text());
    const QString stamp = at.toUTC().toString(Qt::ISODateWithMs);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const Result<> kept = run(QStringLiteral("keep"),
            QStringLiteral("INSERT INTO pending_fields (server, database, role, profile_id, field,"
                           " value, base_version, edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT (server, database, role, profile_id, field) DO UPDATE"
                           " SET value = excluded.value, edited_at = excluded.edited_at"),
            {m_key.server, m_key.database, m_key.role, profileId, it.key(), it.value(), baseVersion,
                stamp});
        if (!kept) {
            db.rollback();
            return kept;
        }
    }
    if (!db.commit()) {
        const QString details = db.lastError().text();
        db.rollback();
        return failure(notKept, details);
    }
    return refreshCount();
}

Result<QList<PendingEditJournal::Entry>> PendingEditJournal::entries(qint64 profileId)
{
    const Result<bool> open = ensureOpen(Need::Read);
    if (!open)
        return open.error();
    if (!open.value())
        return QList<Entry>();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
        QStringLiteral("SELECT field, value, base_version, edited_at FROM pending_fields"
                       " WHERE server = ? AND database = ? AND role = ? AND profile_id = ?"
                       " ORDER BY edited_at, field"));
    query.addBindValue(m_key.server);
    query.addBindValue(m_key.database);
    query.addBindValue(m_key.role);
    query.addBindValue(profileId);
    if (!query.exec()) {
        return failure(
            tr("The list of edits waiting for the shared database cannot be read.", "@info"),
            query.lastError().text());
    }
    QList<Entry> found;
    while (query.next()) {
        found.append({profileId, query.value(0).toString(), query.value(1).toString(),
            query.value(2).toInt(),
            QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs)});
    }
    return found;
}

Result<QList<qint64>> PendingEditJournal::profiles()
{
    const Result<bool> open = ensureOpen(Need::Read);
    if (!open)
        return open.error();
    if (!open.value())
        return QList<qint64>();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT profile_id FROM pending_fields"
                                 " WHERE server = ? AND database = ? AND role = ?"
                                 " GROUP BY profile_id ORDER BY MAX(edited_at) DESC"));
    query.addBindValue(m_key.server);
    query.addBindValue(m_key.database);
    query.addBindValue(m_key.role);
    if (!query.exec()) {
        return failure(
            tr("The list of edits waiting for the shared database cannot be read.", "@info"),
            query.lastError().text());
    }
    QList<qint64> found;
    while (query.next())
        found.append(query.value(0).toLongLong());
    return found;
}

Result<> PendingEditJournal::forgetSaved(qint64 profileId, const QHash<QString, QString> &saved)
{
    // Nothing kept (the everyday case): no file is opened or made.
    if (saved.isEmpty() || count() == 0)
        return {};
    for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
        const Result<> forgotten = run(QStringLiteral("forget"),
            QStringLiteral("DELETE FROM pending_fields WHERE server = ? AND database = ?"
                           " AND role = ? AND profile_id = ? AND field = ? AND value = ?"),
            {m_key.server, m_key.database, m_key.role, profileId, it.key(), it.value()});
        if (!forgotten)
            return forgotten;
    }
    return refreshCount();
}

Result<> PendingEditJournal::forgetProfile(qint64 profileId)
{
    if (count() == 0)
        return {};
    const Result<> forgotten = run(QStringLiteral("forget profile"),
        QStringLiteral("DELETE FROM pending_fields WHERE server = ? AND database = ?"
                       " AND role = ? AND profile_id = ?"),
        {m_key.server, m_key.database, m_key.role, profileId});
    if (!forgotten)
        return forgotten;
    return refreshCount();
}

int PendingEditJournal::count()
{
    if (m_count < 0)
        refreshCount(); // an unreadable file counts as none: its error is reported on use
    return std::max(m_count, 0);
}

Result<> PendingEditJournal::refreshCount()
{
    const Result<bool> open = ensureOpen(Need::Read);
    if (!open)
        return open.error();
    int counted = 0;
    if (open.value()) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM pending_fields"
                                     " WHERE server = ? AND database = ? AND role = ?"));
        query.addBindValue(m_key.server);
        query.addBindValue(m_key.database);
        query.addBindValue(m_key.role);
        if (!query.exec() || !query.next()) {
            return failure(
                tr("The list of edits waiting for the shared database cannot be read.", "@info"),
                query.lastError().text());
        }
        counted = query.value(0).toInt();
    }
    const bool changed = counted != m_count;
    m_count = counted;
    if (changed)
        emit countChanged(m_count);
    return {};
}
