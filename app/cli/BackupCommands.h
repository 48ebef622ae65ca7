// The command line's way to the copies kept beside a SQLite progress database
// (BackupShelf):
//   backups           lists the automatic backups, newest first (time, profiles,
//                     whole or not), and the damaged copies set aside; reads only
//   restore FILE      puts a good backup where the database belongs; a database
//                     there is kept beside it as <file>.replaced-<time>;
//                     refused while a wizard has the database open
//   dismiss-damaged   stops the reminders about damaged copies (each is renamed
//                     <file>.dismissed-<time> and kept)
// Exit status 0 done, 2 refused or failed (nothing changed). A shared
// PostgreSQL database has no backups here: its server makes them.
#pragma once

#include <QDateTime>
#include <QString>

class QTextStream;

int runBackupsCommand(const QString &databasePath, QTextStream &out, QTextStream &err);
int runRestoreCommand(const QString &databasePath, const QString &backup, const QDateTime &now,
    QTextStream &out, QTextStream &err);
int runDismissDamagedCommand(const QString &databasePath, QTextStream &out, QTextStream &err);

// One line for standard error while damaged copies lie beside the database
// (empty when there is none): every command says so until they are dismissed.
QString damagedCopiesReminder(const QString &databasePath);
