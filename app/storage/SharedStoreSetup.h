// What an administrator runs on a shared PostgreSQL database, once and again
// after each upgrade of the program (`fincloud-onboard setup-database
// --staff-role NAME`): the schema brought to this version (as its owner), a
// staff group role created when missing, and that role given exactly the data
// rights the wizard and the commands use — reading and writing rows, never
// creating, altering or dropping anything. Each person then logs in with a
// role of their own that is a member of the group, so the server records who
// wrote each event (Schema::ServerRecordedRole). Running it again changes
// nothing that is already right.
// It must never create a login role, hand out a password, grant more than
// rows, or touch a SQLite file.
#pragma once

#include "core/Result.h"
#include "storage/StoreAddress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

class SharedStoreSetup
{
    Q_DECLARE_TR_FUNCTIONS(SharedStoreSetup)
public:
    // A plain PostgreSQL identifier, so that it needs no quoting rules:
    // lower-case letters, digits and underscores, not starting with a digit.
    static bool isValidRoleName(const QString &name);

    // `now` as ProgressStore::OpenOptions::now. Returns what was done and
    // what is left to the administrator, one sentence per line.
    static Result<QStringList> run(
        const StoreAddress &address, const QString &staffRole, const QDateTime &now);

    // The tables staff read and write, and the one they only read (the
    // schema version: only the owner migrates).
    static const QStringList DataTables;
    static inline const QString VersionTable = QStringLiteral("schema_version");
};
