// The progress store's schema as an ordered list of forward migrations, in
// the SQL of SQLite and of PostgreSQL: the same tables, columns and meaning in
// both (text timestamps stay text). Migration N takes a database from version
// N-1 to N. Never edit a released migration: add a new one.
#pragma once

#include <QStringList>

namespace Schema {
// The newest schema version this program writes.
inline constexpr int LatestVersion = 9;
// Migration 7 changes no table: every stored profile is made to agree with
// the flow rules (FlowRules::settle: step 3's outcome and status, steps with
// entered data at least in progress), through ordinary saves with events.
inline constexpr int SettledByFlowRules = 7;
// Migration 8: a profile can be archived (kept whole, hidden from the
// default lists) and deleted (kept as a tombstone: hidden from every list,
// its fields and events stay, so support can see who deleted it and when, and
// undo it).
inline constexpr int ArchiveAndDelete = 8;
// Migration 9: every event names the database role that wrote it
// (events.db_role). On PostgreSQL the server fills it in with session_user
// on every insert and update, whatever the client sent, so the timeline's
// "who" is the login the server checked, not a name the client chose; the
// client's own name (the OS user) stays in `actor` as "on machine". On
// SQLite there is no server identity: db_role stays empty (NULL), except for
// events imported from a file that names one.
inline constexpr int ServerRecordedRole = 9;

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
