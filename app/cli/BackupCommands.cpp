#include "BackupCommands.h"

#include "core/UserTimeZone.h"
#include "i18n/DateText.h"
#include "instance/InstanceLock.h"
#include "storage/BackupShelf.h"
#include "storage/SqliteFileCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QTextStream>

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString shownTime(const QDateTime &time)
{
    return time.isValid() ? DateText::dateTime(time, UserTimeZone::system())
                          : QCoreApplication::translate("BackupCommands", "unknown time", "@info");
}

} // namespace

int runBackupsCommand(const QString &databasePath, QTextStream &out, QTextStream &)
{
    const BackupShelf shelf(databasePath);
    const QStringList backups = shelf.backups();
    if (backups.isEmpty()) {
        out << QCoreApplication::translate(
            "BackupCommands", "There is no backup of %1 in %2 yet.", "@info")
                   .arg(native(databasePath), native(shelf.folder()))
            << '\n';
    } else {
        out << QCoreApplication::translate(
            "BackupCommands", "Backups of %1, newest first:", "@info")
                   .arg(native(databasePath))
            << '\n';
        for (const QString &backup : backups) {
            const SqliteFileCheck::Verdict verdict = SqliteFileCheck::examine(backup);
            out << "  " << shownTime(BackupShelf::takenAt(backup)) << "  "
                << (verdict.isOurs() ? QCoreApplication::translate(
                        "BackupCommands", "%n profile(s)", "@info", verdict.profiles)
                                     : QCoreApplication::translate(
                                         "BackupCommands", "not usable: %1", "@info")
                                           .arg(verdict.message))
                << "  " << native(backup) << '\n';
        }
    }
    const QStringList damaged = shelf.damagedCopies();
    if (!damaged.isEmpty()) {
        out << QCoreApplication::translate("BackupCommands",
            "Damaged copies set aside (kept until you dismiss them with "
            "\"fincloud-onboard dismiss-damaged\"):",
            "@info")
            << '\n';
        for (const QString &copy : damaged)
            out << "  " << native(copy) << '\n';
    }
    return 0;
}

int runRestoreCommand(const QString &databasePath, const QString &backup, const QDateTime &now,
    QTextStream &out, QTextStream &err)
{
    // The wizard's own lock: no window may have the database open while its
    // file is replaced, and none may open it before the restore is done.
    QLockFile wizard(InstanceLock::lockPath(databasePath));
    if (!wizard.tryLock(0)) {
        err << QCoreApplication::translate("BackupCommands",
            "The wizard is open on %1: close it first. Nothing was changed.", "@info")
                   .arg(native(databasePath))
            << '\n';
        return 2;
    }
    const BackupShelf shelf(databasePath);
    // A bare name is looked up among the backups.
    QString source = backup;
    if (!QFileInfo::exists(source) && !source.contains(QLatin1Char('/')))
        source = QDir(shelf.folder()).filePath(backup);
    const Result<QString> restored = shelf.restore(source, now, QStringLiteral("replaced"));
    if (!restored) {
        err << restored.error().message << '\n';
        if (!restored.error().details.isEmpty())
            err << restored.error().details << '\n';
        return 2;
    }
    out << QCoreApplication::translate("BackupCommands", "Restored %1 as %2.", "@info")
               .arg(native(source), native(databasePath))
        << '\n';
    if (!restored.value().isEmpty())
        out << QCoreApplication::translate(
            "BackupCommands", "The database that was there is kept as %1.", "@info")
                   .arg(native(restored.value()))
            << '\n';
    return 0;
}

int runDismissDamagedCommand(const QString &databasePath, QTextStream &out, QTextStream &err)
{
    const Result<int> dismissed = BackupShelf(databasePath).dismissDamaged();
    if (!dismissed) {
        err << dismissed.error().message << '\n';
        return 2;
    }
    out << QCoreApplication::translate("BackupCommands",
        "%n damaged copy(s) dismissed; the files are kept, renamed \"dismissed\".", "@info",
        dismissed.value())
        << '\n';
    return 0;
}

QString damagedCopiesReminder(const QString &databasePath)
{
    const QStringList damaged = BackupShelf(databasePath).damagedCopies();
    if (damaged.isEmpty())
        return {};
    return QCoreApplication::translate("BackupCommands",
        "Note: a damaged copy of the progress database lies beside it (%1). List the "
        "backups with \"fincloud-onboard backups\", restore one with \"fincloud-onboard "
        "restore FILE\", or stop this note with \"fincloud-onboard dismiss-damaged\".",
        "@info")
        .arg(native(damaged.constLast()));
}
