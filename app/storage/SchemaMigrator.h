// Which schema version a progress database has, and its forward migrations
// (Schema): all pending ones in one exclusive transaction, after a backup of
// a SQLite file (StoreFileSafety). A database written by a newer program, or
// whose version cannot be read, is refused and left as it is. It never
// downgrades, and never changes a database it refuses. On PostgreSQL it
// first asks the server whether this login may change the tables at all: a
// staff login with data rights only (SharedStoreSetup) is told to ask its
// administrator, and nothing is tried.
#pragma once

#include "core/Result.h"

#include <QDateTime>

#include <optional>

class StoreConnection;

class SchemaMigrator
{
public:
    // `now` names the backup taken before a migration; invalid: the system clock.
    SchemaMigrator(StoreConnection &connection, QDateTime now);

    // As ProgressStore::schemaVersion().
    int version() const;
    // Brings the schema up to `targetVersion` (up to Schema::LatestVersion).
    Result<> migrateTo(int targetVersion);
    // PostgreSQL: the refusal to give when this login may not bring the
    // schema from `current` to `target` (no right to create in the schema,
    // or not an owner of the tables); none when it may, and on SQLite.
    std::optional<Error> missingRights(int current, int target) const;

private:
    // Migration Schema::SettledByFlowRules, inside the migration's transaction.
    Result<> settleProfiles();

    StoreConnection &m_connection;
    QDateTime m_now;
};
