// `check-public-resources` and `zones` end to end, in-process, against the
// fake server: the whole chain from environment to exit status, with every
// request's signature checked by the server.
#include "FakeCloudAccount.h"
#include "FakeOpenApiServer.h"
#include "cli/CloudCommands.h"
#include "core/Clock.h"
#include "onboarding/FieldKey.h"
#include "onboarding/PlannedVSwitch.h"
#include "onboarding/ProfileData.h"
#include "plan/NetworkPlan.h"
#include "plan/RosTemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTextStream>

namespace {

const QByteArray KeyId = "LTAI5tEndToEndKey001";
const QByteArray Secret = "EndToEnd-secret-never-printed-42";

struct CommandRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

enum class Command { CheckPublicResources, Zones };

} // namespace

class TestCloudCommands : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void resourcesFoundExitsOneWithTheTable();
    void allZeroIsNoneVisibleNotClean();
    void failingRegionMakesTheCheckIncomplete_data();
    void failingRegionMakesTheCheckIncomplete();
    void resourcesFoundWinOverAFailingRegion();
    void pagesWhenTheServiceGivesNoTotal();
    void throttledRegionIsRetried();
    void wrongSecretIsAPlainSentence();
    void missingKeySendsNothing();
    void endpointFromTheEnvironment();
    void plainHttpElsewhereIsRefused();
    void regionNamesInTheInterfaceLanguage();
    void zonesOfEveryFinanceRegion();
    void zonesWithAFailingRegion();
    void gatewayEchoIsRedacted_data();
    void gatewayEchoIsRedacted();
    void rosValidatesThePlansTemplate();

private:
    CommandRun run(Command command, bool json, const QString &secret = QString::fromLatin1(Secret),
        bool endpointInEnvironment = false);

    std::unique_ptr<FakeOpenApiServer> m_server;
    FakeCloudAccount m_account;
    FixedClock m_clock {QDateTime(QDate(2026, 3, 9), QTime(8, 0), Qt::UTC)};
};

void TestCloudCommands::init()
{
    m_account = FakeCloudAccount();
    m_server = std::make_unique<FakeOpenApiServer>(KeyId, Secret);
    QVERIFY(m_server->listen());
    m_server->setHandler([this](const FakeRequest &request) { return m_account.respond(request); });
}

CommandRun TestCloudCommands::run(
    Command command, bool json, const QString &secret, bool endpointInEnvironment)
{
    CloudCommandOptions options;
    options.json = json;
    options.environment = QProcessEnvironment();
    options.environment.insert("ALIBABA_CLOUD_ACCESS_KEY_ID", QString::fromLatin1(KeyId));
    if (!secret.isEmpty())
        options.environment.insert("ALIBABA_CLOUD_ACCESS_KEY_SECRET", secret);
    if (endpointInEnvironment)
        options.environment.insert("FINCLOUD_API_ENDPOINT", m_server->baseUrl().toString());
    else
        options.apiEndpoint = m_server->baseUrl().toString();
    options.client.timeoutMs = 300;
    options.client.maxAttempts = 3;
    options.client.firstBackoffMs = 10;
    options.client.maxBackoffMs = 40;

    CommandRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = command == Command::Zones
        ? runZones(options, m_clock, out, err)
        : runCheckPublicResources(options, m_clock, out, err);
    out.flush();
    err.flush();
    for (const QString &text : {result.out, result.err}) {
        if (text.contains(QString::fromLatin1(Secret)) || text.contains(KeyId))
            qFatal("the AccessKey leaked into the output");
    }
    return result;
}

void TestCloudCommands::resourcesFoundExitsOneWithTheTable()
{
    m_account.ecs["cn-hangzhou"] = 2;
    m_account.rds["ap-southeast-1"] = 1;
    m_account.ecs["cn-hangzhou-finance"] = 9; // must not be counted: not public cloud
    const CommandRun text = run(Command::CheckPublicResources, false);
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains(QRegularExpression("cn-hangzhou +2 +0 ")), qPrintable(text.out));
    QVERIFY(text.out.contains(QRegularExpression("ap-southeast-1 +0 +1 ")));
    QVERIFY(!text.out.contains("cn-hangzhou-finance"));
    QVERIFY(text.out.contains("3 instance(s)"));
    QVERIFY(text.err.isEmpty());
    QVERIFY(m_server->allSignaturesValid());
    for (const FakeRequest &request : m_server->requests())
        QVERIFY(!request.parameter("RegionId").contains("finance"));

    const CommandRun json = run(Command::CheckPublicResources, true);
    QCOMPARE(json.exitCode, 1);
    const QJsonObject document = json.json();
    QCOMPARE(document.value("format").toString(), QString("fincloud-onboard.public-resources"));
    QCOMPARE(document.value("verdict").toString(), QString("found"));
    QCOMPARE(document.value("instancesFound").toInt(), 3);
    QCOMPARE(document.value("regions").toArray().size(), 3);
    QCOMPARE(document.value("regions").toArray().at(0).toObject().value("ecs").toInt(), 2);
}

void TestCloudCommands::allZeroIsNoneVisibleNotClean()
{
    const CommandRun text = run(Command::CheckPublicResources, false);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(
        text.out.contains("No ECS or RDS instances are visible to this key"), qPrintable(text.out));
    QVERIFY(text.out.contains("RAM user"));
    QVERIFY(!text.out.contains("clean", Qt::CaseInsensitive));
    const QJsonObject document = run(Command::CheckPublicResources, true).json();
    QCOMPARE(document.value("verdict").toString(), QString("none-visible"));
    QCOMPARE(document.value("mayLackPermission").toBool(), true);
    QVERIFY(document.value("accessKey").toString().startsWith("LTAI"));
}

void TestCloudCommands::failingRegionMakesTheCheckIncomplete_data()
{
    QTest::addColumn<FakeResponse>("fault");
    QTest::addColumn<QString>("inDetails");
    FakeResponse slow = FakeResponse::json({});
    slow.delayMs = 1000;
    QTest::newRow("Forbidden.RAM names the permission")
        << FakeResponse::error("Forbidden.RAM", 403) << "Action: rds:DescribeDBInstances";
    QTest::newRow("time-out") << slow << "Host: 127.0.0.1";
    QTest::newRow("HTTP 500") << FakeResponse::raw("", 500) << "HTTP: 500";
    QTest::newRow("wrong shape") << FakeResponse::json({{"Items", "none"}}) << "Items";
}

void TestCloudCommands::failingRegionMakesTheCheckIncomplete()
{
    QFETCH(FakeResponse, fault);
    QFETCH(QString, inDetails);
    m_account.faults["cn-beijing/DescribeDBInstances"] = fault;
    const CommandRun text = run(Command::CheckPublicResources, false);
    QCOMPARE(text.exitCode, 2);
    QVERIFY(text.out.contains(QRegularExpression("cn-beijing +0 +\\? ")));
    QVERIFY(text.out.contains("could not be completed"));
    QVERIFY2(text.err.startsWith("cn-beijing RDS: "), qPrintable(text.err));
    QVERIFY2(text.err.contains(inDetails), qPrintable(text.err));
    const QJsonObject document = run(Command::CheckPublicResources, true).json();
    QCOMPARE(document.value("verdict").toString(), QString("incomplete"));
    QVERIFY(document.value("regions").toArray().at(1).toObject().value("rds").isNull());
    QCOMPARE(document.value("problems").toArray().size(), 1);
}

void TestCloudCommands::resourcesFoundWinOverAFailingRegion()
{
    m_account.ecs["cn-hangzhou"] = 1;
    m_account.faults["cn-beijing/DescribeInstances"] = FakeResponse::error("Forbidden.RAM", 403);
    QCOMPARE(run(Command::CheckPublicResources, false).exitCode, 1);
}

void TestCloudCommands::pagesWhenTheServiceGivesNoTotal()
{
    m_account.omitTotals = true;
    m_account.ecs["cn-beijing"] = 130;
    m_account.rds["cn-beijing"] = 100; // a full page, then an empty one
    const QJsonObject document = run(Command::CheckPublicResources, true).json();
    const QJsonObject beijing = document.value("regions").toArray().at(1).toObject();
    QCOMPARE(beijing.value("regionId").toString(), QString("cn-beijing"));
    QCOMPARE(beijing.value("ecs").toInt(), 130);
    QCOMPARE(beijing.value("rds").toInt(), 100);
    int beijingEcsPages = 0;
    for (const FakeRequest &request : m_server->requests())
        beijingEcsPages += request.action() == "DescribeInstances"
            && request.parameter("RegionId") == "cn-beijing";
    QCOMPARE(beijingEcsPages, 2);
}

void TestCloudCommands::throttledRegionIsRetried()
{
    int throttled = 0;
    m_server->setHandler([this, &throttled](const FakeRequest &request) {
        if (request.action() == "DescribeInstances" && throttled++ == 0)
            return FakeResponse::error("Throttling.User", 400);
        return m_account.respond(request);
    });
    QCOMPARE(run(Command::CheckPublicResources, false).exitCode, 0);
    QCOMPARE(m_server->count("DescribeInstances"), 4); // three regions, one retry
}

void TestCloudCommands::wrongSecretIsAPlainSentence()
{
    const CommandRun text = run(Command::CheckPublicResources, false, "not-the-secret");
    QCOMPARE(text.exitCode, 2);
    QVERIFY2(text.err.contains("the AccessKey secret is probably wrong"), qPrintable(text.err));
    QVERIFY(text.err.contains("Code: SignatureDoesNotMatch"));
    QVERIFY(!text.err.contains("not-the-secret"));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestCloudCommands::missingKeySendsNothing()
{
    const CommandRun text = run(Command::CheckPublicResources, false, QString());
    QCOMPARE(text.exitCode, 2);
    QVERIFY(text.err.contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
    QVERIFY(m_server->requests().isEmpty());
}

void TestCloudCommands::endpointFromTheEnvironment()
{
    QCOMPARE(
        run(Command::CheckPublicResources, false, QString::fromLatin1(Secret), true).exitCode, 0);
    QVERIFY(!m_server->requests().isEmpty());
}

void TestCloudCommands::plainHttpElsewhereIsRefused()
{
    CloudCommandOptions options;
    options.apiEndpoint = "http://gateway.example.com";
    options.environment.insert("ALIBABA_CLOUD_ACCESS_KEY_ID", QString::fromLatin1(KeyId));
    options.environment.insert("ALIBABA_CLOUD_ACCESS_KEY_SECRET", QString::fromLatin1(Secret));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QCOMPARE(runZones(options, m_clock, outStream, errStream), 2);
    errStream.flush();
    QVERIFY2(err.contains("https://"), qPrintable(err));
}

void TestCloudCommands::regionNamesInTheInterfaceLanguage()
{
    // DescribeRegions and DescribeZones name places in Chinese unless told
    // otherwise: the interface's language (QLocale's default) is asked for.
    const QLocale before;
    for (const auto &[locale, expected] : {std::pair {"en_US", "en-US"},
             std::pair {"zh_CN", "zh-CN"}, std::pair {"de_DE", "en-US"}}) {
        QLocale::setDefault(QLocale(QString::fromLatin1(locale)));
        m_server->clearRequests();
        const CommandRun json = run(Command::CheckPublicResources, true);
        QCOMPARE(json.exitCode, 0);
        run(Command::Zones, true);
        QCOMPARE(m_server->count("DescribeRegions"), 1);
        for (const FakeRequest &request : m_server->requests()) {
            if (request.action() == "DescribeRegions" || request.action() == "DescribeZones")
                QCOMPARE(request.parameter("AcceptLanguage"), QString::fromLatin1(expected));
        }
        const QString name
            = json.json().value("regions").toArray().at(0).toObject().value("localName").toString();
        QCOMPARE(name.startsWith("name of "), QString::fromLatin1(expected) == "en-US");
    }
    QLocale::setDefault(before);
}

void TestCloudCommands::zonesOfEveryFinanceRegion()
{
    m_account.zones["cn-hangzhou-finance"] = {"cn-hangzhou-finance-b", "cn-hangzhou-finance-c",
        "cn-hangzhou-finance-d", "cn-hangzhou-finance-j"};
    m_account.zones["cn-shenzhen-finance-1"] = {"cn-shenzhen-finance-1a", "cn-shenzhen-finance-1d"};
    m_account.zones["cn-shanghai-finance-1"] = {"cn-shanghai-finance-1f", "cn-shanghai-finance-1g"};
    const CommandRun text = run(Command::Zones, false);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("cn-hangzhou-finance-j"), qPrintable(text.out));
    QVERIFY2(text.out.contains("4 zones live, 3 in version 20200422 of the guide"),
        qPrintable(text.out));
    QCOMPARE(m_server->count("DescribeZones"), 3);

    const QJsonObject document = run(Command::Zones, true).json();
    QCOMPARE(document.value("format").toString(), QString("fincloud-onboard.zones"));
    QCOMPARE(document.value("complete").toBool(), true);
    const QJsonArray regions = document.value("regions").toArray();
    QCOMPARE(regions.size(), 3);
    QCOMPARE(regions.at(2).toObject().value("zones").toArray().at(0).toObject().value("zoneId"),
        QJsonValue("cn-shanghai-finance-1f"));
    QCOMPARE(regions.at(0).toObject().value("guideZoneCount").toInt(), 3);
}

void TestCloudCommands::zonesWithAFailingRegion()
{
    m_account.faults["cn-shenzhen-finance-1/DescribeZones"]
        = FakeResponse::error("Forbidden.UserVerification", 403);
    const CommandRun text = run(Command::Zones, true);
    QCOMPARE(text.exitCode, 2);
    QVERIFY2(text.err.contains("real-name verification"), qPrintable(text.err));
    const QJsonObject document = text.json();
    QCOMPARE(document.value("complete").toBool(), false);
    QVERIFY(document.value("regions").toArray().at(1).toObject().value("zones").isNull());
}

void TestCloudCommands::gatewayEchoIsRedacted_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<bool>("withCode"); // false: a bare body without an error code
    QTest::newRow("text, error code") << false << true;
    QTest::newRow("JSON, error code") << true << true;
    QTest::newRow("text, bare body") << false << false;
    QTest::newRow("JSON, bare body") << true << false;
}

void TestCloudCommands::gatewayEchoIsRedacted()
{
    QFETCH(bool, json);
    QFETCH(bool, withCode);
    QByteArray signature;
    m_server->setHandler([&signature, withCode](const FakeRequest &request) {
        const QByteArray authorization = request.headers.value("authorization");
        signature = authorization.mid(authorization.indexOf("Signature=") + 10);
        // A gateway that echoes the request it refused, and tries the terminal.
        const QByteArray echo = "refused ?AccessKeyId=" + KeyId + "&Signature=" + signature
            + " \x1b]0;owned\x07\x1b[2J Authorization: " + authorization;
        if (!withCode)
            return FakeResponse::raw(echo, 502);
        return FakeResponse::json(
            {{"RequestId", "ECHO-12345678901234"}, {"Code", "Gateway.Refused"},
                {"Message", QString::fromLatin1(echo)}},
            403);
    });
    // run() fails the test when the AccessKey ID or the secret is printed.
    const CommandRun result = run(Command::Zones, json);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(signature.size() >= 64);
    const QString printed = result.out + result.err;
    QVERIFY2(!printed.contains(QString::fromLatin1(signature)), qPrintable(printed));
    QVERIFY2(!printed.contains(QString::fromLatin1(signature.left(16))), qPrintable(printed));
    QVERIFY2(printed.contains("Signature=[redacted]"), qPrintable(printed));
    QVERIFY2(!printed.contains(QChar(0x1b)) && !printed.contains(QChar(0x07)), qPrintable(printed));
    if (!json)
        QVERIFY2(result.err.contains("\\u001b]0;owned\\u0007"), qPrintable(result.err));
    if (withCode) // support needs the request id whole, digits and all
        QVERIFY2(printed.contains("ECHO-12345678901234"), qPrintable(printed));
}

// plan --validate: ValidateTemplate signed as every call, the template
// travelling whole (TemplateBody, compact), accepted; a template ROS refuses
// is reported with ROS's reason and exit status 2.
void TestCloudCommands::rosValidatesThePlansTemplate()
{
    ProfileData data;
    data.fields.insert(FieldKey::CompanyName, "示例 \"Bank\" ${x}");
    data.fields.insert(FieldKey::RegionId, "cn-shanghai-finance-1");
    data.fields.insert(FieldKey::NetworkType, FieldValue::NetworkVpc);
    data.fields.insert(FieldKey::VpcCidr, "10.10.0.0/16");
    data.fields.insert(FieldKey::VSwitches,
        PlannedVSwitch::listToJson({{"cn-shanghai-finance-1f", "10.10.0.0/24"},
            {"cn-shanghai-finance-1g", "10.10.1.0/24"}}));
    const Result<NetworkPlan> plan = NetworkPlan::read(data);
    QVERIFY(plan);
    const QByteArray body = RosTemplate::json(plan.value());

    CloudCommandOptions options;
    options.environment = QProcessEnvironment();
    options.environment.insert("ALIBABA_CLOUD_ACCESS_KEY_ID", QString::fromLatin1(KeyId));
    options.environment.insert("ALIBABA_CLOUD_ACCESS_KEY_SECRET", QString::fromLatin1(Secret));
    options.apiEndpoint = m_server->baseUrl().toString();
    options.client.timeoutMs = 2000;
    options.client.maxAttempts = 1;
    const auto validate = [&](const QByteArray &templateBody, QString &out, QString &err) {
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const int status = validateRosTemplate(
            options, m_clock, templateBody, "cn-shanghai-finance-1", outStream, errStream);
        outStream.flush();
        errStream.flush();
        return status;
    };

    QString out;
    QString err;
    QCOMPARE(validate(body, out, err), 0);
    QVERIFY2(out.contains("ROS accepted the template (ValidateTemplate, 3 output(s))"),
        qPrintable(out + err));
    QCOMPARE(m_server->count("ValidateTemplate"), 1);
    const FakeRequest &asked = m_server->requests().last();
    QVERIFY(asked.signatureValid);
    QCOMPARE(asked.headers.value("x-acs-version"), QByteArray("2019-09-10"));
    QCOMPARE(asked.parameter("RegionId"), "cn-shanghai-finance-1");
    QCOMPARE(QJsonDocument::fromJson(asked.parameter("TemplateBody").toUtf8()),
        QJsonDocument::fromJson(body));
    // As the ROS SDKs send it: a POST, the region in the query, the template
    // in the form body.
    QCOMPARE(asked.method, QByteArray("POST"));
    QVERIFY(asked.query.contains("RegionId"));
    QVERIFY(!asked.query.contains("TemplateBody"));
    QVERIFY(asked.form.contains("TemplateBody"));

    // A template far longer than a URL may be (here 120 vSwitches) goes
    // through all the same.
    {
        QJsonObject large = QJsonDocument::fromJson(body).object();
        QJsonObject resources = large.value("Resources").toObject();
        const QJsonObject first = resources.value("VSwitch1").toObject();
        for (int i = 0; i < 120; ++i)
            resources.insert(QStringLiteral("ExtraVSwitch%1").arg(i), first);
        large.insert("Resources", resources);
        const QByteArray largeBody = QJsonDocument(large).toJson(QJsonDocument::Compact);
        QVERIFY(largeBody.size() > FakeOpenApiServer::MaxRequestTarget);
        out.clear();
        err.clear();
        QCOMPARE(validate(largeBody, out, err), 0);
        QVERIFY2(out.contains("ROS accepted the template"), qPrintable(out + err));
        QCOMPARE(QJsonDocument::fromJson(
                     m_server->requests().last().form.value("TemplateBody").toUtf8()),
            QJsonDocument(large));
    }

    // A vSwitch without its zone: ROS says so, and so does the command.
    QJsonObject broken = QJsonDocument::fromJson(body).object();
    QJsonObject resources = broken.value("Resources").toObject();
    QJsonObject vSwitch = resources.value("VSwitch2").toObject();
    QJsonObject properties = vSwitch.value("Properties").toObject();
    properties.remove("ZoneId");
    vSwitch.insert("Properties", properties);
    resources.insert("VSwitch2", vSwitch);
    broken.insert("Resources", resources);
    out.clear();
    err.clear();
    QCOMPARE(validate(QJsonDocument(broken).toJson(), out, err), 2);
    QVERIFY2(err.contains("ROS did not accept the template"), qPrintable(err));
    QVERIFY2(err.contains("InvalidTemplate"), qPrintable(err));
    QVERIFY2(err.contains("VSwitch2: the property ZoneId is required"), qPrintable(err));
    QVERIFY(m_server->allSignaturesValid());
    for (const QString &text : {out, err})
        QVERIFY(!text.contains(QString::fromLatin1(Secret)));
}

QTEST_GUILESS_MAIN(TestCloudCommands)
#include "tst_cloudcommands.moc"
