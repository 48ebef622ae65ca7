// The pure parts of the cloud layer: answer parsers against wrong shapes,
// endpoint choice, credential lookup and redaction, error sentences.
#include "cloud/CloudCredentials.h"
#include "cloud/CloudErrorText.h"
#include "cloud/EndpointPolicy.h"
#include "cloud/EndpointTable.h"
#include "cloud/InstanceCount.h"
#include "cloud/RegionList.h"
#include "cloud/ZoneList.h"

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTest>

namespace {

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestCloudParsers : public QObject
{
    Q_OBJECT
private slots:
    void regions_data();
    void regions();
    void zones();
    void instancePages_data();
    void instancePages();
    void endpoints_data();
    void endpoints();
    void centralProducts();
    void endpointTableHasEveryFactsCell_data();
    void endpointTableHasEveryFactsCell();
    void endpointTableSaysWhereItComesFrom();
    void endpointTableRefusesIncompleteData_data();
    void endpointTableRefusesIncompleteData();
    void overrides_data();
    void overrides();
    void credentialsFromEnvironment();
    void redactedDescriptionHidesTheKey();
    void everyExplainedCodeHasItsOwnSentence();
    void forbiddenRamNamesThePermission();
};

void TestCloudParsers::regions_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("count"); // -1: an error

    QTest::newRow("recorded shape") << QByteArray(R"({"RequestId":"x","Regions":{"Region":[
            {"RegionId":"cn-hangzhou","LocalName":"华东1（杭州）","RegionEndpoint":"ecs.cn-hangzhou.aliyuncs.com","Status":"available"},
            {"RegionId":"cn-hangzhou-finance","LocalName":"华东1 金融云"}]}})")
                                    << 2;
    QTest::newRow("empty inner list") << QByteArray(R"({"Regions":{"Region":[]}})") << 0;
    QTest::newRow("inner list omitted") << QByteArray(R"({"Regions":{}})") << 0;
    QTest::newRow("Regions missing") << QByteArray(R"({"RequestId":"x"})") << -1;
    QTest::newRow("Regions is a string") << QByteArray(R"({"Regions":"none"})") << -1;
    QTest::newRow("Region is an object") << QByteArray(R"({"Regions":{"Region":{}}})") << -1;
    QTest::newRow("entry is a number") << QByteArray(R"({"Regions":{"Region":[1]}})") << -1;
    QTest::newRow("RegionId missing")
        << QByteArray(R"({"Regions":{"Region":[{"LocalName":"x"}]}})") << -1;
    QTest::newRow("RegionId a number")
        << QByteArray(R"({"Regions":{"Region":[{"RegionId":7}]}})") << -1;
    QTest::newRow("RegionId empty")
        << QByteArray(R"({"Regions":{"Region":[{"RegionId":" "}]}})") << -1;
    QTest::newRow("RegionEndpoint an array")
        << QByteArray(R"({"Regions":{"Region":[{"RegionId":"a","RegionEndpoint":[]}]}})") << -1;
}

void TestCloudParsers::regions()
{
    QFETCH(QByteArray, json);
    QFETCH(int, count);
    const Result<QList<CloudRegion>> regions = RegionList::parse(object(json));
    QCOMPARE(regions.ok() ? int(regions.value().size()) : -1, count);
    if (!regions) {
        QVERIFY(!regions.error().message.isEmpty());
        QVERIFY(!regions.error().details.isEmpty());
    } else if (count == 2) {
        QCOMPARE(regions.value().at(0).endpoint, QString("ecs.cn-hangzhou.aliyuncs.com"));
        QCOMPARE(regions.value().at(1).endpoint, QString());
    }
}

void TestCloudParsers::zones()
{
    const Result<QList<CloudZone>> zones = ZoneList::parse(object(R"({"Zones":{"Zone":[
        {"ZoneId":"cn-shanghai-finance-1f","LocalName":"金融云 F","ZoneType":"AvailabilityZone"},
        {"ZoneId":"cn-shanghai-finance-1g"}]}})"));
    QVERIFY(zones.ok());
    QCOMPARE(zones.value().size(), 2);
    QCOMPARE(zones.value().at(0).id, QString("cn-shanghai-finance-1f"));
    QCOMPARE(zones.value().at(1).zoneType, QString());
    QVERIFY(!ZoneList::parse(object(R"({"Zones":{"Zone":[{"ZoneId":null}]}})")).ok());
    QVERIFY(!ZoneList::parse(object(R"({"Zone":[]})")).ok());
}

void TestCloudParsers::instancePages_data()
{
    QTest::addColumn<bool>("ecs");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("items"); // -1: an error
    QTest::addColumn<int>("total"); // -1: none reported

    QTest::newRow("ECS with total")
        << true << QByteArray(R"({"TotalCount":3,"Instances":{"Instance":[{},{}]}})") << 2 << 3;
    QTest::newRow("ECS empty") << true
                               << QByteArray(R"({"TotalCount":0,"Instances":{"Instance":[]}})") << 0
                               << 0;
    QTest::newRow("ECS total as digits")
        << true << QByteArray(R"({"TotalCount":"5","Instances":{"Instance":[]}})") << 0 << 5;
    QTest::newRow("ECS without total")
        << true << QByteArray(R"({"Instances":{"Instance":[{}]}})") << 1 << -1;
    QTest::newRow("ECS total negative")
        << true << QByteArray(R"({"TotalCount":-1,"Instances":{"Instance":[]}})") << -1 << -1;
    QTest::newRow("ECS total fractional")
        << true << QByteArray(R"({"TotalCount":1.5,"Instances":{"Instance":[]}})") << -1 << -1;
    QTest::newRow("ECS total a word")
        << true << QByteArray(R"({"TotalCount":"many","Instances":{"Instance":[]}})") << -1 << -1;
    QTest::newRow("ECS total smaller than the page")
        << true << QByteArray(R"({"TotalCount":0,"Instances":{"Instance":[{}]}})") << -1 << -1;
    QTest::newRow("ECS Instances missing") << true << QByteArray(R"({"TotalCount":0})") << -1 << -1;
    QTest::newRow("ECS instance a string")
        << true << QByteArray(R"({"Instances":{"Instance":["i-1"]}})") << -1 << -1;
    QTest::newRow("RDS with total")
        << false << QByteArray(R"({"TotalRecordCount":1,"Items":{"DBInstance":[{}]}})") << 1 << 1;
    QTest::newRow("RDS answer read as ECS")
        << true << QByteArray(R"({"TotalRecordCount":1,"Items":{"DBInstance":[{}]}})") << -1 << -1;
}

void TestCloudParsers::instancePages()
{
    QFETCH(bool, ecs);
    QFETCH(QByteArray, json);
    QFETCH(int, items);
    QFETCH(int, total);
    const Result<InstancePage> page
        = ecs ? InstanceCount::parseEcs(object(json)) : InstanceCount::parseRds(object(json));
    QCOMPARE(page.ok() ? int(page.value().itemsOnPage) : -1, items);
    if (page)
        QCOMPARE(page.value().total ? int(*page.value().total) : -1, total);
}

void TestCloudParsers::endpoints_data()
{
    QTest::addColumn<bool>("ecs");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("reported");
    QTest::addColumn<QString>("url");

    QTest::newRow("Hangzhou finance: the table's central host") << true << "cn-hangzhou-finance"
                                                                << ""
                                                                << "https://ecs.aliyuncs.com";
    QTest::newRow("public region: regional") << true << "cn-beijing"
                                             << ""
                                             << "https://ecs.cn-beijing.aliyuncs.com";
    QTest::newRow("reported endpoint (the caller's explicit choice) wins over the table")
        << true << "cn-shanghai-finance-1"
        << "ecs-cn-shanghai-finance-1.aliyuncs.com"
        << "https://ecs-cn-shanghai-finance-1.aliyuncs.com";
    QTest::newRow("reported endpoint outside aliyuncs.com is ignored")
        << true << "cn-beijing"
        << "evil.example.com"
        << "https://ecs.cn-beijing.aliyuncs.com";
    QTest::newRow("odd region id: central") << true << "cn-beijing.evil.com/x"
                                            << ""
                                            << "https://ecs.aliyuncs.com";
    QTest::newRow("RDS finance: central") << false << "cn-shenzhen-finance-1"
                                          << ""
                                          << "https://rds.aliyuncs.com";
    QTest::newRow("RDS public: regional") << false << "ap-southeast-1"
                                          << ""
                                          << "https://rds.ap-southeast-1.aliyuncs.com";
}

void TestCloudParsers::endpoints()
{
    QFETCH(bool, ecs);
    QFETCH(QString, region);
    QFETCH(QString, reported);
    QFETCH(QString, url);
    const EndpointPolicy policy;
    QCOMPARE(
        policy.endpoint(ecs ? CloudProduct::Ecs : CloudProduct::Rds, region, reported), QUrl(url));
}

// STS and BSS answer for every region at one central host; the override wins.
void TestCloudParsers::centralProducts()
{
    const EndpointPolicy policy;
    for (const QString region : {"cn-shanghai-finance-1", "cn-beijing", ""}) {
        QCOMPARE(policy.endpoint(CloudProduct::Sts, region), QUrl("https://sts.aliyuncs.com"));
        QCOMPARE(policy.endpoint(CloudProduct::Bss, region), QUrl("https://business.aliyuncs.com"));
    }
    QCOMPARE(policy.centralEndpoint(CloudProduct::Bss), QUrl("https://business.aliyuncs.com"));
    const Result<EndpointPolicy> overridden
        = EndpointPolicy::withOverride(QUrl("http://127.0.0.1:9"));
    QVERIFY(overridden.ok());
    QCOMPARE(overridden.value().centralEndpoint(CloudProduct::Sts), QUrl("http://127.0.0.1:9"));
}

void TestCloudParsers::endpointTableHasEveryFactsCell_data()
{
    QTest::addColumn<int>("product");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("host");

    // guide/FACTS.md, "Endpoints per product in finance regions" (read 2026-12),
    // cell by cell; RDS in Hangzhou: the desktop-reachable central endpoint.
    const QStringList regions {"cn-hangzhou-finance", "cn-shanghai-finance-1",
        "cn-shenzhen-finance-1", "cn-beijing-finance-1"};
    const QList<std::pair<CloudProduct, QStringList>> table {
        {CloudProduct::Ecs,
            {"ecs.aliyuncs.com", "ecs-cn-hangzhou.aliyuncs.com", "ecs-cn-hangzhou.aliyuncs.com",
                "ecs.cn-beijing-finance-1.aliyuncs.com"}},
        {CloudProduct::Vpc,
            {"vpc.aliyuncs.com", "vpc.aliyuncs.com", "vpc.aliyuncs.com",
                "vpc.cn-beijing-finance-1.aliyuncs.com"}},
        {CloudProduct::Rds,
            {"rds.aliyuncs.com", "rds.aliyuncs.com", "rds.aliyuncs.com", "rds.aliyuncs.com"}},
        {CloudProduct::Bss,
            {"business.aliyuncs.com", "business.aliyuncs.com", "business.aliyuncs.com",
                "business.aliyuncs.com"}},
        {CloudProduct::Sts,
            {"sts.aliyuncs.com", "sts.aliyuncs.com", "sts.aliyuncs.com", "sts.aliyuncs.com"}},
        {CloudProduct::Ros,
            {"ros.aliyuncs.com", "ros.aliyuncs.com", "ros.aliyuncs.com", "ros.aliyuncs.com"}},
    };
    for (const auto &[product, hosts] : table) {
        for (int i = 0; i < regions.size(); ++i)
            QTest::addRow(
                "%s in %s", qPrintable(EndpointTable::key(product)), qPrintable(regions[i]))
                << int(product) << regions[i] << hosts[i];
    }
    QTest::newRow("VPC public: regional rule") << int(CloudProduct::Vpc) << "cn-beijing"
                                               << "vpc.cn-beijing.aliyuncs.com";
    QTest::newRow("STS public: central rule") << int(CloudProduct::Sts) << "cn-beijing"
                                              << "sts.aliyuncs.com";
    QTest::newRow("internal finance-pop id: central")
        << int(CloudProduct::Ecs) << "cn-beijing-finance-pop"
        << "ecs.aliyuncs.com";
}

void TestCloudParsers::endpointTableHasEveryFactsCell()
{
    QFETCH(int, product);
    QFETCH(QString, region);
    QFETCH(QString, host);
    const EndpointPolicy policy;
    QCOMPARE(policy.endpoint(CloudProduct(product), region), QUrl("https://" + host));
    // The override still wins over the table.
    const Result<EndpointPolicy> overridden
        = EndpointPolicy::withOverride(QUrl("http://127.0.0.1:9"));
    QVERIFY(overridden.ok());
    QCOMPARE(
        overridden.value().endpoint(CloudProduct(product), region), QUrl("http://127.0.0.1:9"));
}

void TestCloudParsers::endpointTableSaysWhereItComesFrom()
{
    const EndpointTable &table = EndpointTable::builtIn();
    QVERIFY(table.source().contains("alibabacloud-cpp-sdk"));
    QCOMPARE(table.checked(), QString("2026-12"));
    const QList<std::pair<CloudProduct, QString>> versions {{CloudProduct::Ecs, "2014-05-26"},
        {CloudProduct::Vpc, "2016-04-28"}, {CloudProduct::Rds, "2014-08-15"},
        {CloudProduct::Bss, "2017-12-14"}, {CloudProduct::Sts, "2015-04-01"},
        {CloudProduct::Ros, "2019-09-10"}};
    for (const auto &[product, version] : versions)
        QCOMPARE(table.product(product)->version, version);
    // The SDK's own map entry for RDS in Hangzhou is kept beside the host used.
    const EndpointEntry *rds = table.entry(CloudProduct::Rds, "cn-hangzhou-finance");
    QVERIFY(rds);
    QCOMPARE(rds->sdkMap, QString("rds-vpc.cn-hangzhou-finance.aliyuncs.com"));
    QVERIFY(!rds->why.isEmpty());
}

void TestCloudParsers::endpointTableRefusesIncompleteData_data()
{
    QTest::addColumn<QByteArray>("json");
    const auto product = [](const QByteArray &key, const QByteArray &regions = "{}") -> QByteArray {
        return "\"" + key + "\":{\"version\":\"1\",\"rule\":\"central\",\"prefix\":\"" + key
            + "\",\"regions\":" + regions + "}";
    };
    const QByteArray allButRos = product("ecs") + ',' + product("rds") + ',' + product("vpc") + ','
        + product("bss") + ',' + product("sts");
    const QByteArray head = R"({"source":"s","checked":"2026-12","products":{)";
    QTest::newRow("complete (control)")
        << QByteArray(head + allButRos + ',' + product("ros") + "}}");
    QTest::newRow("a product missing") << QByteArray(head + allButRos + "}}");
    QTest::newRow("no date") << QByteArray(
        R"({"source":"s","products":{)" + allButRos + ',' + product("ros") + "}}");
    QTest::newRow("a host outside aliyuncs.com") << QByteArray(
        head + allButRos + ',' + product("ros", R"({"cn-x":"evil.example.com"})") + "}}");
}

void TestCloudParsers::endpointTableRefusesIncompleteData()
{
    QFETCH(QByteArray, json);
    const bool control = QByteArray(QTest::currentDataTag()).startsWith("complete");
    QCOMPARE(EndpointTable::fromJson(json).ok(), control);
}

void TestCloudParsers::overrides_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https gateway") << "https://gateway.example.com/acs/" << true;
    QTest::newRow("http loopback v4") << "http://127.0.0.1:8080" << true;
    QTest::newRow("http loopback v6") << "http://[::1]:8080" << true;
    QTest::newRow("http localhost") << "http://localhost:1" << true;
    QTest::newRow("http elsewhere") << "http://gateway.example.com" << false;
    QTest::newRow("http LAN address") << "http://192.168.1.5" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
    QTest::newRow("no host") << "https://" << false;
    QTest::newRow("user info") << "https://user:pw@gateway.example.com" << false;
    QTest::newRow("query") << "https://gateway.example.com/?a=b" << false;
}

void TestCloudParsers::overrides()
{
    QFETCH(QString, base);
    QFETCH(bool, accepted);
    const Result<EndpointPolicy> policy = EndpointPolicy::withOverride(QUrl(base));
    QCOMPARE(policy.ok(), accepted);
    if (policy) {
        QCOMPARE(
            policy.value().endpoint(CloudProduct::Rds, "cn-beijing"), policy.value().overrideUrl());
        QVERIFY(!policy.value().overrideUrl().path().endsWith('/'));
    } else {
        QVERIFY(!policy.error().message.contains("pw"));
    }
}

void TestCloudParsers::credentialsFromEnvironment()
{
    QProcessEnvironment environment;
    QVERIFY(!CloudCredentials::fromEnvironment(environment).ok());
    environment.insert("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI5tAbCdEfGhIjKlMn");
    const Result<CloudCredentials> missingSecret = CloudCredentials::fromEnvironment(environment);
    QVERIFY(!missingSecret.ok());
    QVERIFY(missingSecret.error().details.contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
    environment.insert("ALIBABA_CLOUD_ACCESS_KEY_SECRET", " s3cr3t ");
    const Result<CloudCredentials> credentials = CloudCredentials::fromEnvironment(environment);
    QVERIFY(credentials.ok());
    QCOMPARE(credentials.value().secret(), QByteArray("s3cr3t"));
    QCOMPARE(credentials.value().source(), CloudCredentials::Source::Environment);
}

void TestCloudParsers::redactedDescriptionHidesTheKey()
{
    const CloudCredentials key(
        "LTAI5tAbCdEfGhIjKlMn", "secret-value", CloudCredentials::Source::Environment);
    const QString description = key.redactedDescription();
    QVERIFY2(
        description.startsWith(QString("LTAI") + QChar(0x2026) + "KlMn"), qPrintable(description));
    QVERIFY(!description.contains("AbCdEf"));
    QVERIFY(!description.contains("secret"));
    QVERIFY(!CloudCredentials("short", "x", {}).redactedDescription().contains("short"));
}

void TestCloudParsers::everyExplainedCodeHasItsOwnSentence()
{
    const QStringList codes {"InvalidAccessKeyId.NotFound", "InvalidAccessKeyId.Inactive",
        "SignatureDoesNotMatch", "InvalidTimeStamp.Expired", "SignatureNonceUsed", "Throttling",
        "Forbidden.RAM", "Forbidden.UserVerification", "SomethingElse"};
    QSet<QString> sentences;
    for (const QString &code : codes) {
        CloudFailure failure;
        failure.code = code;
        failure.requestId = "REQ-1";
        const Error error = CloudErrorText::toError(failure);
        sentences.insert(error.message);
        QVERIFY(error.details.contains("Code: " + code));
        QVERIFY(error.details.contains("RequestId: REQ-1"));
    }
    QCOMPARE(sentences.size(), codes.size());
    CloudFailure clock;
    clock.code = "InvalidTimeStamp.Expired";
    QVERIFY(CloudErrorText::message(clock).contains("clock"));
    CloudFailure throttledUser;
    throttledUser.code = "Throttling.User";
    CloudFailure throttled;
    throttled.code = "Throttling";
    QCOMPARE(CloudErrorText::message(throttledUser), CloudErrorText::message(throttled));
}

void TestCloudParsers::forbiddenRamNamesThePermission()
{
    CloudFailure failure;
    failure.code = "Forbidden.RAM";
    failure.ramAction = "rds:DescribeDBInstances";
    QVERIFY(CloudErrorText::message(failure).contains("rds:DescribeDBInstances"));
}

QTEST_GUILESS_MAIN(TestCloudParsers)
#include "tst_cloudparsers.moc"
