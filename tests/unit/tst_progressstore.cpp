// The progress store on a real SQLite file in a temporary folder: create,
// save, reopen, migrate from version 1, refuse newer databases.
#include "onboarding/FieldKey.h"
#include "storage/ProgressStore.h"
#include "storage/Schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDateTime T0(QDate(2026, 11, 2), QTime(9, 30, 15, 250), Qt::UTC);

std::unique_ptr<ProgressStore> openStore(const QString &path)
{
    Result<std::unique_ptr<ProgressStore>> store = ProgressStore::openSqlite(path);
    if (!store)
        qWarning() << store.error().message << store.error().details;
    return store ? std::move(store).value() : nullptr;
}

// A second, independent connection: what another process would see.
QVariant rawValue(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return value;
}

bool rawExec(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            ok = ok && query.exec(sql);
        }
        db.close();
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
    void init();
    void createsOwnerOnlyFileInNewFolder();
    void usesWriteAheadLog();
    void createListAndLoad();
    void valuesSurviveReopen();
    void stepStatesSurviveReopen();
    void eventsRecordWhoAndWhatWithoutFieldValues();
    void settings();
    void burstsOfTypingAreOneEvent();
    void unknownProfileIsAnError();
    void awkwardTextRoundTrips_data();
    void awkwardTextRoundTrips();
    void migratesFromVersion1();
    void refusesNewerDatabaseUntouched();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("data/progress.sqlite")); }
};

void TestProgressStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProgressStore::createsOwnerOnlyFileInNewFolder()
{
    auto store = openStore(path());
    QVERIFY(store);
    const QFileInfo file(path());
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
}

void TestProgressStore::usesWriteAheadLog()
{
    auto store = openStore(path());
    QVERIFY(store);
    QCOMPARE(
        rawValue(path(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void TestProgressStore::createListAndLoad()
{
    auto store = openStore(path());
    QVERIFY(store);
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
    qint64 id = 0;
    {
        auto store = openStore(path());
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
    auto store = openStore(path());
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
    qint64 id = 0;
    const StepState waiting {StepStatus::Waiting, T0.addMSecs(1234), T0.addDays(3)};
    {
        auto store = openStore(path());
        id = store->createProfile(QStringLiteral("ACME"), T0).value().id;
        QVERIFY(store->saveStepState(id, StepId::RealName, waiting, StepStatus::InProgress, T0));
        QVERIFY(store->saveStepState(
            id, StepId::Register, {StepStatus::Done, T0, QDateTime()}, StepStatus::NotStarted, T0));
    }
    auto store = openStore(path());
    const ProfileData data = store->loadProfile(id).value();
    QCOMPARE(data.step(StepId::RealName), waiting);
    QCOMPARE(data.status(StepId::Register), StepStatus::Done);
    QVERIFY(!data.step(StepId::Register).expectedBy.isValid());
    QCOMPARE(data.status(StepId::Certification), StepStatus::NotStarted);
}

void TestProgressStore::eventsRecordWhoAndWhatWithoutFieldValues()
{
    auto store = openStore(path());
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
}

void TestProgressStore::burstsOfTypingAreOneEvent()
{
    auto store = openStore(path());
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

void TestProgressStore::settings()
{
    {
        auto store = openStore(path());
        QVERIFY(store->setting(QStringLiteral("language")).isEmpty());
        QVERIFY(store->setSetting(QStringLiteral("language"), QStringLiteral("zh_CN")));
        QVERIFY(store->setSetting(QStringLiteral("language"), QStringLiteral("en")));
    }
    QCOMPARE(openStore(path())->setting(QStringLiteral("language")), QStringLiteral("en"));
}

void TestProgressStore::unknownProfileIsAnError()
{
    auto store = openStore(path());
    QVERIFY(!store->loadProfile(4711));
    QVERIFY(!store->saveFields(4711, {{FieldKey::LoginName, QStringLiteral("x")}}, T0));
    QVERIFY(!store->loadProfile(4711).error().message.isEmpty());
}

void TestProgressStore::awkwardTextRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quotes and semicolons") << QStringLiteral("O'Brien \"&\" Co.; DROP TABLE x;--");
    QTest::newRow("NUL inside") << QString::fromUtf16(u"a\0b", 3);
    QTest::newRow("emoji and CJK") << QStringLiteral("金融🚀云 ☁️");
    QTest::newRow("100 kB") << QString(100 * 1024, QLatin1Char('x'));
    QTest::newRow("empty") << QString::fromLatin1("");
}

void TestProgressStore::awkwardTextRoundTrips()
{
    QFETCH(QString, text);
    qint64 id = 0;
    {
        auto store = openStore(path());
        id = store->createProfile(text, T0).value().id;
        QVERIFY(store->saveFields(id, {{FieldKey::LoginName, text}}, T0));
    }
    const ProfileData data = openStore(path())->loadProfile(id).value();
    QCOMPARE(data.field(FieldKey::CompanyName), text);
    QCOMPARE(data.field(FieldKey::LoginName), text);
}

void TestProgressStore::migratesFromVersion1()
{
    {
        Result<std::unique_ptr<ProgressStore>> old = ProgressStore::openSqlite(path(), 1);
        QVERIFY(old);
        QCOMPARE(old.value()->schemaVersion(), 1);
    }
    // What version 1 of the program wrote: no version column, no events.
    QVERIFY(rawExec(path(),
        {QStringLiteral("INSERT INTO profiles (id, created_at, updated_at, current_page)"
                        " VALUES (7, '2026-01-05T08:00:00.000Z',"
                        " '2026-01-06T08:00:00.000Z', 2)"),
            QStringLiteral("INSERT INTO profile_fields VALUES (7, 'company.name', 'Old Co')"),
            QStringLiteral("INSERT INTO step_states VALUES (7, 'register', 'done',"
                           " '2026-01-05T09:00:00.000Z', NULL)")}));
    QVERIFY(!rawValue(
        path(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'events'"))
                 .toBool());

    auto store = openStore(path());
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
    QVERIFY(store->saveFields(7, {{FieldKey::LoginName, QStringLiteral("old")}}, T0));
    QCOMPARE(store->events(7).value().size(), 1);
}

void TestProgressStore::refusesNewerDatabaseUntouched()
{
    {
        auto store = openStore(path());
        store->createProfile(QStringLiteral("ACME"), T0);
    }
    QVERIFY(rawExec(path(),
        {QStringLiteral("UPDATE schema_version SET version = 99"),
            QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}));
    const QByteArray before = fileHash(path());
    Result<std::unique_ptr<ProgressStore>> store = ProgressStore::openSqlite(path());
    QVERIFY(!store);
    QVERIFY(store.error().message.contains(QLatin1String("newer version")));
    QCOMPARE(fileHash(path()), before);
    QCOMPARE(rawValue(path(), QStringLiteral("SELECT version FROM schema_version")).toInt(), 99);
}

QTEST_GUILESS_MAIN(TestProgressStore)
#include "tst_progressstore.moc"
