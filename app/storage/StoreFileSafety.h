// Keeps a SQLite progress database file safe around the store: what lies at
// the path is judged before a connection is made (SqliteFileCheck) and
// anything that is not ours or is damaged is refused untouched; a new file is
// created owner-only; our file is marked as ours (PRAGMA application_id); and
// backups are taken (BackupShelf): daily, before a migration, or when asked,
// never of an empty database and never a copy of the newest one.
// It never moves, repairs or deletes the database: damage is reported, and
// only BackupShelf moves a file, when the user chooses it.
#pragma once

#include "core/Result.h"
#include "storage/SqliteFileCheck.h"

#include <QDateTime>
#include <QString>

class StoreConnection;

class StoreFileSafety
{
public:
    // What lies at `path`, when the store may open it: this program's
    // database, an empty file, or nothing (then, with `mayCreate`, a new
    // file created owner-only, and the verdict still says Missing). Another
    // program's file, a link, a folder or device fails with
    // StoreErrorKind::Refused, a damaged file with Damaged.
    static Result<SqliteFileCheck::Verdict> admit(const QString &path, bool mayCreate);
    // Whether the file's mode lets its owner write it (the owner's intent,
    // which root's access() would ignore).
    static bool ownerMayWrite(const QString &path);

    // `now` names backups and decides whether one is due; invalid: the
    // system clock.
    StoreFileSafety(StoreConnection &connection, QDateTime now);

    Result<> markAsOurs();
    // As ProgressStore::backUp().
    Result<QString> backUp(const QString &reason);
    // A daily backup when none was taken in the day before now. A failed
    // backup is not reported: it must not stop the program.
    void backUpIfDue();

private:
    QDateTime now() const;

    StoreConnection &m_connection;
    QDateTime m_now;
};
