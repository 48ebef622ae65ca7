// The progress store on a real SQLite file in a temporary folder and on a
// real PostgreSQL server (tests/pg): every portable test runs once per
// backend ("sqlite" and "postgres" rows). Create, save, reopen, migrate from
// version 1, refuse newer databases, and two stores on one database that
// refuse to overwrite each other's changes.
#include "common/ScratchStore.h"
#include "onboarding/FieldKey.h"
#include "onboarding/FlowRules.h"
#include "storage/ProgressStore.h"
#include "storage/Schema.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDateTime T0(QDate(2026, 11, 2), QTime(9, 30, 15, 250), Qt::UTC);

std::unique_ptr<ProgressStore> openStore(const StoreAddress &address)
{
    Result<std::unique_ptr<ProgressStore>> store = ProgressStore::open(address);
    if (!store)
        qWarning() << store.error().message << store.error().details;
    return store ? std::move(store).value() : nullptr;
}

// A second, independent connection: what another process would see.
QVariant rawValue(const StoreAddress &address, const QString &sql)
{
    QVariant value;
    {
        Result<QSqlDatabase> db = address.addUnconfiguredConnection(QStringLiteral("raw"));
        if (db) {
            QSqlQuery query(db.value());
            if (query.exec(sql) && query.next())
                value = query.value(0);
            query = QSqlQuery();
            db.value().close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return value;
}

bool rawExec(const StoreAddress &address, const QStringList &statements)
{
    bool ok = true;
    {
        Result<QSqlDatabase> db = address.addUnconfiguredConnection(QStringLiteral("raw"));
        ok = db.ok();
        for (const QString &sql : statements) {
            if (!ok)
                break;
            QSqlQuery query(db.value());
            ok = query.exec(sql);
            if (!ok)
                qWarning() << query.lastError().text();
        }
        if (db)
            db.value().close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestProgressStore : public QObject
{
    Q_OBJECT
private slots:
    void createsOwnerOnlyFileInNewFolder();
    void usesWriteAheadLog();
    void createListAndLoad_data() { ScratchStore::addBackendRows(); }
    void createListAndLoad();
    void valuesSurviveReopen_data() { ScratchStore::addBackendRows(); }
    void valuesSurviveReopen();
    void stepStatesSurviveReopen_data() { ScratchStore::addBackendRows(); }
    void stepStatesSurviveReopen();
    void eventsRecordWhoAndWhatWithoutFieldValues_data() { ScratchStore::addBackendRows(); }
    void eventsRecordWhoAndWhatWithoutFieldValues();
    void settings_data() { ScratchStore::addBackendRows(); }
    void settings();
    void burstsOfTypingAreOneEvent_data() { ScratchStore::addBackendRows(); }
    void burstsOfTypingAreOneEvent();
    void burstThatStartsAStepIsOneEvent_data() { ScratchStore::addBackendRows(); }
    void burstThatStartsAStepIsOneEvent();
    void unknownProfileIsAnError_data() { ScratchStore::addBackendRows(); }
    void unknownProfileIsAnError();
    void errorKindsAreReadBackFromTheirErrors();
    void awkwardTextRoundTrips_data();
    void awkwardTextRoundTrips();
    void nulCharacterIsRefused_data() { ScratchStore::addBackendRows(); }
    void nulCharacterIsRefused();
    void migratesFromVersion1_data() { ScratchStore::addBackendRows(); }
    void migratesFromVersion1();
    void migrationSettlesStoredContradictions_data() { ScratchStore::addBackendRows(); }
    void migrationSettlesStoredContradictions();
    void refusesNewerDatabaseUntouched_data() { ScratchStore::addBackendRows(); }
    void refusesNewerDatabaseUntouched();
    void staleSaveIsRefusedWithWhatChanged_data() { ScratchStore::addBackendRows(); }
    void staleSaveIsRefusedWithWhatChanged();
    void archiveHidesAndRestoresWithEvents_data() { ScratchStore::addBackendRows(); }
    void archiveHidesAndRestoresWithEvents();
    void deleteLeavesATombstoneThatCanBeUndone_data() { ScratchStore::addBackendRows(); }
    void deleteLeavesATombstoneThatCanBeUndone();
    void archiveAndDeleteFromAStaleVersionAreRefused_data() { ScratchStore::addBackendRows(); }
    void archiveAndDeleteFromAStaleVersionAreRefused();
    void concurrentSavesFromOneVersionLetOneThrough_data() { ScratchStore::addBackendRows(); }
    void concurrentSavesFromOneVersionLetOneThrough();
    void twoProgramsMigrateANewServerOnce();
    void passwordFromPgpassAndNeverInErrors();
    void saveLatency_data() { ScratchStore::addBackendRows(); }
    void saveLatency();
};

void TestProgressStore::createsOwnerOnlyFileInNewFolder()
{
    SCRATCH_STORE(scratch, QStringLiteral("sqlite"));
    auto store = openStore(scratch.address());
    QVERIFY(store);
    const QFileInfo file(scratch.url());
    QVERIFY(file.exists());
    QVERIFY(file.permissions().testFlag(QFile::ReadOwner));
    QVERIFY(file.permissions().testFlag(QFile::WriteOwner));
    QCOMPARE(file.permissions()
            & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
        QFileDevice::Permissions());
    const QFileInfo folder(file.absolutePath());
    QCOMPARE(folder.permissions()
            & (QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther),
        QFileDevice::Permissions());
    QCOMPARE(store->schemaVersion(), Schema::LatestVersion);
    QVERIFY(!store->isShared());
}

void TestProgressStore::usesWriteAheadLog()
{
    SCRATCH_STORE(scratch, QStringLiteral("sqlite"));
    auto store = openStore(scratch.address());
    QVERIFY(store);
    QCOMPARE(rawValue(scratch.address(), QStringLiteral("PRAGMA journal_mode")).toString(),
        QStringLiteral("wal"));
}

void TestProgressStore::createListAndLoad()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    auto store = openStore(scratch.address());
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), Schema::LatestVersion);
    QCOMPARE(store->isShared(), backend == QLatin1String("postgres"));
    Result<ProfileData> first = store->createProfile(QStringLiteral("甲公司"), T0);
    QVERIFY(first);
    Result<ProfileData> second = store->createProfile(QStringLiteral("Beta Ltd"), T0.addSecs(60));
    QVERIFY(second);
    QVERIFY(first.value().id != second.value().id);
    QCOMPARE(first.value().field(FieldKey::CompanyName), QStringLiteral("甲公司"));
    QCOMPARE(first.value().createdAt, T0);
    QCOMPARE(first.value().version, 1);

    Result<QList<ProfileSummary>> list = store->listProfiles();
    QVERIFY(list);
    QCOMPARE(list.value().size(), 2);
    QCOMPARE(list.value().at(0).companyName, QStringLiteral("Beta Ltd")); // newest change first
    QCOMPARE(list.value().at(1).companyName, QStringLiteral("甲公司"));
}

void TestProgressStore::valuesSurviveReopen()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    qint64 id = 0;
    {
        auto store = openStore(scratch.address());
        QVERIFY(store);
        id = store->createProfile(QStringLiteral("ACME"), T0).value().id;
        Result<int> version = store->saveFields(id,
            {{FieldKey::LoginName, QStringLiteral("acme-cloud")}, {FieldKey::Mobile, {}}},
            T0.addSecs(5));
        QVERIFY(version);
        QCOMPARE(version.value(), 2);
        QVERIFY(store->saveFields(
            id, {{FieldKey::LoginName, QStringLiteral("acme-fin")}}, T0.addSecs(6)));
        QVERIFY(store->saveCurrentPage(id, 3));
    }
    auto store = openStore(scratch.address());
    QVERIFY(store);
    Result<ProfileData> data = store->loadProfile(id);
    QVERIFY(data);
    QCOMPARE(data.value().field(FieldKey::LoginName), QStringLiteral("acme-fin"));
    QVERIFY(data.value().fields.contains(FieldKey::Mobile));
    QCOMPARE(data.value().currentPage, 3);
    QCOMPARE(data.value().version, 3);
    QCOMPARE(data.value().updatedAt, T0.addSecs(6));
}

void TestProgressStore::stepStatesSurviveReopen()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    qint64 id = 0;
    const StepState waiting {StepStatus::Waiting, T0.addMSecs(1234), T0.addDays(3)};
    {
        auto store = openStore(scratch.address());
        QVERIFY(store);
        id = store->createProfile(QStringLiteral("ACME"), T0).value().id;
        QVERIFY(store->saveStepState(id, StepId::RealName, waiting, StepStatus::InProgress, T0));
        QVERIFY(store->saveStepState(
            id, StepId::Register, {StepStatus::Done, T0, QDateTime()}, StepStatus::NotStarted, T0));
    }
    auto store = openStore(scratch.address());
    QVERIFY(store);
    const ProfileData data = store->loadProfile(id).value();
    QCOMPARE(data.step(StepId::RealName), waiting);
    QCOMPARE(data.status(StepId::Register), StepStatus::Done);
    QVERIFY(!data.step(StepId::Register).expectedBy.isValid());
    QCOMPARE(data.status(StepId::Certification), StepStatus::NotStarted);
}

void TestProgressStore::eventsRecordWhoAndWhatWithoutFieldValues()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    auto store = openStore(scratch.address());
    QVERIFY(store);
    store->setActor(QStringLiteral("alice"));
    const qint64 id = store->createProfile(QStringLiteral("ACME"), T0).value().id;
    store->saveFields(
        id, {{FieldKey::BankAccount, QStringLiteral("6222020200112233445")}}, T0.addSecs(1));
    store->saveStepState(
        id, StepId::Register, {StepStatus::Done, T0, {}}, StepStatus::InProgress, T0.addSecs(2));
    Result<QList<ProfileEvent>> events = store->events(id);
    QVERIFY(events);
    QCOMPARE(events.value().size(), 3);
    const ProfileEvent status = events.value().at(0); // newest first
    QCOMPARE(status.kind, QStringLiteral("status"));
    QCOMPARE(status.subject, QStringLiteral("register"));
    QCOMPARE(status.oldValue, QStringLiteral("in_progress"));
    QCOMPARE(status.newValue, QStringLiteral("done"));
    QCOMPARE(status.actor, QStringLiteral("alice"));
    QCOMPARE(status.at, T0.addSecs(2));
    const ProfileEvent field = events.value().at(1);
    QCOMPARE(field.kind, QStringLiteral("field"));
    QCOMPARE(field.subject, FieldKey::BankAccount);
    QVERIFY(field.newValue.isEmpty());
    QCOMPARE(events.value().at(2).kind, QStringLiteral("created"));
    QVERIFY(!rawValue(scratch.address(),
        QStringLiteral("SELECT count(*) FROM events WHERE new_value LIKE '%6222%'"))
                 .toInt());
}

void TestProgressStore::burstsOfTypingAreOneEvent()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    auto store = openStore(scratch.address());
    QVERIFY(store);
    store->setActor(QStringLiteral("alice"));
    const qint64 id = store->createProfile(QStringLiteral("ACME"), T0).value().id;
    for (int second = 1; second <= 5; ++second)
        store->saveFields(
            id, {{FieldKey::LoginName, QString(second, QLatin1Char('a'))}}, T0.addSecs(second));
    QList<ProfileEvent> events = store->events(id).value();
    QCOMPARE(events.size(), 2); // created + one burst
    QCOMPARE(events.at(0).at, T0.addSecs(5));

    store->saveFields(id, {{FieldKey::Mobile, QStringLiteral("1")}}, T0.addSecs(6));
    store->saveFields(id, {{FieldKey::LoginName, QStringLiteral("b")}}, T0.addSecs(7));
    QCOMPARE(store->events(id).value().size(), 4); // another field came between

    store->saveFields(id, {{FieldKey::LoginName, QStringLiteral("c")}}, T0.addSecs(7 + 3600));
    QCOMPARE(store->events(id).value().size(), 5); // an hour later: a new edit

    store->setActor(QStringLiteral("bob"));
    store->saveFields(id, {{FieldKey::LoginName, QStringLiteral("d")}}, T0.addSecs(7 + 3601));
    events = store->events(id).value();
    QCOMPARE(events.size(), 6); // somebody else
    QCOMPARE(events.at(0).actor, QStringLiteral("bob"));
}

// The first keystroke in a step's field starts the step (its status saved at
// once, between the first save of the field and the rest of the typing): the
// field is one line, after the start, not one line on each side of it.
void TestProgressStore::burstThatStartsAStepIsOneEvent()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    auto store = openStore(scratch.address());
    QVERIFY(store);
    store->setActor(QStringLiteral("alice"));
    const qint64 id = store->createProfile(QStringLiteral("ACME"), T0).value().id;
    QVERIFY(store->saveFields(id, {{FieldKey::LoginName, QStringLiteral("a")}}, T0.addSecs(1)));
    QVERIFY(store->saveStepState(id, StepId::Register, {StepStatus::InProgress, T0, {}},
        StepStatus::NotStarted, T0.addSecs(1)));
    QVERIFY(store->saveFields(id, {{FieldKey::LoginName, QStringLiteral("acme")}}, T0.addSecs(4)));
    QList<ProfileEvent> events = store->events(id).value();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).kind, EventKind::Field);
    QCOMPARE(events.at(0).subject, FieldKey::LoginName);
    QCOMPARE(events.at(0).at, T0.addSecs(4));
    QCOMPARE(events.at(1).kind, EventKind::Status);
    QCOMPARE(events.at(2).kind, EventKind::Created);
    // Someone holding the profile as it was after the first letter is told
    // that the login name changed since (a conflict lists these).
    const QList<ProfileEvent> since = store->changesSince(id, 2).value();
    QVERIFY(std::any_of(since.cbegin(), since.cend(),
        [](const ProfileEvent &event) { return event.subject == FieldKey::LoginName; }));

    // A step done by hand is news: the next edit is a line of its own.
    QVERIFY(store->saveStepState(
        id, StepId::Register, {StepStatus::Done, T0, {}}, StepStatus::InProgress, T0.addSecs(5)));
    QVERIFY(store->saveFields(id, {{FieldKey::LoginName, QStringLiteral("acme2")}}, T0.addSecs(6)));
    QCOMPARE(store->events(id).value().size(), 5);

    // Somebody else's start is theirs: alice's edit after it is a new line.
    QVERIFY(store->saveFields(id, {{FieldKey::InvoiceTitle, QStringLiteral("A")}}, T0.addSecs(7)));
    store->setActor(QStringLiteral("bob"));
    QVERIFY(store->saveStepState(id, StepId::FinanceServices, {StepStatus::InProgress, T0, {}},
        StepStatus::NotStarted, T0.addSecs(8)));
    store->setActor(QStringLiteral("alice"));
    QVERIFY(store->saveFields(id, {{FieldKey::InvoiceTitle, QStringLiteral("AC")}}, T0.addSecs(9)));
    events = store->events(id).value();
    QCOMPARE(events.size(), 8);
    QCOMPARE(events.at(0).subject, FieldKey::InvoiceTitle);
    QCOMPARE(events.at(2).subject, FieldKey::InvoiceTitle);
}

void TestProgressStore::settings()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    {
        auto store = openStore(scratch.address());
        QVERIFY(store);
        QVERIFY(store->setting(QStringLiteral("language")).isEmpty());
        QVERIFY(store->setSetting(QStringLiteral("language"), QStringLiteral("zh_CN")));
        QVERIFY(store->setSetting(QStringLiteral("language"), QStringLiteral("en")));
        QCOMPARE(store->setting(QStringLiteral("database_id")).size(), 32);
    }
    QCOMPARE(
        openStore(scratch.address())->setting(QStringLiteral("language")), QStringLiteral("en"));
}

void TestProgressStore::unknownProfileIsAnError()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    auto store = openStore(scratch.address());
    QVERIFY(store);
    QVERIFY(!store->loadProfile(4711));
    QVERIFY(!store->saveFields(4711, {{FieldKey::LoginName, QStringLiteral("x")}}, T0));
    QVERIFY(!store->saveFields(4711, {{FieldKey::LoginName, QStringLiteral("x")}}, T0, 1));
    QVERIFY(!store->loadProfile(4711).error().message.isEmpty());
    QVERIFY(storeErrorKind(store->saveFields(4711, {}, T0, 1).error()) != StoreErrorKind::Conflict);
}

void TestProgressStore::errorKindsAreReadBackFromTheirErrors()
{
    // Every kind survives the trip through Error::code (a queued signal
    // carries nothing else), and no other layer's code reads as the store's.
    for (const StoreErrorKind kind : {StoreErrorKind::InvalidAddress, StoreErrorKind::DriverMissing,
             StoreErrorKind::Unreachable, StoreErrorKind::Damaged, StoreErrorKind::Refused,
             StoreErrorKind::Newer, StoreErrorKind::Conflict, StoreErrorKind::Disconnected}) {
        const Error error = storeError(kind, QStringLiteral("message"), QStringLiteral("details"));
        QVERIFY(!error.code.isEmpty());
        QCOMPARE(storeErrorKind(error), kind);
        QCOMPARE(error.message, QStringLiteral("message"));
        QCOMPARE(error.details, QStringLiteral("details"));
    }
    QVERIFY(storeError(StoreErrorKind::Other, QString(), QString()).code.isEmpty());
    QCOMPARE(storeErrorKind(Error {}), StoreErrorKind::Other);
    QCOMPARE(storeErrorKind(Error {QString(), QString(), QStringLiteral("prefill.refused")}),
        StoreErrorKind::Other);
}

void TestProgressStore::awkwardTextRoundTrips_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("text");
    for (const char *backend : {"sqlite", "postgres"}) {
        const QString name = QString::fromLatin1(backend);
        QTest::addRow("%s: quotes and semicolons", backend)
            << name << QStringLiteral("O'Brien \"&\" Co.; DROP TABLE x;--");
        QTest::addRow("%s: backslashes and placeholders", backend)
            << name << QStringLiteral("C:\\path\\ $1 ? :name %s \\'");
        QTest::addRow("%s: emoji and CJK", backend)
            << name << QStringLiteral("金融🚀云 ☁️");
        QTest::addRow("%s: 100 kB", backend) << name << QString(100 * 1024, QLatin1Char('x'));
        QTest::addRow("%s: empty", backend) << name << QString::fromLatin1("");
    }
}

void TestProgressStore::awkwardTextRoundTrips()
{
    QFETCH(QString, backend);
    QFETCH(QString, text);
    SCRATCH_STORE(scratch, backend);
    qint64 id = 0;
    {
        auto store = openStore(scratch.address());
        QVERIFY(store);
        id = store->createProfile(text, T0).value().id;
        QVERIFY(store->saveFields(id, {{FieldKey::LoginName, text}}, T0));
    }
    const ProfileData data = openStore(scratch.address())->loadProfile(id).value();
    QCOMPARE(data.field(FieldKey::CompanyName), text);
    QCOMPARE(data.field(FieldKey::LoginName), text);
}

void TestProgressStore::nulCharacterIsRefused()
{
    // PostgreSQL text cannot hold U+0000: refused on both, so that a profile
    // can always move from one backend to the other.
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    auto store = openStore(scratch.address());
    QVERIFY(store);
    const QString withNul = QString::fromUtf16(u"a\0b", 3);
    QVERIFY(!store->createProfile(withNul, T0));
    const qint64 id = store->createProfile(QStringLiteral("ACME"), T0).value().id;
    const Result<int> refused = store->saveFields(
        id, {{FieldKey::LoginName, QStringLiteral("fine")}, {FieldKey::Mobile, withNul}}, T0);
    QVERIFY(!refused);
    QVERIFY(!refused.error().message.isEmpty());
    const ProfileData data = store->loadProfile(id).value();
    QVERIFY(!data.fields.contains(FieldKey::LoginName)); // all or nothing
    QCOMPARE(data.version, 1);
    QVERIFY(!store->setSetting(QStringLiteral("language"), withNul));
}

void TestProgressStore::migrationSettlesStoredContradictions()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    qint64 id = 0;
    {
        // As the previous version stored them: the provider's approval
        // beside "not started", and step 4 filled but not started.
        Result<std::unique_ptr<ProgressStore>> old
            = ProgressStore::open(scratch.address(), Schema::SettledByFlowRules - 1);
        QVERIFY(old);
        id = old.value()->createProfile(QStringLiteral("ACME"), T0).value().id;
        QVERIFY(old.value()->saveFields(id,
            {{FieldKey::CertificationOutcome, FieldValue::OutcomeApproved},
                {FieldKey::NoPublicResources, FieldValue::True},
                {FieldKey::ContractKind, FieldValue::ContractOnline}},
            T0));
    }
    auto store = openStore(scratch.address());
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), Schema::LatestVersion);
    const ProfileData data = store->loadProfile(id).value();
    QCOMPARE(data.status(StepId::Certification), StepStatus::Done);
    QCOMPARE(data.status(StepId::FinanceServices), StepStatus::InProgress);
    QCOMPARE(data.status(StepId::Register), StepStatus::NotStarted);
    QVERIFY(FlowRules::settle(data).isEmpty());
    // Each settled status is in the timeline, as any change is.
    int statusEvents = 0;
    const QList<ProfileEvent> events = store->events(id).value();
    for (const ProfileEvent &event : events)
        statusEvents += event.kind == QLatin1String("status") ? 1 : 0;
    QCOMPARE(statusEvents, 2);
}

void TestProgressStore::migratesFromVersion1()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    {
        Result<std::unique_ptr<ProgressStore>> old = ProgressStore::open(scratch.address(), 1);
        QVERIFY(old);
        QCOMPARE(old.value()->schemaVersion(), 1);
    }
    // What version 1 of the program wrote: no version column, no events.
    QVERIFY(rawExec(scratch.address(),
        {QStringLiteral("INSERT INTO profiles (id, created_at, updated_at, current_page)"
                        " VALUES (7, '2026-01-05T08:00:00.000Z',"
                        " '2026-01-06T08:00:00.000Z', 2)"),
            QStringLiteral("INSERT INTO profile_fields VALUES (7, 'company.name', 'Old Co')"),
            QStringLiteral("INSERT INTO step_states VALUES (7, 'register', 'done',"
                           " '2026-01-05T09:00:00.000Z', NULL)")}));
    QVERIFY(!rawValue(scratch.address(),
        scratch.isPostgres()
            ? QStringLiteral("SELECT to_regclass('events') IS NOT NULL")
            : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'events'"))
                 .toBool());

    auto store = openStore(scratch.address());
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), Schema::LatestVersion);
    Result<ProfileData> data = store->loadProfile(7);
    QVERIFY(data);
    QCOMPARE(data.value().field(FieldKey::CompanyName), QStringLiteral("Old Co"));
    QCOMPARE(data.value().currentPage, 2);
    QCOMPARE(data.value().version, 1);
    QCOMPARE(data.value().status(StepId::Register), StepStatus::Done);
    QCOMPARE(data.value().step(StepId::Register).since,
        QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    // And the migrated database takes new writes, with events.
    QVERIFY(store->saveFields(7, {{FieldKey::LoginName, QStringLiteral("old")}}, T0, 1));
    QCOMPARE(store->events(7).value().size(), 1);
    // New profiles get ids of their own after the one written by hand.
    QVERIFY(store->createProfile(QStringLiteral("A"), T0));
    QVERIFY(store->createProfile(QStringLiteral("B"), T0));
}

void TestProgressStore::refusesNewerDatabaseUntouched()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    {
        auto store = openStore(scratch.address());
        QVERIFY(store);
        store->createProfile(QStringLiteral("ACME"), T0);
    }
    QStringList statements {QStringLiteral("UPDATE schema_version SET version = 99")};
    if (!scratch.isPostgres())
        statements << QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)");
    QVERIFY(rawExec(scratch.address(), statements));
    const QByteArray before = scratch.isPostgres() ? QByteArray() : fileHash(scratch.url());
    Result<std::unique_ptr<ProgressStore>> store = ProgressStore::open(scratch.address());
    QVERIFY(!store);
    QCOMPARE(storeErrorKind(store.error()), StoreErrorKind::Newer);
    QVERIFY(store.error().message.contains(QLatin1String("newer version")));
    if (!scratch.isPostgres())
        QCOMPARE(fileHash(scratch.url()), before);
    QCOMPARE(
        rawValue(scratch.address(), QStringLiteral("SELECT version FROM schema_version")).toInt(),
        99);
    QCOMPARE(
        rawValue(scratch.address(), QStringLiteral("SELECT count(*) FROM profiles")).toInt(), 1);
}

void TestProgressStore::staleSaveIsRefusedWithWhatChanged()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    auto a = openStore(scratch.address());
    auto b = openStore(scratch.address());
    QVERIFY(a && b);
    a->setActor(QStringLiteral("alice"));
    b->setActor(QStringLiteral("bob"));
    const qint64 id = a->createProfile(QStringLiteral("ACME"), T0).value().id;

    // Both load the same version.
    const ProfileData seenByA = a->loadProfile(id).value();
    const ProfileData seenByB = b->loadProfile(id).value();
    QCOMPARE(seenByA.version, seenByB.version);

    // A saves a field and a status.
    Result<int> savedA = a->saveFields(id, {{FieldKey::LoginName, QStringLiteral("alice-login")}},
        T0.addSecs(10), seenByA.version);
    QVERIFY(savedA);
    savedA = a->saveStepState(id, StepId::Register, {StepStatus::Done, T0.addSecs(11), {}},
        StepStatus::NotStarted, T0.addSecs(11), savedA.value());
    QVERIFY(savedA);

    // B's save from the old version is refused, and nothing of it is written.
    const Result<int> refused = b->saveFields(
        id, {{FieldKey::LoginName, QStringLiteral("bob-login")}}, T0.addSecs(20), seenByB.version);
    QVERIFY(!refused);
    QCOMPARE(storeErrorKind(refused.error()), StoreErrorKind::Conflict);
    QVERIFY(!refused.error().message.isEmpty());
    QVERIFY(!b->saveStepState(id, StepId::Register, {StepStatus::InProgress, T0, {}},
        StepStatus::NotStarted, T0.addSecs(20), seenByB.version));
    ProfileData now = b->loadProfile(id).value();
    QCOMPARE(now.field(FieldKey::LoginName), QStringLiteral("alice-login"));
    QCOMPARE(now.status(StepId::Register), StepStatus::Done);
    QCOMPARE(now.version, savedA.value());

    // What changed since B's version, and by whom, oldest first.
    const Result<QList<ProfileEvent>> changes = b->changesSince(id, seenByB.version);
    QVERIFY(changes);
    QCOMPARE(changes.value().size(), 2);
    QCOMPARE(changes.value().at(0).actor, QStringLiteral("alice"));
    QCOMPARE(changes.value().at(0).kind, QStringLiteral("field"));
    QCOMPARE(changes.value().at(0).subject, FieldKey::LoginName);
    QCOMPARE(changes.value().at(0).at, T0.addSecs(10));
    QCOMPARE(changes.value().at(1).kind, QStringLiteral("status"));
    QCOMPARE(changes.value().at(1).subject, QStringLiteral("register"));
    QCOMPARE(changes.value().at(1).newValue, QStringLiteral("done"));
    QVERIFY(b->changesSince(id, now.version).value().isEmpty());

    // B reloads (now) and then saves fine; A is now the stale one.
    const Result<int> savedB = b->saveFields(
        id, {{FieldKey::LoginName, QStringLiteral("bob-login")}}, T0.addSecs(30), now.version);
    QVERIFY(savedB);
    QCOMPARE(savedB.value(), now.version + 1);
    const Result<int> staleA = a->saveFields(
        id, {{FieldKey::Mobile, QStringLiteral("x")}}, T0.addSecs(31), savedA.value());
    QCOMPARE(storeErrorKind(staleA.error()), StoreErrorKind::Conflict);
    QCOMPARE(a->changesSince(id, savedA.value()).value().constFirst().actor, QStringLiteral("bob"));
    QCOMPARE(a->loadProfile(id).value().field(FieldKey::LoginName), QStringLiteral("bob-login"));
}

namespace {

QList<qint64> listedIds(const ProgressStore &store)
{
    QList<qint64> ids;
    const QList<ProfileSummary> listed = store.listProfiles().value();
    for (const ProfileSummary &summary : listed)
        ids << summary.id;
    return ids;
}

} // namespace

void TestProgressStore::archiveHidesAndRestoresWithEvents()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    auto store = openStore(scratch.address());
    QVERIFY(store);
    store->setActor(QStringLiteral("carol"));
    const qint64 keep = store->createProfile(QStringLiteral("Keep Co"), T0).value().id;
    const ProfileData made = store->createProfile(QStringLiteral("Mistake Co"), T0).value();

    const Result<int> archived = store->setArchived(made.id, true, T0.addSecs(60), made.version);
    QVERIFY(archived);
    QCOMPARE(archived.value(), made.version + 1);
    ProfileData data = store->loadProfile(made.id).value();
    QCOMPARE(data.archivedAt, T0.addSecs(60));
    QVERIFY(!data.deletedAt.isValid());
    // Kept whole: listed, marked, and its data untouched.
    QCOMPARE(data.field(FieldKey::CompanyName), QStringLiteral("Mistake Co"));
    const QList<ProfileSummary> listed = store->listProfiles().value();
    QCOMPARE(listed.size(), 2);
    for (const ProfileSummary &summary : listed)
        QCOMPARE(summary.archived, summary.id == made.id);
    // Asked again: nothing changes, nothing is logged.
    QCOMPARE(store->setArchived(made.id, true, T0.addSecs(61)).value(), archived.value());

    const Result<int> restored
        = store->setArchived(made.id, false, T0.addSecs(120), archived.value());
    QVERIFY(restored);
    QVERIFY(!store->loadProfile(made.id).value().archivedAt.isValid());
    QVERIFY(!store->listProfiles().value().constLast().archived);
    QVERIFY(!store->loadProfile(keep).value().archivedAt.isValid());

    // Newest first: restored, archived, created; each with who and when.
    const QList<ProfileEvent> events = store->events(made.id).value();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).kind, QStringLiteral("unarchived"));
    QCOMPARE(events.at(0).at, T0.addSecs(120));
    QCOMPARE(events.at(1).kind, QStringLiteral("archived"));
    QCOMPARE(events.at(1).actor, QStringLiteral("carol"));
    QCOMPARE(events.at(1).newValue, QStringLiteral("Mistake Co"));
    QCOMPARE(events.at(2).kind, QStringLiteral("created"));
}

void TestProgressStore::deleteLeavesATombstoneThatCanBeUndone()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    auto store = openStore(scratch.address());
    QVERIFY(store);
    store->setActor(QStringLiteral("dave"));
    const qint64 keep = store->createProfile(QStringLiteral("Keep Co"), T0).value().id;
    const ProfileData made = store->createProfile(QStringLiteral("Typo Co"), T0).value();
    const int saved
        = store
              ->saveFields(made.id, {{FieldKey::CreditCode, QStringLiteral("91350100M000100Y43")}},
                  T0, made.version)
              .value();

    const Result<int> deleted = store->deleteProfile(made.id, T0.addSecs(300), saved);
    QVERIFY(deleted);
    // Gone from every list and every lookup by value …
    QCOMPARE(listedIds(*store), QList<qint64>({keep}));
    QVERIFY(store->profilesWithField(FieldKey::CompanyName, QStringLiteral("Typo Co"))
                .value()
                .isEmpty());
    // … but nothing is lost: the rows stay, with a tombstone saying who and when.
    const ProfileData tomb = store->loadProfile(made.id).value();
    QCOMPARE(tomb.deletedAt, T0.addSecs(300));
    QCOMPARE(tomb.field(FieldKey::CreditCode), QStringLiteral("91350100M000100Y43"));
    const ProfileEvent last = store->events(made.id).value().constFirst();
    QCOMPARE(last.kind, QStringLiteral("deleted"));
    QCOMPARE(last.actor, QStringLiteral("dave"));
    QCOMPARE(last.at, T0.addSecs(300));
    QCOMPARE(last.newValue, QStringLiteral("Typo Co"));
    QCOMPARE(rawValue(scratch.address(),
                 QStringLiteral("SELECT COUNT(*) FROM profile_fields WHERE profile_id = %1")
                     .arg(made.id))
                 .toInt(),
        2);

    // A window still open on it cannot write into the tombstone.
    const Result<int> late = store->saveFields(
        made.id, {{FieldKey::Mobile, QStringLiteral("13800000000")}}, T0.addSecs(301));
    QVERIFY(!late);
    QCOMPARE(storeErrorKind(late.error()), StoreErrorKind::Conflict);
    QVERIFY(!store->setArchived(made.id, true, T0.addSecs(302)));

    // Undone: back in the list as it was, and the timeline tells both.
    const Result<int> undone = store->undeleteProfile(made.id, T0.addSecs(400), deleted.value());
    QVERIFY(undone);
    QCOMPARE(listedIds(*store), QList<qint64>({made.id, keep}));
    QVERIFY(!store->loadProfile(made.id).value().deletedAt.isValid());
    const QList<ProfileEvent> events = store->events(made.id).value();
    QCOMPARE(events.at(0).kind, QStringLiteral("undeleted"));
    QCOMPARE(events.at(1).kind, QStringLiteral("deleted"));
    QVERIFY(store->saveFields(made.id, {{FieldKey::Mobile, QStringLiteral("13800000000")}},
        T0.addSecs(401), undone.value()));
}

void TestProgressStore::archiveAndDeleteFromAStaleVersionAreRefused()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    auto a = openStore(scratch.address());
    auto b = openStore(scratch.address());
    QVERIFY(a && b);
    a->setActor(QStringLiteral("alice"));
    b->setActor(QStringLiteral("bob"));
    const ProfileData seen = a->createProfile(QStringLiteral("ACME"), T0).value();
    // Alice edits; Bob, who saw the profile before that, cannot archive or
    // delete it on the strength of what he saw.
    const int edited = a->saveFields(seen.id, {{FieldKey::LoginName, QStringLiteral("alice")}},
                            T0.addSecs(5), seen.version)
                           .value();
    for (const Result<int> &refused : {b->setArchived(seen.id, true, T0.addSecs(6), seen.version),
             b->deleteProfile(seen.id, T0.addSecs(6), seen.version)}) {
        QVERIFY(!refused);
        QCOMPARE(storeErrorKind(refused.error()), StoreErrorKind::Conflict);
    }
    ProfileData now = b->loadProfile(seen.id).value();
    QCOMPARE(now.version, edited);
    QVERIFY(!now.archivedAt.isValid());
    QVERIFY(!now.deletedAt.isValid());
    QCOMPARE(
        b->changesSince(seen.id, seen.version).value().constFirst().actor, QStringLiteral("alice"));
    // From the current version it goes through; Alice's next save is then
    // the stale one, and sees the deletion among the changes.
    QVERIFY(b->deleteProfile(seen.id, T0.addSecs(7), now.version));
    const Result<int> stale
        = a->saveFields(seen.id, {{FieldKey::Mobile, QStringLiteral("x")}}, T0.addSecs(8), edited);
    QCOMPARE(storeErrorKind(stale.error()), StoreErrorKind::Conflict);
    QCOMPARE(a->changesSince(seen.id, edited).value().constFirst().kind, QStringLiteral("deleted"));
    // Undo from a stale version is refused too.
    QVERIFY(!a->undeleteProfile(seen.id, T0.addSecs(9), edited));
    QVERIFY(a->loadProfile(seen.id).value().deletedAt.isValid());
}

void TestProgressStore::concurrentSavesFromOneVersionLetOneThrough()
{
    // Several stores (connections) race from the same version, repeatedly:
    // exactly one save per round succeeds and the version never skips.
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    std::vector<std::unique_ptr<ProgressStore>> stores;
    for (int i = 0; i < 4; ++i) {
        stores.push_back(openStore(scratch.address()));
        QVERIFY(stores.back());
    }
    const qint64 id = stores.front()->createProfile(QStringLiteral("ACME"), T0).value().id;
    int version = 1;
    for (int round = 0; round < 10; ++round) {
        int succeeded = 0;
        for (std::size_t i = 0; i < stores.size(); ++i) {
            const Result<int> saved = stores[i]->saveFields(id,
                {{FieldKey::LoginName, QStringLiteral("r%1-s%2").arg(round).arg(i)}},
                T0.addSecs(round), version);
            if (saved) {
                ++succeeded;
                QCOMPARE(saved.value(), version + 1);
            } else {
                QCOMPARE(storeErrorKind(saved.error()), StoreErrorKind::Conflict);
            }
        }
        QCOMPARE(succeeded, 1);
        ++version;
    }
    QCOMPARE(
        stores.back()->loadProfile(id).value().field(FieldKey::LoginName), QStringLiteral("r9-s0"));
}

void TestProgressStore::twoProgramsMigrateANewServerOnce()
{
    // Two programs starting at once against an empty server: one migrates,
    // the other waits for it and finds the schema done.
    SCRATCH_STORE(scratch, QStringLiteral("postgres"));
    Result<std::unique_ptr<ProgressStore>> first = ProgressStore::open(scratch.address());
    QVERIFY2(first, qPrintable(first ? QString() : first.error().details));
    Result<std::unique_ptr<ProgressStore>> second = ProgressStore::open(scratch.address());
    QVERIFY(second);
    QCOMPARE(second.value()->schemaVersion(), Schema::LatestVersion);
    QCOMPARE(
        rawValue(scratch.address(), QStringLiteral("SELECT count(*) FROM schema_version")).toInt(),
        1);
}

void TestProgressStore::passwordFromPgpassAndNeverInErrors()
{
    SCRATCH_STORE(scratch, QStringLiteral("postgres"));
    const QString password = ScratchStore::serverValue(QStringLiteral("PG_PASSWORD"));
    const QString port = ScratchStore::serverValue(QStringLiteral("PG_PORT"));
    QVERIFY(!password.isEmpty());
    QVERIFY(scratch.url().contains(password));
    const QString withoutPassword = QString(scratch.url()).remove(QLatin1Char(':') + password);
    QVERIFY(!withoutPassword.contains(password));
    const Result<StoreAddress> address = StoreAddress::parse(withoutPassword);
    QVERIFY(address);
    QVERIFY(!address.value().hasPassword());

    QTemporaryDir home;
    const QString pgpass = home.filePath(QStringLiteral("pgpass"));
    const QByteArray oldPassFile = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", pgpass.toLocal8Bit());
    const auto restore = qScopeGuard([&] {
        if (oldPassFile.isNull())
            qunsetenv("PGPASSFILE");
        else
            qputenv("PGPASSFILE", oldPassFile);
    });

    // No password anywhere: refused, and the error says so without secrets.
    Result<std::unique_ptr<ProgressStore>> refused = ProgressStore::open(address.value());
    QVERIFY(!refused);
    QVERIFY(!refused.error().message.contains(password));
    QVERIFY(!refused.error().details.contains(password));

    // The password in ~/.pgpass (here PGPASSFILE), as libpq reads it.
    QFile file(pgpass);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("127.0.0.1:%1:*:fincloud_test:%2\n").arg(port, password).toUtf8());
    file.close();
    QFile::setPermissions(pgpass, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Result<std::unique_ptr<ProgressStore>> store = ProgressStore::open(address.value());
    QVERIFY2(store, qPrintable(store ? QString() : store.error().details));
    QVERIFY(!store.value()->location().contains(password));

    // A wrong password in the URL: the error names the server, never the password.
    const QString wrong = QStringLiteral("Wr0ng-%1").arg(password.left(6));
    const QString wrongUrl = QString(withoutPassword)
                                 .replace(QStringLiteral("fincloud_test@"),
                                     QStringLiteral("fincloud_test:%1@").arg(wrong));
    Result<std::unique_ptr<ProgressStore>> wrongStore
        = ProgressStore::open(StoreAddress::parse(wrongUrl).value());
    QVERIFY(!wrongStore);
    QVERIFY(wrongStore.error().message.contains(port));
    for (const QString &secret : {wrong, password}) {
        QVERIFY(!wrongStore.error().message.contains(secret));
        QVERIFY(!wrongStore.error().details.contains(secret));
    }
}

void TestProgressStore::saveLatency()
{
    // Not a limit, a measurement for the report: one typing save, end to end.
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    auto store = openStore(scratch.address());
    QVERIFY(store);
    const qint64 id = store->createProfile(QStringLiteral("ACME"), T0).value().id;
    int version = 1;
    constexpr int Rounds = 50;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Rounds; ++i) {
        const Result<int> saved = store->saveFields(
            id, {{FieldKey::LoginName, QString::number(i)}}, T0.addSecs(i), version);
        QVERIFY(saved);
        version = saved.value();
    }
    qInfo("%s: %.2f ms per save (%d saves)", qPrintable(backend),
        double(timer.nsecsElapsed()) / 1e6 / Rounds, Rounds);
}

QTEST_GUILESS_MAIN(TestProgressStore)
#include "tst_progressstore.moc"
