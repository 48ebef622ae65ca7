// The progress store's schema as an ordered list of forward migrations.
// Migration N takes a database from version N-1 to N. Never edit a released
// migration: add a new one.
#pragma once

#include <QStringList>

namespace Schema {
// The newest schema version this program writes.
inline constexpr int LatestVersion = 3;

// SQL statements of migration `version` (1..LatestVersion).
QStringList migration(int version);
} // namespace Schema
