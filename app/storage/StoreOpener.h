// Opens the progress store's connection as ProgressStore::open() promises:
// a SQLite file only once StoreFileSafety has admitted it, in WAL mode with
// full syncs and foreign keys, migrated to the schema asked for, marked as
// ours and backed up when due; a PostgreSQL database migrated the same way.
// Opened for reading only, it never creates, migrates, chmods, moves or
// writes anything: a missing or empty file reads as an empty database in
// memory, and an older schema is read from an upgraded private copy.
// It hands the connection over and keeps nothing.
#pragma once

#include "core/Result.h"
#include "storage/ProgressStore.h"
#include "storage/StoreAddress.h"

#include <memory>

class StoreConnection;

class StoreOpener
{
public:
    StoreOpener(StoreAddress address, ProgressStore::OpenOptions options);

    Result<std::unique_ptr<StoreConnection>> open() const;

private:
    Result<std::unique_ptr<StoreConnection>> openShared() const;
    Result<std::unique_ptr<StoreConnection>> openSqliteFile() const;
    Result<std::unique_ptr<StoreConnection>> openEmptyInMemory() const;
    Result<std::unique_ptr<StoreConnection>> openReadOnlyCopy() const;
    // The schema version open() brings the database to.
    int targetVersion() const;
    bool readOnly() const { return m_options.access == ProgressStore::Access::ReadOnly; }

    StoreAddress m_address;
    ProgressStore::OpenOptions m_options;
};
