#include "BackupShelf.h"

#include "SqliteFileCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>

namespace {

constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QStringList &companions()
{
    static const QStringList suffixes = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};
    return suffixes;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

BackupShelf::BackupShelf(QString databasePath) : m_path(std::move(databasePath)) { }

QString BackupShelf::folder() const
{
    return QFileInfo(m_path).absolutePath() + QStringLiteral("/backups");
}

QDateTime BackupShelf::takenAt(const QString &backup)
{
    static const QRegularExpression stamp(QStringLiteral("-(\\d{8}-\\d{9})-[^-]*\\.sqlite$"));
    const QRegularExpressionMatch match = stamp.match(backup);
    if (!match.hasMatch())
        return {};
    QDateTime time = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmsszzz"));
    time.setTimeZone(QTimeZone::utc());
    return time;
}

QStringList BackupShelf::backups() const
{
    const QDir shelf(folder());
    const QString pattern = QFileInfo(m_path).completeBaseName() + QStringLiteral("-*.sqlite");
    QStringList names = shelf.entryList({pattern}, QDir::Files, QDir::Name | QDir::Reversed);
    for (QString &name : names)
        name = shelf.filePath(name);
    // The UTC stamp sorts as text; a name without one goes last.
    std::stable_sort(names.begin(), names.end(),
        [](const QString &a, const QString &b) { return takenAt(a) > takenAt(b); });
    return names;
}

bool BackupShelf::isGood(const QString &backup)
{
    return isGood(SqliteFileCheck::examine(backup));
}

bool BackupShelf::isGood(const SqliteFileCheck::Verdict &verdict)
{
    return verdict.isOurs() && verdict.profiles > 0;
}

QString BackupShelf::newestGood() const
{
    for (const QString &backup : backups()) {
        if (isGood(backup))
            return backup;
    }
    return {};
}

QString BackupShelf::newBackupPath(const QDateTime &now, const QString &reason) const
{
    return QDir(folder()).filePath(QFileInfo(m_path).completeBaseName() + QLatin1Char('-')
        + now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmsszzz")) + QLatin1Char('-') + reason
        + QStringLiteral(".sqlite"));
}

void BackupShelf::rotate() const
{
    const QStringList all = backups();
    if (all.size() <= Kept)
        return;
    bool goodKept = false;
    for (qsizetype i = 0; i < Kept && !goodKept; ++i)
        goodKept = isGood(all[i]);
    for (qsizetype i = Kept; i < all.size(); ++i) {
        if (!goodKept && isGood(all[i])) {
            goodKept = true; // the last good one stays, however old
            continue;
        }
        QFile::remove(all[i]);
    }
}

QStringList BackupShelf::damagedCopies() const
{
    const QFileInfo database(m_path);
    const QDir here = database.absoluteDir();
    QStringList copies;
    const QStringList names = here.entryList(
        {database.fileName() + QStringLiteral(".damaged-*")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (!name.endsWith(QLatin1String("-wal")) && !name.endsWith(QLatin1String("-shm")))
            copies << here.filePath(name);
    }
    return copies;
}

Result<QString> BackupShelf::moveAside(const QString &word, const QDateTime &now) const
{
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = m_path + QLatin1Char('.') + word + QLatin1Char('-') + stamp;
    for (int n = 2; QFileInfo::exists(aside) || QFileInfo(aside).isSymLink(); ++n)
        aside = m_path + QLatin1Char('.') + word + QLatin1Char('-') + stamp + QLatin1Char('-')
            + QString::number(n);
    QStringList moved;
    for (const QString &suffix : companions()) {
        const QFileInfo from(m_path + suffix);
        if (!from.exists() && !from.isSymLink())
            continue;
        if (!QFile::rename(m_path + suffix, aside + suffix)) {
            // Put back what moved: a database without its log would lose data.
            for (const QString &done : std::as_const(moved))
                QFile::rename(aside + done, m_path + done);
            return Error {tr("The progress database %1 could not be moved aside (is its folder "
                             "read-only?). Nothing was changed.",
                              "@info")
                              .arg(native(m_path)),
                QStringLiteral("rename %1 to %2 failed").arg(m_path + suffix, aside + suffix)};
        }
        moved << suffix;
    }
    return aside;
}

Result<int> BackupShelf::dismissDamaged() const
{
    int dismissed = 0;
    for (const QString &copy : damagedCopies()) {
        QString kept = copy;
        kept.replace(QStringLiteral(".damaged-"), QStringLiteral(".dismissed-"));
        for (const QString &suffix : companions()) {
            if (!QFileInfo::exists(copy + suffix))
                continue;
            if (!QFile::rename(copy + suffix, kept + suffix))
                return Error {tr("%1 could not be renamed (is its folder read-only?).", "@info")
                                  .arg(native(copy + suffix)),
                    QString()};
        }
        ++dismissed;
    }
    return dismissed;
}

Result<QString> BackupShelf::restore(
    const QString &backup, const QDateTime &now, const QString &asideWord) const
{
    if (!isGood(backup))
        return Error {tr("%1 is not a whole backup with at least one profile, so it was not "
                         "restored. Nothing was changed.",
                          "@info")
                          .arg(native(backup)),
            SqliteFileCheck::examine(backup).details};
    QFile source(backup);
    if (!source.open(QIODevice::ReadOnly))
        return Error {
            tr("The backup %1 cannot be read.", "@info").arg(native(backup)), source.errorString()};
    const QByteArray content = source.readAll();
    if (source.error() != QFileDevice::NoError || content.size() != source.size())
        return Error {
            tr("The backup %1 cannot be read.", "@info").arg(native(backup)), source.errorString()};

    QString replaced;
    const SqliteFileCheck::Verdict current = SqliteFileCheck::examine(m_path);
    if (current.kind == SqliteFileCheck::Kind::SymbolicLink
        || current.kind == SqliteFileCheck::Kind::NotRegular)
        return Error {current.message, current.details};
    if (current.kind != SqliteFileCheck::Kind::Missing) {
        Result<QString> aside = moveAside(asideWord, now);
        if (!aside)
            return aside.error();
        replaced = aside.value();
    }
    const auto undo = [&]() {
        if (!replaced.isEmpty()) {
            for (const QString &suffix : companions()) {
                if (QFileInfo::exists(replaced + suffix))
                    QFile::rename(replaced + suffix, m_path + suffix);
            }
        }
    };
    QSaveFile target(m_path);
    target.setDirectWriteFallback(false);
    if (!target.open(QIODevice::WriteOnly) || !target.setPermissions(OwnerOnly)
        || target.write(content) != content.size() || !target.commit()) {
        const QString why = target.errorString();
        target.cancelWriting();
        undo();
        return Error {tr("The backup could not be copied to %1, so the database was left as it "
                         "was.",
                          "@info")
                          .arg(native(m_path)),
            why};
    }
    // A restore answers the damage: the copies set aside stay, unreported.
    dismissDamaged();
    return replaced;
}
