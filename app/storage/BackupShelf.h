// The copies kept beside one SQLite progress database: the automatic backups
// in <folder>/backups (<name>-<UTC time>-<reason>.sqlite), and files moved
// aside next to it (<file>.damaged-<time> when the user chose to set a damaged
// database aside and start empty, <file>.replaced-<time> or
// <file>.replaced-damaged-<time> when a backup took its place).
// It never deletes a moved-aside file, never rotates away the newest backup
// that is whole and holds a profile, never writes through a link, and checks
// every rename and write it makes.
#pragma once

#include "SqliteFileCheck.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

class BackupShelf
{
    Q_DECLARE_TR_FUNCTIONS(BackupShelf)
public:
    // How many backups rotation keeps (plus the newest good one, if older).
    static constexpr int Kept = 5;

    explicit BackupShelf(QString databasePath);

    QString folder() const;
    // Backups, newest first (by the time in their names).
    QStringList backups() const;
    // When a backup was taken (from its name); invalid if the name has none.
    static QDateTime takenAt(const QString &backup);
    // A backup is good when it is this program's, passes the integrity check
    // and holds at least one profile.
    static bool isGood(const QString &backup);
    static bool isGood(const SqliteFileCheck::Verdict &verdict);
    // The newest good backup, or empty.
    QString newestGood() const;
    // The name for a new backup taken at `now` for `reason`.
    QString newBackupPath(const QDateTime &now, const QString &reason) const;
    // Removes backups beyond Kept, oldest first, but never the newest good one.
    void rotate() const;

    // Damaged databases the user set aside and has not dismissed yet.
    QStringList damagedCopies() const;
    // Moves the database (and its -wal and -shm) aside as <file>.<word>-<time>;
    // returns the new path of the database file.
    Result<QString> moveAside(const QString &word, const QDateTime &now) const;
    // Renames every damaged copy to <file>.dismissed-<time>: kept, not reported.
    Result<int> dismissDamaged() const;
    // Puts a copy of a good `backup` where the database belongs; a database
    // there is moved aside first as <file>.<asideWord>-<time>. Damaged copies
    // are then dismissed: the restore answered them. Returns where the
    // replaced database went (empty when there was none).
    Result<QString> restore(
        const QString &backup, const QDateTime &now, const QString &asideWord) const;

private:
    QString m_path;
};
