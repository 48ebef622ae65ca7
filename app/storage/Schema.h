// The progress store's schema as an ordered list of forward migrations, in
// the SQL of SQLite and of PostgreSQL: the same tables, columns and meaning in
// both (text timestamps stay text). Migration N takes a database from version
// N-1 to N. Never edit a released migration: add a new one.
#pragma once

#include <QStringList>

namespace Schema {
// The newest schema version this program writes.
inline constexpr int LatestVersion = 6;

enum class Dialect { Sqlite, Postgres };

// SQL statements of migration `version` (1..LatestVersion).
QStringList migration(int version, Dialect dialect = Dialect::Sqlite);

// The assignments that set the search columns of version 6 (search_name,
// search_code) from the profile's own fields, for `UPDATE profiles SET …`.
// Migration 6 fills existing profiles with it and ProgressStore keeps them
// current with it: change it only together with a new migration that fills
// them again.
QString searchColumns();
} // namespace Schema
