// What lies at a progress database path, judged before anything is written
// to it: nothing yet, an empty file, this program's database, another
// program's file, something that is not a regular file, a damaged database,
// or a fault that says nothing about the content (locked, unreadable, I/O).
// It looks with lstat() and a read-only SQLite connection only: it must never
// create, migrate, chmod, move or write anything. Only SQLite's own verdict
// ("file is not a database", corruption, a failed integrity check) makes a
// file damaged.
#pragma once

#include <QCoreApplication>
#include <QString>

class SqliteFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFileCheck)
public:
    // PRAGMA application_id of every database this program writes: "FCOB".
    static constexpr qint32 ApplicationId = 0x46434F42;

    enum class Kind {
        Missing, // nothing at the path
        Empty, // a regular file without content, or a SQLite file without any table
        Ours, // carries ApplicationId and passed the integrity check
        OursUnmarked, // our tables, written before the application id existed
        Foreign, // another program's SQLite file
        NotRegular, // a folder, FIFO, socket or device
        SymbolicLink, // refused, never followed and never renamed
        Damaged, // SQLite says it is not a database, corrupt, or fails quick_check
        Fault, // it cannot be looked at now (permission, lock, I/O): content unknown
    };

    struct Verdict
    {
        Kind kind = Kind::Missing;
        QString message; // for the user, empty for Missing, Empty, Ours, OursUnmarked
        QString details; // for support: SQLite's words, the file's type
        int profiles = -1; // Ours, OursUnmarked: how many profiles it holds

        // This program's database, whole (marked or from before the mark).
        bool isOurs() const { return kind == Kind::Ours || kind == Kind::OursUnmarked; }
    };

    static Verdict examine(const QString &path);

    // How to open `path` read-only without creating anything beside it: a
    // database without a write-ahead log or rollback journal has no writer,
    // so SQLite may read it as immutable (it then makes no -wal or -shm
    // file); with one, an ordinary read-only connection shares the writer's
    // files and locks.
    struct ReadOnlyOpening
    {
        QString databaseName;
        QString connectOptions;
    };
    static ReadOnlyOpening readOnlyOpening(const QString &path);

    // SQLite's primary result codes that prove damage: SQLITE_CORRUPT and SQLITE_NOTADB.
    static bool provesDamage(int sqliteCode);
    // The primary result code of a QSQLITE error (nativeErrorCode), 0 if none.
    static int primaryCode(const QString &nativeErrorCode);
    // The cause of a SQLite failure in plain words (disk full, read-only, in
    // use, cannot open, permission, I/O error); empty for other codes.
    static QString plainCause(int sqliteCode, const QString &path);

    // Whether a -wal or -journal lies beside `path`: someone may be writing.
    static bool hasWriterFiles(const QString &path);

private:
    static Verdict examineOnce(const QString &path);
};
