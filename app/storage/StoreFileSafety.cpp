#include "StoreFileSafety.h"

#include "BackupShelf.h"
#include "ProgressStore.h"
#include "StoreConnection.h"
#include "StoreErrorKind.h"
#include "StoreQuery.h"
#include "core/OwnerOnlyFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace {

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

// What became of creating a new database file.
enum class Creation { Created, AlreadyThere, Failed };

// The folder and the file are created owner-only before SQLite sees them, so
// there is no moment in which another user could read them. O_EXCL: a file or
// link that appeared meanwhile is not ours to take.
Creation createFile(const QString &path, Error &error)
{
    const QFileInfo info(path);
    const QDir folder = info.absoluteDir();
    if (!OwnerOnlyFolder::create(folder.absolutePath())) {
        error = Error {ProgressStore::tr("Cannot create the folder %1.", "@info")
                           .arg(QDir::toNativeSeparators(folder.absolutePath())),
            QString()};
        return Creation::Failed;
    }
    const int fd = ::open(QFile::encodeName(path).constData(),
        O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        const int why = errno;
        error = Error {ProgressStore::tr("Cannot create the database file %1.", "@info")
                           .arg(QDir::toNativeSeparators(path)),
            QString::fromLocal8Bit(std::strerror(why))};
        return why == EEXIST ? Creation::AlreadyThere : Creation::Failed;
    }
    ::close(fd);
    return Creation::Created;
}

} // namespace

Result<SqliteFileCheck::Verdict> StoreFileSafety::admit(const QString &path, bool mayCreate)
{
    // Another program may create the file at the same moment: then it is
    // judged again, once, as what it now is.
    for (bool again = false;; again = true) {
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
        case SqliteFileCheck::Kind::Empty:
        case SqliteFileCheck::Kind::Ours:
        case SqliteFileCheck::Kind::OursUnmarked:
            return verdict;
        case SqliteFileCheck::Kind::Missing:
            break;
        }
        if (!mayCreate)
            return verdict;
        Error error;
        switch (createFile(path, error)) {
        case Creation::Created:
            return verdict;
        case Creation::AlreadyThere:
            if (!again)
                continue;
            return error;
        case Creation::Failed:
            return error;
        }
    }
}

bool StoreFileSafety::ownerMayWrite(const QString &path)
{
    struct stat info
    { };
    return ::stat(QFile::encodeName(path).constData(), &info) != 0 || (info.st_mode & S_IWUSR);
}

StoreFileSafety::StoreFileSafety(StoreConnection &connection, QDateTime now)
    : m_connection(connection)
    , m_now(std::move(now))
{ }

QDateTime StoreFileSafety::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

Result<> StoreFileSafety::markAsOurs()
{
    return m_connection.exec(
        QStringLiteral("PRAGMA application_id = %1").arg(SqliteFileCheck::ApplicationId));
}

Result<QString> StoreFileSafety::backUp(const QString &reason)
{
    const QString location = m_connection.location();
    if (m_connection.isShared())
        return Error {
            ProgressStore::tr("Backups of a shared database are made on its server.", "@info"),
            location};
    if (m_connection.isReadOnly())
        return Error {
            ProgressStore::tr("A command that only reads makes no backup.", "@info"), location};
    const BackupShelf shelf(location);
    const QString newest = shelf.backups().value(0);
    // A backup of an empty database could only ever displace a useful one.
    {
        StoreQuery count(m_connection, QStringLiteral("SELECT COUNT(*) FROM profiles"));
        if (Result<> counted = count.run(QStringLiteral("backup")); !counted)
            return counted.error();
        if (!count.next())
            return count.failure(QStringLiteral("backup"));
        if (count.value(0).toInt() == 0)
            return newest;
    }
    if (!OwnerOnlyFolder::create(shelf.folder()))
        return Error {ProgressStore::tr("Cannot create the backup folder %1.", "@info")
                          .arg(QDir::toNativeSeparators(shelf.folder())),
            QString()};
    const QString target = shelf.newBackupPath(now(), reason);
    // VACUUM INTO refuses a target that exists (a planted link included).
    if (Result<> copied = StoreQuery(m_connection, QStringLiteral("VACUUM INTO ?"))
                              .run(QStringLiteral("backup"), {target});
        !copied) {
        QFile::remove(target); // what a full disk left of it
        return copied.error();
    }
    if (!QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        QFile::remove(target);
        return Error {
            ProgressStore::tr("Cannot write the backup %1.", "@info").arg(target), QString()};
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

void StoreFileSafety::backUpIfDue()
{
    // Due when no backup was taken in the day before now. One stamped later
    // than now (a clock set back, a fixed --now) decides nothing.
    const QDateTime when = now();
    for (const QString &backup : BackupShelf(m_connection.location()).backups()) {
        const QDateTime taken = BackupShelf::takenAt(backup);
        if (taken.isValid() && taken <= when) {
            if (taken.secsTo(when) < 24 * 3600)
                return;
            break;
        }
    }
    backUp(QStringLiteral("daily"));
}
