// The endpoint table and its one fallback, end to end: the real
// EndpointPolicy chooses the host, a network manager that delivers every
// https call to the fake server (the signed Host header unchanged), and the
// fake account answers InvalidOperation.NotSupportedEndpoint for a configured
// host and region. LiveZoneQuery (DescribeZones) goes through RegionalCall.
#include "FakeCloudAccount.h"
#include "FakeOpenApiServer.h"
#include "cloud/EndpointPolicy.h"
#include "cloud/LiveZoneQuery.h"
#include "cloud/OpenApiClient.h"
#include "cloud/RegionalCall.h"
#include "core/Clock.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

namespace {

const QByteArray KeyId = "LTAI5tTestKeyId0001";
const QByteArray Secret = "TestSecret-never-shown-0123456789";

// Sends every request to the fake server on 127.0.0.1 over plain http: the
// request keeps the Host header the client signed, so the server sees the
// host the policy chose.
class ToFakeServer : public QNetworkAccessManager
{
public:
    explicit ToFakeServer(quint16 port) : m_port(port) { setProxy(QNetworkProxy::NoProxy); }

protected:
    QNetworkReply *createRequest(
        Operation operation, const QNetworkRequest &original, QIODevice *data) override
    {
        QNetworkRequest request(original);
        QUrl url = original.url();
        url.setScheme("http");
        url.setHost("127.0.0.1");
        url.setPort(m_port);
        request.setUrl(url);
        return QNetworkAccessManager::createRequest(operation, request, data);
    }

private:
    quint16 m_port;
};

OpenApiClientSettings fastSettings()
{
    OpenApiClientSettings settings;
    settings.timeoutMs = 2000;
    settings.maxAttempts = 2;
    settings.firstBackoffMs = 10;
    settings.maxBackoffMs = 40;
    return settings;
}

QStringList seen(const FakeOpenApiServer &server)
{
    QStringList lines;
    for (const FakeRequest &request : server.requests())
        lines << request.action() + '@' + QString::fromLatin1(request.headers.value("host"));
    return lines;
}

} // namespace

class TestEndpointFallback : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void tableHostIsWhatTheServerSees();
    void notSupportedEndpointRetriesOnceOnRegionEndpoint();
    void retriesOnlyOnce();
    void withoutRegionEndpointTheFirstAnswerStands();
    void otherErrorsAreNotRetriedElsewhere();
    void vpcFallsBackOnVpcsOwnRegionList();
    void productsWithoutARegionListAreNotRetried();

private:
    QList<RegionZones> zonesOf(const QStringList &regions);

    FixedClock m_clock {QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC)};
    FakeOpenApiServer m_server {KeyId, Secret};
    FakeCloudAccount m_account;
};

void TestEndpointFallback::init()
{
    QVERIFY(m_server.isListening() || m_server.listen());
    m_account = FakeCloudAccount();
    m_account.regions = {"cn-hangzhou-finance", "cn-shanghai-finance-1", "cn-shenzhen-finance-1",
        "cn-beijing-finance-1"};
    for (const QString &region : std::as_const(m_account.regions))
        m_account.zones.insert(region, {region + 'a', region + 'b'});
    m_server.setHandler([this](const FakeRequest &request) { return m_account.respond(request); });
    m_server.clearRequests();
}

QList<RegionZones> TestEndpointFallback::zonesOf(const QStringList &regions)
{
    ToFakeServer network(m_server.port());
    OpenApiClient client(network, m_clock, CloudCredentials(KeyId, Secret, {}), fastSettings());
    LiveZoneQuery query(client, EndpointPolicy());
    QSignalSpy finished(&query, &LiveZoneQuery::finished);
    query.start(regions);
    if (!finished.wait(10000))
        return {};
    return query.regions();
}

void TestEndpointFallback::tableHostIsWhatTheServerSees()
{
    const QList<RegionZones> zones = zonesOf({"cn-shanghai-finance-1", "cn-beijing-finance-1"});
    QCOMPARE(zones.size(), 2);
    QVERIFY(zones[0].zones && zones[1].zones);
    QVERIFY(m_server.allSignaturesValid());
    QStringList lines = seen(m_server);
    lines.sort();
    QCOMPARE(lines,
        QStringList({"DescribeZones@ecs-cn-hangzhou.aliyuncs.com",
            "DescribeZones@ecs.cn-beijing-finance-1.aliyuncs.com"}));
}

void TestEndpointFallback::notSupportedEndpointRetriesOnceOnRegionEndpoint()
{
    m_account.unsupportedEndpoints = {"ecs-cn-hangzhou.aliyuncs.com/cn-shanghai-finance-1"};
    const QList<RegionZones> zones = zonesOf({"cn-shanghai-finance-1"});
    QCOMPARE(zones.size(), 1);
    QVERIFY2(zones[0].zones, qPrintable(zones[0].failure ? zones[0].failure->code : "?"));
    QCOMPARE(zones[0].zones->size(), 2);
    QVERIFY(m_server.allSignaturesValid());
    QCOMPARE(seen(m_server),
        QStringList(
            {"DescribeZones@ecs-cn-hangzhou.aliyuncs.com", "DescribeRegions@ecs.aliyuncs.com",
                "DescribeZones@ecs.cn-shanghai-finance-1.aliyuncs.com"}));
}

void TestEndpointFallback::retriesOnlyOnce()
{
    m_account.unsupportedEndpoints = {"ecs-cn-hangzhou.aliyuncs.com/cn-shenzhen-finance-1",
        "ecs.cn-shenzhen-finance-1.aliyuncs.com/cn-shenzhen-finance-1"};
    const QList<RegionZones> zones = zonesOf({"cn-shenzhen-finance-1"});
    QCOMPARE(zones.size(), 1);
    QVERIFY(!zones[0].zones);
    QCOMPARE(zones[0].failure->code, QString(RegionalCall::NotSupportedEndpoint));
    QCOMPARE(m_server.count("DescribeZones"), 2);
    QCOMPARE(m_server.count("DescribeRegions"), 1);
}

void TestEndpointFallback::withoutRegionEndpointTheFirstAnswerStands()
{
    m_account.unsupportedEndpoints = {"ecs-cn-hangzhou.aliyuncs.com/cn-shanghai-finance-1"};
    m_account.regions.removeAll("cn-shanghai-finance-1"); // not visible to this account
    const QList<RegionZones> zones = zonesOf({"cn-shanghai-finance-1"});
    QCOMPARE(zones.size(), 1);
    QVERIFY(!zones[0].zones);
    QCOMPARE(zones[0].failure->code, QString(RegionalCall::NotSupportedEndpoint));
    QCOMPARE(m_server.count("DescribeZones"), 1);
    QCOMPARE(m_server.count("DescribeRegions"), 1);
}

void TestEndpointFallback::otherErrorsAreNotRetriedElsewhere()
{
    m_account.faults.insert("cn-shanghai-finance-1/DescribeZones",
        FakeResponse::error("Forbidden.RAM", 403, "no permission"));
    const QList<RegionZones> zones = zonesOf({"cn-shanghai-finance-1"});
    QCOMPARE(zones.size(), 1);
    QCOMPARE(zones[0].failure->code, QString("Forbidden.RAM"));
    QCOMPARE(seen(m_server), QStringList({"DescribeZones@ecs-cn-hangzhou.aliyuncs.com"}));
}

// VPC DescribeVpcs through RegionalCall, as NetworkCheck sends it: the
// table's host refuses the region, VPC's own DescribeRegions (2016-04-28, on
// VPC's central host) names the VPC host, and the call is made once more
// there; never an ECS host for a VPC call.
void TestEndpointFallback::vpcFallsBackOnVpcsOwnRegionList()
{
    const QString region = "cn-shanghai-finance-1";
    const QString tableHost = EndpointPolicy().endpoint(CloudProduct::Vpc, region).host();
    QCOMPARE(tableHost, QString("vpc.aliyuncs.com"));
    m_account.unsupportedEndpoints = {tableHost + '/' + region};
    m_account.vpcs.insert(region, {{"vpc-1", "plan", "10.0.0.0/16", {}}});

    ToFakeServer network(m_server.port());
    OpenApiClient client(network, m_clock, CloudCredentials(KeyId, Secret, {}), fastSettings());
    OpenApiRequest request {QUrl(), "DescribeVpcs", "2016-04-28", "vpc:DescribeVpcs", {}};
    request.with("RegionId", region);
    RegionalCall call(client, EndpointPolicy(), CloudProduct::Vpc, region, request);
    QSignalSpy finished(&call, &RegionalCall::finished);
    call.start();
    QVERIFY(finished.wait(10000));
    QVERIFY2(call.result(), qPrintable(call.failure() ? call.failure()->code : QString()));
    QVERIFY(m_server.allSignaturesValid());
    QCOMPARE(seen(m_server),
        QStringList({"DescribeVpcs@vpc.aliyuncs.com", "DescribeRegions@vpc.aliyuncs.com",
            "DescribeVpcs@vpc.cn-shanghai-finance-1.aliyuncs.com"}));
    QCOMPARE(m_server.requests().at(1).headers.value("x-acs-version"), QByteArray("2016-04-28"));
    QCOMPARE(call.endpointsTried().size(), 2);
}

void TestEndpointFallback::productsWithoutARegionListAreNotRetried()
{
    const QString region = "cn-shanghai-finance-1";
    const QString tableHost = EndpointPolicy().endpoint(CloudProduct::Rds, region).host();
    m_account.unsupportedEndpoints = {tableHost + '/' + region};
    ToFakeServer network(m_server.port());
    OpenApiClient client(network, m_clock, CloudCredentials(KeyId, Secret, {}), fastSettings());
    OpenApiRequest request = OpenApiRequest::rds(QUrl(), "DescribeDBInstances");
    request.with("RegionId", region);
    RegionalCall call(client, EndpointPolicy(), CloudProduct::Rds, region, request);
    QSignalSpy finished(&call, &RegionalCall::finished);
    call.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(!call.result());
    QCOMPARE(call.failure()->code, QString(RegionalCall::NotSupportedEndpoint));
    QCOMPARE(seen(m_server), QStringList({"DescribeDBInstances@" + tableHost}));
}

QTEST_GUILESS_MAIN(TestEndpointFallback)
#include "tst_endpointfallback.moc"
