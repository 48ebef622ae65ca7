// The progress store's schema as an ordered list of forward migrations, in
// the SQL of SQLite and of PostgreSQL: the same tables, columns and meaning in
// both (text timestamps stay text). Migration N takes a database from version
// N-1 to N. Never edit a released migration: add a new one.
#pragma once

#include <QStringList>

namespace Schema {
// The newest schema version this program writes.
inline constexpr int LatestVersion = 5;

enum class Dialect { Sqlite, Postgres };

// SQL statements of migration `version` (1..LatestVersion).
QStringList migration(int version, Dialect dialect = Dialect::Sqlite);
} // namespace Schema
