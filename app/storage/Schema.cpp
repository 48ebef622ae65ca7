#include "Schema.h"

namespace Schema {

QStringList migration(int version)
{
    switch (version) {
    case 1:
        return {
            QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"),
            QStringLiteral("CREATE TABLE profiles ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " current_page INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE profile_fields ("
                           " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                           " key TEXT NOT NULL,"
                           " value TEXT NOT NULL,"
                           " PRIMARY KEY (profile_id, key))"),
            QStringLiteral("CREATE TABLE step_states ("
                           " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                           " step TEXT NOT NULL,"
                           " status TEXT NOT NULL,"
                           " since TEXT,"
                           " expected_by TEXT,"
                           " PRIMARY KEY (profile_id, step))"),
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        };
    case 2:
        // Optimistic concurrency (a version per profile) and the event log.
        return {
            QStringLiteral("ALTER TABLE profiles ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral("CREATE TABLE events ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                           " at TEXT NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " subject TEXT NOT NULL,"
                           " old_value TEXT,"
                           " new_value TEXT)"),
            QStringLiteral("CREATE INDEX events_by_profile ON events (profile_id, id)"),
        };
    case 3:
        // An identity of this database file, so that a write-ahead log that
        // belongs to another file can be recognised (ProgressStore::open).
        return {
            QStringLiteral("INSERT OR IGNORE INTO settings (key, value)"
                           " VALUES ('database_id', lower(hex(randomblob(16))))"),
        };
    default:
        return {};
    }
}

} // namespace Schema
