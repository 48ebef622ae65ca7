#include "SchemaMigrator.h"

#include "EventLog.h"
#include "ProfileRecords.h"
#include "ProgressStore.h"
#include "Schema.h"
#include "StoreConnection.h"
#include "StoreErrorKind.h"
#include "StoreFileSafety.h"
#include "StoreQuery.h"

#include "core/OsUser.h"

#include <QDir>
#include <QSqlQuery>

SchemaMigrator::SchemaMigrator(StoreConnection &connection, QDateTime now)
    : m_connection(connection)
    , m_now(std::move(now))
{ }

int SchemaMigrator::version() const
{
    const QSqlDatabase db = m_connection.db();
    if (m_connection.isShared()) {
        // QPSQL's tables() lists every schema; this follows the search_path.
        // A scan of the catalog, not to_regclass(): that answers from the
        // session's cache, which may still hold "no such table" from before
        // another program's migration committed (while waiting for it here).
        QSqlQuery exists(db);
        if (!exists.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables"
                                        " WHERE tablename = 'schema_version'"
                                        " AND schemaname = ANY (current_schemas(false)))"))
            || !exists.next() || !exists.value(0).toBool())
            return 0;
    } else if (!db.tables().contains(QStringLiteral("schema_version"))) {
        return 0;
    }
    // The table is there: a version that cannot be read is not "none".
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next())
        return ProgressStore::UnreadableVersion;
    bool ok = false;
    const int version = query.value(0).toInt(&ok);
    return ok && version >= 0 ? version : ProgressStore::UnreadableVersion;
}

Result<> SchemaMigrator::settleProfiles()
{
    // Stored by earlier versions, before outcome and status were one truth:
    // "approved" beside "not started", a refusal for public-cloud resources
    // beside the ticked confirmation, steps 4 and 5 filled but not started.
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    // Recorded as the person whose program upgraded the database.
    // Older schemas settle too, before the archive and delete columns exist.
    ProfileRecords records(m_connection,
        EventLog(m_connection, {osUserName(), QString(), version() >= Schema::ServerRecordedRole}),
        version() >= Schema::ArchiveAndDelete);
    const Result<QList<ProfileSummary>> profiles = records.list();
    if (!profiles)
        return profiles.error();
    for (const ProfileSummary &summary : profiles.value()) {
        if (Result<> settled = records.settle(summary.id, now); !settled)
            return settled;
    }
    return {};
}

std::optional<Error> SchemaMigrator::missingRights(int current, int target) const
{
    if (!m_connection.isShared() || current >= target)
        return std::nullopt;
    // Creating tables, functions and triggers needs CREATE on the schema;
    // ALTER TABLE and CREATE INDEX need to own the table (or be a member of
    // the role that owns it). Asked of the catalog before anything is tried,
    // so that nothing is half done and the answer is plain.
    QSqlQuery query(m_connection.db());
    if (!query.exec(QStringLiteral(
            "SELECT session_user, COALESCE(has_schema_privilege(current_schema(), 'CREATE'), false)"
            " AND COALESCE((SELECT bool_and(pg_has_role(tableowner, 'USAGE'))"
            " FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
            " AND tablename IN ('schema_version', 'profiles', 'profile_fields', 'step_states',"
            " 'events', 'settings')), true)"))
        || !query.next())
        return std::nullopt; // not known: the migration itself will say what fails
    if (query.value(1).toBool())
        return std::nullopt;
    const QString role = query.value(0).toString();
    const QString command
        = QStringLiteral("fincloud-onboard setup-database --database %1 --staff-role STAFF-ROLE")
              .arg(m_connection.location());
    const QString message = current == 0
        ? ProgressStore::tr("The shared database %1 has no tables yet, and the database role %2 "
                            "may not create them. Nothing was changed. Ask your administrator "
                            "to run: %3",
            "@info")
              .arg(m_connection.location(), role, command)
        : ProgressStore::tr("The shared database %1 holds the tables of an older version of the "
                            "program (schema %2; this version needs %3), and the database role "
                            "%4 may not change them. Nothing was changed. Ask your "
                            "administrator to run: %5",
            "@info")
              // One arg(): an address may hold percent-encoded text like %2F.
              .arg(m_connection.location(), QString::number(current), QString::number(target), role,
                  command);
    return Error {message, QStringLiteral("no right to migrate the schema")};
}

Result<> SchemaMigrator::migrateTo(int targetVersion)
{
    const int current = version();
    if (current == ProgressStore::UnreadableVersion)
        return storeError(StoreErrorKind::Damaged,
            ProgressStore::tr("The progress database %1 does not say which version of the "
                              "program wrote it (its schema_version table is empty or "
                              "unreadable). It was not changed.",
                "@info")
                .arg(QDir::toNativeSeparators(m_connection.location())),
            QStringLiteral("schema_version unreadable"));
    if (!m_connection.isShared() && !m_connection.isReadOnly() && current > 0
        && current < targetVersion && current <= Schema::LatestVersion)
        StoreFileSafety(m_connection, m_now)
            .backUp(QStringLiteral("before-migration-%1").arg(current));
    if (current > Schema::LatestVersion)
        return storeError(StoreErrorKind::Newer,
            ProgressStore::tr("This database was written by a newer version of the program "
                              "(schema %1; this version knows up to %2). It was not changed.",
                "@info")
                .arg(current)
                .arg(Schema::LatestVersion),
            m_connection.location());
    if (current >= targetVersion)
        return {};
    if (const std::optional<Error> refusal = missingRights(current, targetVersion))
        return *refusal;
    // All pending steps in one transaction: the database is either fully
    // upgraded or left as it was, and a new database costs one durable
    // commit instead of one per version (each a sync to disk at start-up).
    // It holds the write lock from the start: several programs starting at
    // once on a new database wait here, and the later ones find it done.
    return m_connection.exclusively([&]() -> Result<> {
        const int start = version();
        if (start == ProgressStore::UnreadableVersion)
            return storeError(StoreErrorKind::Damaged,
                ProgressStore::tr("The progress database could not be read or written.", "@info"),
                QStringLiteral("schema_version unreadable"));
        for (int step = start + 1; step <= targetVersion; ++step) {
            for (const QString &sql : Schema::migration(step, m_connection.dialect())) {
                if (Result<> done = m_connection.exec(sql); !done)
                    return done;
            }
            if (step == Schema::SettledByFlowRules) {
                if (Result<> settled = settleProfiles(); !settled)
                    return settled;
            }
            if (Result<> recorded
                = StoreQuery(m_connection, QStringLiteral("UPDATE schema_version SET version = ?"))
                      .run(QStringLiteral("schema version"), {step});
                !recorded)
                return recorded;
        }
        return {};
    });
}
