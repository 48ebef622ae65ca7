#include "SqliteFileCheck.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <optional>

namespace {

enum SqliteCode {
    SqliteCorrupt = 11,
    SqliteNotADatabase = 26,
};

// Every table the first schema version made: a file with all of them was
// written by this program, also before it marked its files.
const QStringList &ourTables()
{
    static const QStringList tables = {QStringLiteral("schema_version"), QStringLiteral("profiles"),
        QStringLiteral("profile_fields"), QStringLiteral("step_states"),
        QStringLiteral("settings")};
    return tables;
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("fincloud-check-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString fileTypeName(mode_t mode)
{
    if (S_ISDIR(mode))
        return SqliteFileCheck::tr("a folder", "@info what a path is");
    if (S_ISFIFO(mode))
        return SqliteFileCheck::tr("a named pipe (FIFO)", "@info what a path is");
    if (S_ISSOCK(mode))
        return SqliteFileCheck::tr("a socket", "@info what a path is");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return SqliteFileCheck::tr("a device", "@info what a path is");
    return SqliteFileCheck::tr("not a regular file", "@info what a path is");
}

// A read-only look through SQLite: one connection, removed when done.
class ReadOnlyLook
{
public:
    explicit ReadOnlyLook(const QString &path) : m_name(nextConnectionName())
    {
        const SqliteFileCheck::ReadOnlyOpening opening = SqliteFileCheck::readOnlyOpening(path);
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        database.setDatabaseName(opening.databaseName);
        database.setConnectOptions(opening.connectOptions);
        if (!database.open())
            m_error = database.lastError();
    }
    ~ReadOnlyLook()
    {
        {
            QSqlDatabase database = QSqlDatabase::database(m_name, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadOnlyLook(const ReadOnlyLook &) = delete;
    ReadOnlyLook &operator=(const ReadOnlyLook &) = delete;

    bool isOpen() const { return !m_error.isValid(); }
    QSqlError error() const { return m_error; }

    // The rows of a one-column query, or nullopt (error() tells why).
    std::optional<QStringList> rows(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql)) {
            m_error = query.lastError();
            return std::nullopt;
        }
        QStringList values;
        while (query.next())
            values << query.value(0).toString();
        return values;
    }

private:
    QString m_name;
    QSqlError m_error;
};

SqliteFileCheck::Verdict judgedError(const QString &path, const QSqlError &error)
{
    const int code = SqliteFileCheck::primaryCode(error.nativeErrorCode());
    if (SqliteFileCheck::provesDamage(code))
        return {SqliteFileCheck::Kind::Damaged,
            SqliteFileCheck::tr(
                "The progress database %1 is damaged: SQLite cannot read it.", "@info")
                .arg(native(path)),
            error.text()};
    const QString cause = SqliteFileCheck::plainCause(code, path);
    return {SqliteFileCheck::Kind::Fault,
        cause.isEmpty() ? SqliteFileCheck::tr("The progress database %1 cannot be read now. It "
                                              "was left as it is.",
            "@info")
                              .arg(native(path))
                        : cause,
        error.text()};
}

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
    ReadOnlyLook look(copy);
    const std::optional<QStringList> id
        = look.rows(QStringLiteral("SELECT value FROM settings WHERE key = 'database_id'"));
    return id && !id->isEmpty() ? id->constFirst() : QString();
}

// A log left by a crash belongs to this file and is replayed, as it must be.
// One that came from another database (copied beside it) would be replayed
// just the same and overwrite pages: SQLite cannot tell, the identity stored
// in the file can.
QString foreignWalReason(const QString &path)
{
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

} // namespace

bool SqliteFileCheck::hasWriterFiles(const QString &path)
{
    return QFileInfo::exists(path + QStringLiteral("-wal"))
        || QFileInfo::exists(path + QStringLiteral("-journal"));
}

SqliteFileCheck::ReadOnlyOpening SqliteFileCheck::readOnlyOpening(const QString &path)
{
    const QString options = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000");
    if (hasWriterFiles(path))
        return {path, options};
    return {QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
            + QStringLiteral("?mode=ro&immutable=1"),
        options + QStringLiteral(";QSQLITE_OPEN_URI")};
}

int SqliteFileCheck::primaryCode(const QString &nativeErrorCode)
{
    bool ok = false;
    const int code = nativeErrorCode.toInt(&ok);
    return ok ? code & 0xff : 0;
}

bool SqliteFileCheck::provesDamage(int sqliteCode)
{
    return sqliteCode == SqliteCorrupt || sqliteCode == SqliteNotADatabase;
}

QString SqliteFileCheck::plainCause(int sqliteCode, const QString &path)
{
    switch (sqliteCode) {
    case 13: // SQLITE_FULL
        return tr("The disk is full: the progress database %1 cannot grow.", "@info")
            .arg(native(path));
    case 8: // SQLITE_READONLY
        return tr("The progress database %1 cannot be written: the file or its folder is "
                  "read-only.",
            "@info")
            .arg(native(path));
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return tr("The progress database %1 is in use by another program.", "@info")
            .arg(native(path));
    case 14: // SQLITE_CANTOPEN
        return tr("The progress database %1 cannot be opened: its folder is missing or cannot "
                  "be written.",
            "@info")
            .arg(native(path));
    case 3: // SQLITE_PERM
    case 23: // SQLITE_AUTH
        return tr("The progress database %1 cannot be read: permission denied.", "@info")
            .arg(native(path));
    case 10: // SQLITE_IOERR
        return tr("The progress database %1 cannot be read or written: the disk reported an "
                  "input/output error (it may be full, removed or failing).",
            "@info")
            .arg(native(path));
    default:
        return {};
    }
}

SqliteFileCheck::Verdict SqliteFileCheck::examine(const QString &path)
{
    const bool immutable = !hasWriterFiles(path);
    Verdict verdict = examineOnce(path);
    if (!immutable)
        return verdict;
    // The look read the file as immutable, without locks. A writer that
    // started meanwhile may have shown it half a change: look again, now
    // through the writer's files. And damage counts only when a second look
    // a moment later finds it too.
    if (hasWriterFiles(path) || verdict.kind == Kind::Damaged) {
        QThread::msleep(200);
        verdict = examineOnce(path);
    }
    return verdict;
}

SqliteFileCheck::Verdict SqliteFileCheck::examineOnce(const QString &path)
{
    struct stat info
    { };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            return {Kind::Missing, {}, {}};
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        return {Kind::Fault,
            tr("The progress database %1 cannot be reached: %2. It was left as it is.", "@info")
                .arg(native(path), reason),
            reason};
    }
    if (S_ISLNK(info.st_mode)) {
        const QString target = QFileInfo(path).symLinkTarget();
        return {Kind::SymbolicLink,
            tr("%1 is a symbolic link. fincloud-onboard does not follow links to its database: "
               "give the file itself with --database (%2). Nothing was changed.",
                "@info")
                .arg(native(path), native(target)),
            QStringLiteral("symbolic link to %1").arg(target)};
    }
    if (!S_ISREG(info.st_mode)) {
        const QString type = fileTypeName(info.st_mode);
        return {Kind::NotRegular,
            tr("%1 is %2, not a database file. It was left as it is; choose a file with "
               "--database.",
                "@info")
                .arg(native(path), type),
            QStringLiteral("st_mode %1").arg(info.st_mode, 0, 8)};
    }
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (info.st_size == 0 && (!wal.exists() || wal.size() == 0))
        return {Kind::Empty, {}, {}};

    // Judged on private copies, before SQLite reads (and so replays) the log.
    if (const QString foreign = foreignWalReason(path); !foreign.isEmpty())
        return {Kind::Damaged,
            tr("The progress database %1 cannot be used as it is: the write-ahead log beside it "
               "belongs to another database.",
                "@info")
                .arg(native(path)),
            foreign};
    ReadOnlyLook look(path);
    if (!look.isOpen())
        return judgedError(path, look.error());
    const std::optional<QStringList> applicationId
        = look.rows(QStringLiteral("PRAGMA application_id"));
    if (!applicationId || applicationId->isEmpty())
        return judgedError(path, look.error());
    const qint32 id = applicationId->constFirst().toInt();
    bool unmarked = false;
    if (id != ApplicationId) {
        const std::optional<QStringList> tables
            = look.rows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        if (!tables)
            return judgedError(path, look.error());
        if (tables->isEmpty() && id == 0)
            return {Kind::Empty, {}, {}};
        bool allOurs = id == 0;
        for (const QString &table : ourTables())
            allOurs = allOurs && tables->contains(table);
        if (!allOurs)
            return {Kind::Foreign,
                tr("%1 is not a fincloud-onboard database (it belongs to another program). It "
                   "was left as it is; choose another file with --database.",
                    "@info")
                    .arg(native(path)),
                QStringLiteral("application_id %1, tables: %2")
                    .arg(id)
                    .arg(tables->join(QStringLiteral(", ")))};
        unmarked = true;
    }
    const std::optional<QStringList> problems = look.rows(QStringLiteral("PRAGMA quick_check"));
    if (!problems)
        return judgedError(path, look.error());
    if (*problems != QStringList {QStringLiteral("ok")})
        return {Kind::Damaged,
            tr("The progress database %1 is damaged: its integrity check failed.", "@info")
                .arg(native(path)),
            problems->join(QLatin1Char('\n'))};
    const std::optional<QStringList> profiles
        = look.rows(QStringLiteral("SELECT COUNT(*) FROM profiles"));
    if (!profiles || profiles->isEmpty())
        return judgedError(path, look.error());
    return {unmarked ? Kind::OursUnmarked : Kind::Ours, {}, {}, profiles->constFirst().toInt()};
}
