// The shared store as a team runs it (issue 23), on real PostgreSQL servers:
// the server, not the client, names the role that wrote each event; staff
// logins with data rights only run the wizard's store and every command, and
// one that finds an older schema says whom to ask and changes nothing; TLS
// with verify-full connects, and a wrong CA or host name is refused with a
// sentence naming the cause.
#include "common/ProgramRun.h"
#include "common/ScratchStore.h"
#include "session/EventText.h"
#include "storage/ProgressStore.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

const QDateTime T0(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
const QString Password = QStringLiteral("staff-pw-1");

// Runs `statements` on `url` in order; the first error's text, or empty.
QString runSql(const QString &url, const QStringList &statements, QVariant *firstValue = nullptr)
{
    static int counter = 0;
    const QString name = QStringLiteral("pgsecurity-%1").arg(++counter);
    QString problem;
    {
        Result<QSqlDatabase> db = StoreAddress::parse(url).value().addConnection(name);
        if (!db)
            return db.error().message + QLatin1Char(' ') + db.error().details;
        QSqlQuery query(db.value());
        for (const QString &sql : statements) {
            if (!query.exec(sql)) {
                problem = query.lastError().text();
                break;
            }
            if (firstValue && query.isSelect() && query.next())
                *firstValue = query.value(0);
        }
        query = QSqlQuery();
        db.value().close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

QVariant valueOf(const QString &url, const QString &sql)
{
    QVariant value;
    const QString problem = runSql(url, {sql}, &value);
    if (!problem.isEmpty())
        qWarning() << sql << problem;
    return value;
}

// Login and group roles of one test, dropped after its database (a role
// with rights in a database cannot be dropped while that exists).
class TestRoles
{
public:
    TestRoles() : m_prefix(QStringLiteral("fc%1_").arg(QCoreApplication::applicationPid())) { }
    ~TestRoles()
    {
        if (!m_names.isEmpty())
            ScratchStore::admin(QStringLiteral("DROP ROLE IF EXISTS ") + m_names.join(u", "));
    }
    QString name(const QString &base)
    {
        const QString full = m_prefix + base;
        if (!m_names.contains(full))
            m_names << full;
        return full;
    }
    // A login role with Password, member of `group`.
    QString login(const QString &base, const QString &group)
    {
        const QString role = name(base);
        const QString problem
            = ScratchStore::admin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3")
                                      .arg(role, Password, group));
        if (!problem.isEmpty())
            qWarning() << "create role" << problem;
        return role;
    }

private:
    QString m_prefix;
    QStringList m_names;
};

// The scratch database's address as `role` (password login over TCP).
QString urlAs(const ScratchStore &scratch, const QString &role)
{
    const StoreAddress &admin = scratch.address();
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
        .arg(role, Password, admin.host(), QString::number(admin.port()), admin.databaseName());
}

ProgramRun program(const QString &database, const QStringList &arguments)
{
    return ProgramRun::start(QStringList {QStringLiteral("--database"), database} + arguments);
}

// A private PostgreSQL server that requires TLS (pg-test-cluster.sh with
// FINCLOUD_PG_TLS=1), beside the shared one so that its cleanup also stops
// this one if the test is killed.
class TlsServer
{
public:
    TlsServer()
    {
        const QString shared = qEnvironmentVariable("FINCLOUD_TEST_PG_STATE");
        const QString file
            = QStringLiteral("private-%1-tls.env").arg(QCoreApplication::applicationPid());
        m_state = shared.isEmpty() ? m_dir.filePath(file) : QFileInfo(shared).dir().filePath(file);
    }
    ~TlsServer()
    {
        if (m_started)
            script(QStringLiteral("stop"));
    }
    bool start() { return m_started = script(QStringLiteral("start")); }
    QString value(const QString &key) const
    {
        QFile state(m_state);
        if (!state.open(QIODevice::ReadOnly))
            return {};
        for (const QByteArray &line : state.readAll().split('\n')) {
            const QString text = QString::fromUtf8(line).trimmed();
            if (text.startsWith(key + QLatin1Char('=')))
                return text.mid(key.size() + 1);
        }
        return {};
    }
    QString url(const QString &host, const QString &options) const
    {
        return QStringLiteral("postgresql://fincloud_test:%1@%2:%3/postgres?%4")
            .arg(value(QStringLiteral("PG_PASSWORD")), host, value(QStringLiteral("PG_PORT")),
                options);
    }

private:
    bool script(const QString &command)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("FINCLOUD_PG_TLS"), QStringLiteral("1"));
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        process.start(
            QStringLiteral("bash"), {QStringLiteral(FINCLOUD_PG_SCRIPT), command, m_state});
        return process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0;
    }

    QTemporaryDir m_dir;
    QString m_state;
    bool m_started = false;
};

#define REQUIRE_PG_SERVER()                                                                        \
    if (ScratchStore::serverUrl().isEmpty()) {                                                     \
        if (qEnvironmentVariableIntValue("FINCLOUD_REQUIRE_PG"))                                   \
            QFAIL("FINCLOUD_REQUIRE_PG is set, but no PostgreSQL test server was started");        \
        QSKIP("no PostgreSQL test server (run the tests with ctest)");                             \
    }

} // namespace

class TestPgSecurity : public QObject
{
    Q_OBJECT
private slots:
    void roleMigrationIsIdempotentAndNamesNobodyOnOldEvents();
    void sqliteKeepsTheOsUser();
    void theServerNamesTheRoleThatWrote();
    void staffHaveDataRightsOnly();
    void staffFindingAnOlderSchemaChangeNothing();
    void staffFindingNoTablesChangeNothing();
    void anOlderSchemaIsNamedWithItsAddressIntact();
    void tlsVerifyFullConnectsAndWrongCertificatesAreRefused();
};

void TestPgSecurity::roleMigrationIsIdempotentAndNamesNobodyOnOldEvents()
{
    SCRATCH_STORE(scratch, QStringLiteral("postgres"));
    qint64 id = 0;
    {
        auto old
            = std::move(ProgressStore::open(scratch.address(), Schema::ArchiveAndDelete)).value();
        old->setActor(QStringLiteral("ann"));
        id = old->createProfile(QStringLiteral("ACME"), T0).value().id;
    }
    auto store = std::move(ProgressStore::open(scratch.address())).value();
    QCOMPARE(store->schemaVersion(), Schema::ServerRecordedRole);
    // The event from before the migration names no role: not the migrating
    // administrator's.
    const QList<ProfileEvent> events = store->events(id).value();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().actor, QStringLiteral("ann"));
    QVERIFY(events.first().role.isEmpty());
    QCOMPARE(EventText::who(events.first()), QStringLiteral("ann"));
    // Every statement of the migration may run again without harm.
    const QString again = runSql(
        scratch.url(), Schema::migration(Schema::ServerRecordedRole, Schema::Dialect::Postgres));
    QVERIFY2(again.isEmpty(), qPrintable(again));
    // Still one trigger, and it still works.
    QCOMPARE(valueOf(scratch.url(),
                 QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = 'events_db_role'"))
                 .toInt(),
        1);
    QVERIFY(
        store->saveFields(id, {{QStringLiteral("register.email"), QStringLiteral("a@b.cn")}}, T0)
            .ok());
    QCOMPARE(store->events(id).value().first().role, store->serverRole());
    QCOMPARE(store->serverRole(), ScratchStore::serverValue(QStringLiteral("PG_USER")));
}

void TestPgSecurity::sqliteKeepsTheOsUser()
{
    SCRATCH_STORE(scratch, QStringLiteral("sqlite"));
    auto store = std::move(ProgressStore::open(scratch.address())).value();
    store->setActor(QStringLiteral("ann"));
    const qint64 id = store->createProfile(QStringLiteral("ACME"), T0).value().id;
    const ProfileEvent event = store->events(id).value().first();
    QVERIFY(store->serverRole().isEmpty());
    QVERIFY(event.role.isEmpty());
    QCOMPARE(EventText::who(event), QStringLiteral("ann"));
}

void TestPgSecurity::theServerNamesTheRoleThatWrote()
{
    REQUIRE_PG_SERVER();
    TestRoles roles;
    SCRATCH_STORE(scratch, QStringLiteral("postgres"));
    const QString staff = roles.name(QStringLiteral("staff"));
    const ProgramRun setup = program(
        scratch.url(), {QStringLiteral("setup-database"), QStringLiteral("--staff-role"), staff});
    QVERIFY2(setup.exitCode == 0, setup.err.constData());
    const QString alice = roles.login(QStringLiteral("alice"), staff);
    const QString bob = roles.login(QStringLiteral("bob"), staff);

    auto store = std::move(ProgressStore::open(StoreAddress::parse(urlAs(scratch, alice)).value()))
                     .value();
    QCOMPARE(store->serverRole(), alice);
    store->setActor(QStringLiteral("root")); // what the client says: any name
    const qint64 id = store->createProfile(QStringLiteral("ACME"), T0).value().id;
    ProfileEvent created = store->events(id).value().first();
    QCOMPARE(created.role, alice);
    QCOMPARE(created.actor, QStringLiteral("root"));
    QCOMPARE(EventText::who(created), QStringLiteral("%1 (on machine: root)").arg(alice));

    // A client naming another role itself: the server writes its own name.
    const QString forged = runSql(urlAs(scratch, alice),
        {QStringLiteral(
            "INSERT INTO events (profile_id, at, actor, kind, subject, version, db_role)"
            " VALUES (%1, '2026-11-02T09:31:00.000Z', 'bob-laptop', 'field',"
            " 'register.email', 1, '%2')")
                .arg(id)
                .arg(bob)});
    QVERIFY2(forged.isEmpty(), qPrintable(forged));
    QCOMPARE(valueOf(scratch.url(),
                 QStringLiteral("SELECT db_role FROM events WHERE actor = 'bob-laptop'"))
                 .toString(),
        alice);
    // Nor can an update move an event to another role.
    const QString moved = runSql(urlAs(scratch, alice),
        {QStringLiteral("UPDATE events SET db_role = '%1' WHERE profile_id = %2")
                .arg(bob)
                .arg(id)});
    QVERIFY2(moved.isEmpty(), qPrintable(moved));
    QCOMPARE(valueOf(scratch.url(),
                 QStringLiteral("SELECT count(*) FROM events WHERE db_role = '%1'").arg(bob))
                 .toInt(),
        0);

    // status, its JSON and an export show the role; the machine second.
    const ProgramRun status = program(urlAs(scratch, bob),
        {QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("ACME")});
    QVERIFY2(status.exitCode == 0, status.err.constData());
    QVERIFY2(
        status.out.contains(QStringLiteral("by %1 (on machine: bob-laptop)").arg(alice).toUtf8()),
        status.out.constData());
    const ProgramRun json = program(urlAs(scratch, bob),
        {QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("ACME"),
            QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject last = QJsonDocument::fromJson(json.out)
                                 .object()
                                 .value(u"profiles")
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(u"lastChange")
                                 .toObject();
    QCOMPARE(last.value(u"role").toString(), alice);
    QCOMPARE(last.value(u"onMachine").toString(), QStringLiteral("bob-laptop"));
    const QString file = scratch.folder() + QStringLiteral("/acme.json");
    const ProgramRun exported = program(urlAs(scratch, bob),
        {QStringLiteral("export"), QStringLiteral("--profile"), QStringLiteral("ACME"),
            QStringLiteral("--out"), file});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QJsonArray events
        = QJsonDocument::fromJson(written.readAll()).object().value(u"events").toArray();
    QVERIFY(!events.isEmpty());
    for (const QJsonValue &event : events)
        QCOMPARE(event.toObject().value(u"role").toString(), alice);
}

void TestPgSecurity::staffHaveDataRightsOnly()
{
    REQUIRE_PG_SERVER();
    TestRoles roles;
    SCRATCH_STORE(scratch, QStringLiteral("postgres"));
    const QString staff = roles.name(QStringLiteral("staff"));
    const QStringList setupArguments {
        QStringLiteral("setup-database"), QStringLiteral("--staff-role"), staff};
    const ProgramRun first = program(scratch.url(), setupArguments);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY(first.out.contains("may not create, alter or drop"));
    // Again: nothing new, the same answer.
    const ProgramRun second = program(scratch.url(), setupArguments);
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(second.out, first.out);
    const QString clerk = roles.login(QStringLiteral("clerk"), staff);
    const QString url = urlAs(scratch, clerk);

    // The wizard's store: create, save, move on.
    {
        auto store = std::move(ProgressStore::open(StoreAddress::parse(url).value())).value();
        const ProfileData created = store->createProfile(QStringLiteral("ACME"), T0).value();
        const Result<int> saved = store->saveFields(created.id,
            {{QStringLiteral("register.email"), QStringLiteral("it@acme.cn")}}, T0,
            created.version);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().details));
        QVERIFY(
            store->setSetting(QStringLiteral("last_profile"), QString::number(created.id)).ok());
        QVERIFY(store->saveCurrentPage(created.id, 2).ok());
    }
    // Every command that reaches the database.
    const QString file = scratch.folder() + QStringLiteral("/acme.json");
    const QList<QStringList> commands {
        {QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("ACME")},
        {QStringLiteral("status"), QStringLiteral("--all"), QStringLiteral("--json")},
        {QStringLiteral("export"), QStringLiteral("--profile"), QStringLiteral("ACME"),
            QStringLiteral("--out"), file},
        {QStringLiteral("import"), file, QStringLiteral("--on-conflict"),
            QStringLiteral("replace")},
        {QStringLiteral("import"), file, QStringLiteral("--on-conflict"),
            QStringLiteral("keep-both")},
        {QStringLiteral("diagnostics")},
    };
    for (const QStringList &command : commands) {
        const ProgramRun run = program(url, command);
        QVERIFY2(run.exitCode == 0,
            qPrintable(command.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(run.err)));
    }
    QCOMPARE(valueOf(scratch.url(), QStringLiteral("SELECT count(*) FROM profiles")).toInt(), 2);

    // No CREATE, ALTER, DROP, TRUNCATE; the schema version is read only.
    for (const QString &sql : {QStringLiteral("CREATE TABLE notes (x INTEGER)"),
             QStringLiteral("ALTER TABLE events ADD COLUMN x INTEGER"),
             QStringLiteral("DROP TABLE events"), QStringLiteral("TRUNCATE events"),
             QStringLiteral("CREATE INDEX x ON events (kind)"),
             QStringLiteral("DROP TRIGGER events_db_role ON events"),
             QStringLiteral("UPDATE schema_version SET version = 99")}) {
        const QString refused = runSql(url, {sql});
        QVERIFY2(refused.contains(QStringLiteral("permission denied"))
                || refused.contains(QStringLiteral("must be owner")),
            qPrintable(sql + QStringLiteral(": ") + refused));
    }
    QCOMPARE(valueOf(scratch.url(), QStringLiteral("SELECT version FROM schema_version")).toInt(),
        Schema::LatestVersion);
}

void TestPgSecurity::staffFindingAnOlderSchemaChangeNothing()
{
    REQUIRE_PG_SERVER();
    TestRoles roles;
    SCRATCH_STORE(scratch, QStringLiteral("postgres"));
    // Set up by an earlier version: its tables, data rights for staff.
    QVERIFY(ProgressStore::open(scratch.address(), Schema::ArchiveAndDelete).ok());
    const QString staff = roles.name(QStringLiteral("staff"));
    QCOMPARE(ScratchStore::admin(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(staff)), QString());
    QCOMPARE(runSql(scratch.url(),
                 {QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "
                                 "public TO %1")
                         .arg(staff)}),
        QString());
    const QString clerk = roles.login(QStringLiteral("clerk"), staff);
    const StoreAddress address = StoreAddress::parse(urlAs(scratch, clerk)).value();

    for (const ProgressStore::Access access :
        {ProgressStore::Access::ReadWrite, ProgressStore::Access::ReadOnly}) {
        const Result<std::unique_ptr<ProgressStore>> opened
            = ProgressStore::open(address, ProgressStore::OpenOptions {access, -1, {}});
        QVERIFY(!opened.ok());
        const QString message = opened.error().message;
        QVERIFY2(message.contains(QStringLiteral("schema %1; this version needs %2")
                                      .arg(Schema::ArchiveAndDelete)
                                      .arg(Schema::LatestVersion))
                && message.contains(clerk)
                && message.contains(QStringLiteral("Nothing was changed. Ask your administrator to "
                                                   "run: fincloud-onboard setup-database")),
            qPrintable(message));
    }
    const ProgramRun status = program(urlAs(scratch, clerk), {QStringLiteral("status")});
    QCOMPARE(status.exitCode, 2);
    QVERIFY2(status.err.contains("Ask your administrator"), status.err.constData());
    // Untouched.
    QCOMPARE(valueOf(scratch.url(), QStringLiteral("SELECT version FROM schema_version")).toInt(),
        Schema::ArchiveAndDelete);
    QCOMPARE(valueOf(scratch.url(),
                 QStringLiteral("SELECT count(*) FROM information_schema.columns"
                                " WHERE table_name = 'events' AND column_name = 'db_role'"))
                 .toInt(),
        0);
    // The administrator's run brings it up; then the clerk is in.
    QCOMPARE(program(scratch.url(),
                 {QStringLiteral("setup-database"), QStringLiteral("--staff-role"), staff})
                 .exitCode,
        0);
    QVERIFY(ProgressStore::open(address).ok());
}

void TestPgSecurity::anOlderSchemaIsNamedWithItsAddressIntact()
{
    REQUIRE_PG_SERVER();
    // A database whose name holds a '/': the address shows it as "%2F",
    // which must not be taken for a place marker of the message.
    const QString name = QStringLiteral("fincloud_t%1/ops").arg(QCoreApplication::applicationPid());
    QCOMPARE(ScratchStore::admin(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)), QString());
    const auto dropped = qScopeGuard([&name] {
        ScratchStore::admin(
            QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
    });
    const QString server = ScratchStore::serverUrl();
    const Result<StoreAddress> address
        = StoreAddress::parse(server.left(server.lastIndexOf(QLatin1Char('/')) + 1)
            + QString::fromLatin1(QUrl::toPercentEncoding(name)));
    QVERIFY(address);
    QCOMPARE(address.value().databaseName(), name);
    QVERIFY(address.value().displayName().contains(QStringLiteral("%2Fops")));
    QVERIFY(ProgressStore::open(address.value(), Schema::ArchiveAndDelete).ok());

    const Result<std::unique_ptr<ProgressStore>> reading = ProgressStore::open(
        address.value(), ProgressStore::OpenOptions {ProgressStore::Access::ReadOnly, -1, {}});
    QVERIFY(!reading.ok());
    const QString message = reading.error().message;
    QVERIFY2(message.contains(address.value().displayName())
            && message.contains(QStringLiteral("(schema %1 of %2)")
                                    .arg(Schema::ArchiveAndDelete)
                                    .arg(Schema::LatestVersion)),
        qPrintable(message));
}

void TestPgSecurity::staffFindingNoTablesChangeNothing()
{
    REQUIRE_PG_SERVER();
    TestRoles roles;
    SCRATCH_STORE(scratch, QStringLiteral("postgres"));
    const QString staff = roles.name(QStringLiteral("staff"));
    QCOMPARE(ScratchStore::admin(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(staff)), QString());
    const QString clerk = roles.login(QStringLiteral("clerk"), staff);
    const Result<std::unique_ptr<ProgressStore>> opened
        = ProgressStore::open(StoreAddress::parse(urlAs(scratch, clerk)).value());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QStringLiteral("has no tables yet"))
            && opened.error().message.contains(QStringLiteral("Ask your administrator")),
        qPrintable(opened.error().message));
    QCOMPARE(valueOf(scratch.url(),
                 QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
                 .toInt(),
        0);
}

void TestPgSecurity::tlsVerifyFullConnectsAndWrongCertificatesAreRefused()
{
    REQUIRE_PG_SERVER();
    TlsServer server;
    QVERIFY(server.start());
    const QString ca = server.value(QStringLiteral("PG_TLS_CA"));
    const QString wrongCa = server.value(QStringLiteral("PG_TLS_WRONG_CA"));
    QVERIFY(QFileInfo::exists(ca) && QFileInfo::exists(wrongCa));

    // The address the README gives a team: the host name the certificate names.
    const QString good = server.url(
        QStringLiteral("localhost"), QStringLiteral("sslmode=verify-full&sslrootcert=") + ca);
    {
        const Result<std::unique_ptr<ProgressStore>> opened
            = ProgressStore::open(StoreAddress::parse(good).value());
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().details));
    }
    QCOMPARE(
        valueOf(good, QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
            .toBool(),
        true);

    struct Refusal
    {
        QString url;
        QString cause;
    };
    const QList<Refusal> refusals {
        {server.url(QStringLiteral("localhost"),
             QStringLiteral("sslmode=verify-full&sslrootcert=") + wrongCa),
            QStringLiteral("The server's certificate is not signed by the certificate authority "
                           "given in sslrootcert")},
        {server.url(
             QStringLiteral("127.0.0.1"), QStringLiteral("sslmode=verify-full&sslrootcert=") + ca),
            QStringLiteral("The server's certificate is for \"localhost\", not for "
                           "\"127.0.0.1\"")},
        {server.url(QStringLiteral("localhost"), QStringLiteral("sslmode=disable")),
            QStringLiteral("The server does not accept this login without TLS")},
    };
    for (const Refusal &refusal : refusals) {
        const Result<std::unique_ptr<ProgressStore>> opened
            = ProgressStore::open(StoreAddress::parse(refusal.url).value());
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(refusal.cause),
            qPrintable(opened.error().message + QStringLiteral(" / ") + opened.error().details));
        // The program says it too, and the password never.
        const ProgramRun status = program(refusal.url, {QStringLiteral("status")});
        QCOMPARE(status.exitCode, 2);
        QVERIFY2(status.err.contains(refusal.cause.toUtf8()), status.err.constData());
        QVERIFY(!status.err.contains(server.value(QStringLiteral("PG_PASSWORD")).toUtf8()));
    }
}

QTEST_GUILESS_MAIN(TestPgSecurity)
#include "tst_pgsecurity.moc"
