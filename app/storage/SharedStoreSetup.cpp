#include "SharedStoreSetup.h"

#include "ProgressStore.h"
#include "Schema.h"

#include <QAtomicInteger>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

const QStringList SharedStoreSetup::DataTables
    = {QStringLiteral("profiles"), QStringLiteral("profile_fields"), QStringLiteral("step_states"),
        QStringLiteral("events"), QStringLiteral("settings")};

namespace {

// The statements that give `role` (already checked: a plain identifier) its
// rights in `schema` (quoted by the server). REVOKE first: rights granted by
// hand before (ALL, TRUNCATE, REFERENCES, TRIGGER) are taken back, so that
// running it again leaves exactly these.
QStringList grants(const QString &role, const QString &schema)
{
    const QString dataTables = SharedStoreSetup::DataTables.join(QStringLiteral(", "));
    const QString quotedRole = QLatin1Char('"') + role + QLatin1Char('"');
    return {
        // CREATE ROLE has no IF NOT EXISTS.
        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles"
                       " WHERE rolname = '%1') THEN CREATE ROLE %2 NOLOGIN; END IF; END $$")
            .arg(role, quotedRole),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, quotedRole),
        QStringLiteral("REVOKE ALL ON %1, %2 FROM %3")
            .arg(dataTables, SharedStoreSetup::VersionTable, quotedRole),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO %2")
            .arg(dataTables, quotedRole),
        QStringLiteral("GRANT SELECT ON %1 TO %2").arg(SharedStoreSetup::VersionTable, quotedRole),
        // The ids the database counts up (identity columns).
        QStringLiteral("DO $$ BEGIN EXECUTE format('GRANT USAGE ON SEQUENCE %s, %s TO %I',"
                       " pg_get_serial_sequence('profiles', 'id'),"
                       " pg_get_serial_sequence('events', 'id'), '%1'); END $$")
            .arg(role),
    };
}

Error failed(const StoreAddress &address, const QSqlQuery &query, const QString &sql)
{
    return Error {SharedStoreSetup::tr(
                      "The shared database %1 could not be set up: %2", "@info setup-database")
                      .arg(address.displayName(), address.scrubbed(query.lastError().text())),
        sql};
}

} // namespace

bool SharedStoreSetup::isValidRoleName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return plain.match(name).hasMatch();
}

Result<QStringList> SharedStoreSetup::run(
    const StoreAddress &address, const QString &staffRole, const QDateTime &now)
{
    if (!address.isPostgres())
        return Error {tr("setup-database is for a shared PostgreSQL database (--database "
                         "postgresql://…); a SQLite file needs no setup.",
                          "@info setup-database"),
            address.displayName()};
    if (!isValidRoleName(staffRole))
        return Error {tr("The staff role name \"%1\" is not usable: use lower-case letters, "
                         "digits and underscores (at most 63), not starting with a digit.",
                          "@info setup-database")
                          .arg(staffRole),
            QString()};
    // The schema first, as the program always brings it up (in one
    // transaction, under the lock every program shares).
    {
        ProgressStore::OpenOptions options;
        options.now = now;
        Result<std::unique_ptr<ProgressStore>> store = ProgressStore::open(address, options);
        if (!store)
            return store.error();
    }
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("fincloud-setup-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<QStringList> result = QStringList();
    {
        Result<QSqlDatabase> opened = address.addConnection(name);
        if (!opened)
            return opened.error();
        QSqlDatabase db = opened.value();
        QSqlQuery query(db);
        QString schema;
        if (query.exec(QStringLiteral("SELECT quote_ident(current_schema())")) && query.next())
            schema = query.value(0).toString();
        if (schema.isEmpty()) {
            result = failed(address, query, QStringLiteral("current_schema()"));
        } else if (!db.transaction()) {
            result = failed(address, query, QStringLiteral("BEGIN"));
        } else {
            for (const QString &sql : grants(staffRole, schema)) {
                if (!query.exec(sql)) {
                    result = failed(address, query, sql);
                    break;
                }
            }
            if (!result) {
                db.rollback();
            } else if (!db.commit()) {
                result = failed(address, query, QStringLiteral("COMMIT"));
                db.rollback();
            }
        }
        if (result) {
            QStringList lines {
                tr("The shared database %1 is at schema version %2.", "@info setup-database")
                    .arg(address.displayName(), QString::number(Schema::LatestVersion)),
                tr("Staff role %1 may read and write the profiles; it may not create, alter "
                   "or drop tables.",
                    "@info setup-database")
                    .arg(staffRole),
                tr("Give each person a login of their own in it, for example: CREATE ROLE "
                   "alice LOGIN PASSWORD '…' IN ROLE %1;",
                    "@info setup-database")
                    .arg(staffRole),
            };
            // PostgreSQL before 15 lets everyone create tables in the public
            // schema. Said, not changed: other programs may use that schema.
            QSqlQuery check(db);
            if (check.exec(QStringLiteral("SELECT has_schema_privilege('%1', current_schema(),"
                                          " 'CREATE')")
                               .arg(staffRole))
                && check.next() && check.value(0).toBool())
                lines << tr("Warning: role %1 may still create tables in schema %2 (granted to "
                            "it or to PUBLIC). To take that away: REVOKE CREATE ON SCHEMA %2 "
                            "FROM PUBLIC, %1;",
                    "@info setup-database")
                             .arg(staffRole, schema);
            result = lines;
        }
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
