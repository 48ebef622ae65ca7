// The account checks (issue 20, item 2): the four answers' readers, the
// stored record and its suggestion, and `check-account` end to end against
// the fake server (every request's signature checked there): exit statuses,
// the JSON, the policy named on a refusal, and the evidence stored in an
// existing profile with its timeline events, no status changed.
#include "FakeCloudAccount.h"
#include "FakeOpenApiServer.h"
#include "cli/AccountCommand.h"
#include "cloud/AccountCheck.h"
#include "cloud/AccountFacts.h"
#include "core/Clock.h"
#include "onboarding/AccountEvidenceText.h"
#include "onboarding/FieldKey.h"
#include "session/EventText.h"
#include "storage/ProgressStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {

const QByteArray KeyId = "LTAI5tAccountCheckKey1";
const QByteArray Secret = "AccountCheck-secret-never-printed-7";

struct CommandRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QJsonObject check(const QString &name) const
    {
        for (const QJsonValue &each : json().value("checks").toArray()) {
            if (each.toObject().value("check").toString() == name)
                return each.toObject();
        }
        return {};
    }
};

QJsonObject parsed(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

enum class KeyInEnvironment { Whole, IdOnly, None };

class TestAccountCheck : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void identityIsRead();
    void balanceIsRead_data();
    void balanceIsRead();
    void invoiceTitlesAreRead();
    void financeRegionsOnly();
    void refusalInASuccessfulAnswer();
    void recordRoundTrips();
    void suggestionsFollowTheFinding();
    void allFineExitsZero();
    void somethingToDoExitsOne_data();
    void somethingToDoExitsOne();
    void refusalNamesThePolicy_data();
    void refusalNamesThePolicy();
    void findingWinsOverARefusal();
    void missingKeySendsNothing();
    void brokenCliConfigIsNamed();
    void storesIntoAnExistingProfile();
    void unknownProfileAsksNothing();
    void missingDatabaseIsNotCreated();

private:
    CommandRun run(bool json, const QString &profile = {},
        KeyInEnvironment key = KeyInEnvironment::Whole, const QString &home = {});

    std::unique_ptr<FakeOpenApiServer> m_server;
    FakeCloudAccount m_account;
    FixedClock m_clock {QDateTime(QDate(2026, 12, 7), QTime(2, 15), Qt::UTC)};
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAccountCheck::init()
{
    m_account = FakeCloudAccount();
    m_account.regions = QStringList {"cn-hangzhou", "cn-beijing"} + FakeCloudAccount::FinanceRegions
        + QStringList {"cn-hangzhou-finance-pop"};
    m_server = std::make_unique<FakeOpenApiServer>(KeyId, Secret);
    QVERIFY(m_server->listen());
    m_server->setHandler([this](const FakeRequest &request) { return m_account.respond(request); });
    m_dir = std::make_unique<QTemporaryDir>();
}

CommandRun TestAccountCheck::run(
    bool json, const QString &profile, KeyInEnvironment key, const QString &home)
{
    AccountCommandOptions options;
    options.cloud.json = json;
    options.cloud.environment = QProcessEnvironment();
    if (!home.isEmpty())
        options.cloud.environment.insert("HOME", home);
    if (key != KeyInEnvironment::None)
        options.cloud.environment.insert("ALIBABA_CLOUD_ACCESS_KEY_ID", QString::fromLatin1(KeyId));
    if (key == KeyInEnvironment::Whole)
        options.cloud.environment.insert(
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET", QString::fromLatin1(Secret));
    options.cloud.apiEndpoint = m_server->baseUrl().toString();
    options.cloud.client.timeoutMs = 500;
    options.cloud.client.maxAttempts = 2;
    options.cloud.client.firstBackoffMs = 10;
    options.profile = profile;
    const StoreAddress address = StoreAddress::sqliteFile(m_dir->filePath("progress.sqlite"));

    CommandRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = runCheckAccount(options, &address, m_clock, out, err);
    out.flush();
    err.flush();
    for (const QString &text : {result.out, result.err}) {
        if (text.contains(QString::fromLatin1(Secret)) || text.contains(KeyId))
            qFatal("the AccessKey leaked into the output");
    }
    return result;
}

void TestAccountCheck::identityIsRead()
{
    const Result<CallerIdentity> identity = AccountFacts::identity(
        parsed(R"({"RequestId":"R","AccountId":"1234","IdentityType":"RAMUser",
                   "Arn":"acs:ram::1234:user/a"})"));
    QVERIFY(identity.ok());
    QCOMPARE(identity.value().accountId, "1234");
    QCOMPARE(identity.value().identityType, "RAMUser");
    QCOMPARE(identity.value().arn, "acs:ram::1234:user/a");
    QVERIFY(!AccountFacts::identity(parsed(R"({"IdentityType":"Account"})")).ok());
    QVERIFY(!AccountFacts::identity(parsed(R"({"AccountId":12,"IdentityType":"Account"})")).ok());
}

void TestAccountCheck::balanceIsRead_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("amount");
    QTest::newRow("thousands") << QByteArray(
        R"({"Data":{"AvailableAmount":"1,000.50","Currency":"CNY"}})")
                               << true << 1000.5;
    QTest::newRow("number") << QByteArray(R"({"Data":{"AvailableAmount":12.5,"Currency":"CNY"}})")
                            << true << 12.5;
    QTest::newRow("owing") << QByteArray(R"({"Data":{"AvailableAmount":"-3.00","Currency":"CNY"}})")
                           << true << -3.0;
    QTest::newRow("missing") << QByteArray(R"({"Data":{"Currency":"CNY"}})") << false << 0.0;
    QTest::newRow("words") << QByteArray(R"({"Data":{"AvailableAmount":"lots"}})") << false << 0.0;
    QTest::newRow("no data") << QByteArray(R"({"RequestId":"R"})") << false << 0.0;
}

void TestAccountCheck::balanceIsRead()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, ok);
    QFETCH(double, amount);
    const Result<AccountBalance> balance
        = AccountFacts::balance(QJsonDocument::fromJson(answer).object());
    QCOMPARE(balance.ok(), ok);
    if (ok) {
        QCOMPARE(balance.value().available, amount);
        QCOMPARE(balance.value().currency, "CNY");
    }
}

void TestAccountCheck::invoiceTitlesAreRead()
{
    const Result<InvoiceTitles> none
        = AccountFacts::invoiceTitles(parsed(R"({"Data":{"CustomerInvoiceList":{}}})"));
    QVERIFY(none.ok());
    QCOMPARE(none.value().count, 0);
    const Result<InvoiceTitles> two = AccountFacts::invoiceTitles(parsed(
        R"({"Data":{"CustomerInvoiceList":{"CustomerInvoice":[{"Title":" ACME "},{"Title":"B"}]}}})"));
    QVERIFY(two.ok());
    QCOMPARE(two.value().count, 2);
    QCOMPARE(two.value().first, "ACME");
    QVERIFY(!AccountFacts::invoiceTitles(parsed(R"({"Data":[]})")).ok());
    QVERIFY(!AccountFacts::invoiceTitles(
        parsed(R"({"Data":{"CustomerInvoiceList":{"CustomerInvoice":[3]}}})"))
                 .ok());
}

void TestAccountCheck::financeRegionsOnly()
{
    const Result<QStringList> regions = AccountFacts::financeRegions(parsed(
        R"({"Regions":{"Region":[{"RegionId":"cn-hangzhou"},{"RegionId":"cn-shanghai-finance-1"},
            {"RegionId":"cn-hangzhou-finance-pop"},{"RegionId":"cn-beijing-finance-1"}]}})"));
    QVERIFY(regions.ok());
    QCOMPARE(regions.value(), QStringList({"cn-shanghai-finance-1", "cn-beijing-finance-1"}));
    QVERIFY(!AccountFacts::financeRegions(parsed(R"({"Regions":{"Region":[{}]}})")).ok());
}

void TestAccountCheck::refusalInASuccessfulAnswer()
{
    QCOMPARE(AccountFacts::refusedCode(parsed(R"({"Success":false,"Code":"NoPermission"})")),
        "NoPermission");
    QCOMPARE(AccountFacts::refusedCode(parsed(R"({"Success":true,"Code":"200"})")), "");
    QCOMPARE(AccountFacts::refusedCode(parsed(R"({"AccountId":"1"})")), "");
}

void TestAccountCheck::recordRoundTrips()
{
    AccountEvidence evidence;
    evidence.check = AccountCheckKind::FinanceRegions;
    evidence.outcome = AccountEvidence::Outcome::Fine;
    evidence.at = m_clock.now();
    evidence.requestId = "R-1";
    evidence.financeRegions = {"cn-shanghai-finance-1"};
    const std::optional<AccountEvidence> back
        = AccountEvidence::fromFieldValue(evidence.check, evidence.toFieldValue());
    QVERIFY(back);
    QCOMPARE(back->at, evidence.at);
    QCOMPARE(back->requestId, "R-1");
    QCOMPARE(back->outcome, AccountEvidence::Outcome::Fine);
    QCOMPARE(back->financeRegions, evidence.financeRegions);
    QVERIFY(!AccountEvidence::fromFieldValue(evidence.check, "not json"));
    QVERIFY(!AccountEvidence::fromFieldValue(evidence.check, R"({"at":"x","outcome":"fine"})"));
    QVERIFY(!AccountEvidence::fromFieldValue(
        evidence.check, R"({"at":"2026-12-07T02:15:00Z","outcome":"great"})"));
    // The words say "appears", never "confirmed".
    const QString words = AccountEvidenceText::finding(*back);
    QVERIFY2(words.contains("appears") && !words.contains("confirmed"), qPrintable(words));
}

void TestAccountCheck::suggestionsFollowTheFinding()
{
    AccountEvidence identity;
    identity.check = AccountCheckKind::Identity;
    identity.outcome = AccountEvidence::Outcome::ToDo; // the root key: the account exists
    QCOMPARE(
        identity.suggestion(), (AccountSuggestion {StepId::Register, StepStatus::Done, {}, {}}));
    ProfileData data;
    data.step(StepId::Register).status = StepStatus::Done;
    QVERIFY(!identity.suggestion(data));

    AccountEvidence balance;
    balance.check = AccountCheckKind::Balance;
    balance.outcome = AccountEvidence::Outcome::ToDo;
    QVERIFY(!balance.suggestion());
    balance.outcome = AccountEvidence::Outcome::Fine;
    QCOMPARE(balance.suggestion()->field, FieldKey::TopUpDone);

    AccountEvidence regions;
    regions.check = AccountCheckKind::FinanceRegions;
    regions.outcome = AccountEvidence::Outcome::Unanswered;
    QVERIFY(!regions.suggestion());
    regions.outcome = AccountEvidence::Outcome::Fine;
    QCOMPARE(regions.suggestion()->step, StepId::Certification);
    QCOMPARE(regions.suggestion()->status, StepStatus::Done);

    AccountEvidence invoice;
    invoice.check = AccountCheckKind::InvoiceTitle;
    invoice.outcome = AccountEvidence::Outcome::Fine;
    invoice.invoiceTitles = 1;
    invoice.firstInvoiceTitle = "ACME";
    QCOMPARE(invoice.suggestion()->value, "ACME");
    data.fields.insert(FieldKey::InvoiceTitle, "ACME");
    QVERIFY(!invoice.suggestion(data));
}

void TestAccountCheck::allFineExitsZero()
{
    const CommandRun text = run(false);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("RAM user of account 1234567890123456"), qPrintable(text.out));
    QVERIFY(text.out.contains("1,000.00 CNY"));
    QVERIFY(text.out.contains("RequestId R-balance"));
    QVERIFY(text.out.contains("appears to be complete"));
    QVERIFY(!text.out.contains("cn-hangzhou-finance-pop"));
    QVERIFY2(text.err.isEmpty(), qPrintable(text.err));
    QVERIFY(m_server->allSignaturesValid());
    QCOMPARE(m_server->count("GetCallerIdentity"), 1);
    QCOMPARE(m_server->count("QueryAccountBalance"), 1);
    QCOMPARE(m_server->count("QueryInvoicingCustomerList"), 1);
    QCOMPARE(m_server->count("DescribeRegions"), 1);

    const CommandRun json = run(true);
    QCOMPARE(json.exitCode, 0);
    const QJsonObject document = json.json();
    QCOMPARE(document.value("format").toString(), "fincloud-onboard.account-check");
    QCOMPARE(document.value("formatVersion").toInt(), 1);
    QVERIFY(document.value("storedIn").isNull());
    QCOMPARE(document.value("checks").toArray().size(), 4);
    const QJsonObject identity = json.check("identity");
    QCOMPARE(identity.value("outcome").toString(), "fine");
    QCOMPARE(identity.value("identityType").toString(), "RAMUser");
    QCOMPARE(identity.value("requestId").toString(), "R-identity");
    QCOMPARE(identity.value("at").toString(), "2026-12-07T02:15:00Z");
    QCOMPARE(identity.value("suggestion").toObject().value("status").toString(), "done");
    QCOMPARE(json.check("finance_regions").value("regions").toArray().size(), 4);
    QCOMPARE(json.check("balance").value("suggestion").toObject().value("field").toString(),
        FieldKey::TopUpDone);
    QCOMPARE(json.check("invoice_title").value("firstTitle").toString(), "Example Fintech Ltd");
}

void TestAccountCheck::somethingToDoExitsOne_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("words");
    QTest::newRow("root key") << "root"
                              << "identity"
                              << "root account's own key";
    QTest::newRow("no top-up") << "balance"
                               << "balance"
                               << "not been topped up";
    QTest::newRow("no invoice title") << "invoice"
                                      << "invoice_title"
                                      << "No invoice title";
    QTest::newRow("no finance region") << "regions"
                                       << "finance_regions"
                                       << "does not appear";
}

void TestAccountCheck::somethingToDoExitsOne()
{
    QFETCH(QString, what);
    QFETCH(QString, check);
    QFETCH(QString, words);
    if (what == "root")
        m_account.identityType = "Account";
    else if (what == "balance")
        m_account.availableAmount = "0.00";
    else if (what == "invoice")
        m_account.invoiceTitles.clear();
    else
        m_account.regions = {"cn-hangzhou"};
    const CommandRun text = run(false);
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains(words), qPrintable(text.out));
    const CommandRun json = run(true);
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(json.check(check).value("outcome").toString(), "to_do");
    QVERIFY(m_server->allSignaturesValid());
}

void TestAccountCheck::refusalNamesThePolicy_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("policy");
    QTest::newRow("balance") << "QueryAccountBalance"
                             << "balance"
                             << "Forbidden.RAM"
                             << "AliyunBSSReadOnlyAccess";
    QTest::newRow("invoice") << "QueryInvoicingCustomerList"
                             << "invoice_title"
                             << "NoPermission"
                             << "AliyunBSSReadOnlyAccess";
    QTest::newRow("regions") << "DescribeRegions"
                             << "finance_regions"
                             << "Forbidden.RAM"
                             << "AliyunECSReadOnlyAccess";
}

void TestAccountCheck::refusalNamesThePolicy()
{
    QFETCH(QString, action);
    QFETCH(QString, check);
    QFETCH(QString, code);
    QFETCH(QString, policy);
    m_account.faults.insert("/" + action, FakeResponse::error(code, 403));
    const CommandRun text = run(false);
    QCOMPARE(text.exitCode, 2);
    QVERIFY2(text.out.contains(policy), qPrintable(text.out));
    QVERIFY2(text.err.contains(code), qPrintable(text.err));
    const CommandRun json = run(true);
    QCOMPARE(json.exitCode, 2);
    const QJsonObject refused = json.check(check);
    QCOMPARE(refused.value("outcome").toString(), "unanswered");
    QCOMPARE(refused.value("policy").toString(), policy);
    QCOMPARE(refused.value("error").toString(), code);
    QCOMPARE(refused.value("requestId").toString(), "FAKE-" + code);
    QVERIFY(!refused.value("message").toString().isEmpty());
    QCOMPARE(m_server->count(action), 2); // a refusal is not retried
}

void TestAccountCheck::findingWinsOverARefusal()
{
    m_account.faults.insert("/QueryAccountBalance",
        FakeResponse::json({{"RequestId", "R-x"}, {"Success", false}, {"Code", "NoPermission"}}));
    m_account.identityType = "Account";
    const CommandRun json = run(true);
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(json.check("balance").value("policy").toString(), "AliyunBSSReadOnlyAccess");
    QCOMPARE(json.check("balance").value("requestId").toString(), "R-x");
}

void TestAccountCheck::missingKeySendsNothing()
{
    const CommandRun text = run(false, {}, KeyInEnvironment::IdOnly);
    QCOMPARE(text.exitCode, 2);
    QVERIFY(text.err.contains("AccessKey"));
    QVERIFY(m_server->requests().isEmpty());
}

void TestAccountCheck::brokenCliConfigIsNamed()
{
    // The aliyun CLI's file is where the chain looks once the environment
    // has no key: a broken one is named, not passed over as "no key".
    QVERIFY(QDir(m_dir->path()).mkpath(".aliyun"));
    QFile config(m_dir->filePath(".aliyun/config.json"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    QVERIFY(config.write("{\"current\": \"default\", \"profiles\": [") > 0);
    config.close();
    const CommandRun text = run(false, {}, KeyInEnvironment::None, m_dir->path());
    QCOMPARE(text.exitCode, 2);
    QVERIFY2(text.err.contains(".aliyun/config.json"), qPrintable(text.err));
    QVERIFY(m_server->requests().isEmpty());
}

void TestAccountCheck::storesIntoAnExistingProfile()
{
    qint64 id = 0;
    {
        auto store = ProgressStore::openSqlite(m_dir->filePath("progress.sqlite"));
        QVERIFY(store.ok());
        const Result<ProfileData> created
            = store.value()->createProfile("Example Fintech Ltd", m_clock.now().addDays(-1));
        QVERIFY(created.ok());
        id = created.value().id;
    }
    m_account.availableAmount = "0.00";
    const CommandRun json = run(true, "Example Fintech Ltd");
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(json.json().value("storedIn").toString(), QString("#%1").arg(id));

    auto store = ProgressStore::openSqlite(m_dir->filePath("progress.sqlite"));
    QVERIFY(store.ok());
    const Result<ProfileData> profile = store.value()->loadProfile(id);
    QVERIFY(profile.ok());
    for (AccountCheckKind check : AllAccountChecks) {
        const std::optional<AccountEvidence> stored
            = AccountEvidence::fromProfile(profile.value(), check);
        QVERIFY2(stored, qPrintable(AccountEvidence::fieldKey(check)));
        QCOMPARE(stored->at, m_clock.now());
        QVERIFY(!stored->requestId.isEmpty());
    }
    QCOMPARE(AccountEvidence::fromProfile(profile.value(), AccountCheckKind::Balance)->outcome,
        AccountEvidence::Outcome::ToDo);
    // Suggestions are only printed: no step moved, no step's field set.
    for (StepId step : AllSteps)
        QCOMPARE(profile.value().status(step), StepStatus::NotStarted);
    QVERIFY(!profile.value().fields.contains(FieldKey::TopUpDone));

    const Result<QList<ProfileEvent>> events = store.value()->events(id);
    QVERIFY(events.ok());
    int checks = 0;
    for (const ProfileEvent &event : events.value()) {
        if (event.kind != EventKind::AccountCheck)
            continue;
        ++checks;
        QVERIFY(FieldKey::AccountChecks.contains(event.subject));
        const QString words = EventText::describe(event);
        QVERIFY2(words.contains("RequestId R-"), qPrintable(words));
    }
    QCOMPARE(checks, 4);

    // A second run is a second set of lines: each run's evidence is kept.
    QCOMPARE(run(false, QString("#%1").arg(id)).exitCode, 1);
    QCOMPARE(store.value()->events(id).value().size(), events.value().size() + 4);
}

void TestAccountCheck::unknownProfileAsksNothing()
{
    {
        auto store = ProgressStore::openSqlite(m_dir->filePath("progress.sqlite"));
        QVERIFY(store.ok());
        QVERIFY(store.value()->createProfile("Example Fintech Ltd", m_clock.now()).ok());
    }
    const CommandRun text = run(false, "Nobody Ltd");
    QCOMPARE(text.exitCode, 2);
    QVERIFY(!text.err.isEmpty());
    QVERIFY(m_server->requests().isEmpty());
}

void TestAccountCheck::missingDatabaseIsNotCreated()
{
    const CommandRun text = run(false, "Example Fintech Ltd");
    QCOMPARE(text.exitCode, 2);
    QVERIFY2(text.err.contains("existing profile"), qPrintable(text.err));
    QVERIFY(!QFileInfo::exists(m_dir->filePath("progress.sqlite")));
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestAccountCheck)
#include "tst_accountcheck.moc"
