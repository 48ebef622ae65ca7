// The network check (issue 21, item 3): the comparison that names each
// difference, how the plan's VPC is found (tag, then name and block, never
// a guess), the stored record, the page readers, and `verify-network` end
// to end against the fake server (every signature checked there, PageSize
// at most 50, lists longer than one page): exit statuses 0/1/2, the JSON,
// the policy named on a refusal, and the result stored in the profile with
// its timeline event, no status changed.
#include "FakeCloudAccount.h"
#include "FakeOpenApiServer.h"
#include "cli/NetworkCommand.h"
#include "cloud/EndpointPolicy.h"
#include "cloud/NetworkCheck.h"
#include "cloud/VpcFacts.h"
#include "core/Clock.h"
#include "onboarding/FieldKey.h"
#include "onboarding/NetworkComparison.h"
#include "onboarding/NetworkEvidenceText.h"
#include "onboarding/ProfileData.h"
#include "plan/NetworkPlan.h"
#include "plan/RosTemplate.h"
#include "session/EventText.h"
#include "storage/ProgressStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {

const QByteArray KeyId = "LTAI5tNetworkCheckKey1";
const QByteArray Secret = "NetworkCheck-secret-never-printed-9";
const QString Region = "cn-shanghai-finance-1";
const QString Company = "Example Fintech Ltd";

struct CommandRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QJsonObject result() const { return json().value("result").toObject(); }
    QStringList kinds() const
    {
        QStringList found;
        for (const QJsonValue &each : result().value("differences").toArray())
            found.append(each.toObject().value("kind").toString());
        return found;
    }
};

NetworkTarget plan()
{
    NetworkTarget target;
    target.regionId = Region;
    target.vpcCidr = "10.0.0.0/8";
    target.vSwitches
        = {{"cn-shanghai-finance-1a", "10.1.0.0/16"}, {"cn-shanghai-finance-1b", "10.2.0.0/16"}};
    target.profileTags = {Company, "#1"};
    target.names = {Company};
    return target;
}

QList<BuiltVSwitch> asPlanned()
{
    return {{"vsw-a", "", "cn-shanghai-finance-1a", "10.1.0.0/16"},
        {"vsw-b", "", "cn-shanghai-finance-1b", "10.2.0.0/16"}};
}

FakeCloudAccount::Vpc taggedVpc(const QString &id, const QString &cidr, const QString &profile)
{
    return {id, "built by terraform", cidr,
        {{"CreatedBy", "fincloud-onboard"}, {"FincloudProfile", profile}}};
}

} // namespace

class TestNetworkCheck : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void comparisonNamesEachDifference_data();
    void comparisonNamesEachDifference();
    void exactMatchesComeFirst();
    void tagFindsTheProfilesVpc();
    void nameAndBlockAreBothNeeded();
    void severalCandidatesAreNotGuessed();
    void recordRoundTrips();
    void contradictoryRecordIsRefused();
    void whatThePlanWritesIsFound();
    void pagesAreRead();
    void malformedPageIsRefused();
    void vpcCallsGoWhereTheTableSays();
    void matchExitsZero();
    void foundByNameAcrossPages();
    void differencesExitOne_data();
    void differencesExitOne();
    void vSwitchesAcrossPages();
    void missingVpcExitsOne();
    void refusalNamesThePolicy();
    void severalTaggedVpcsExitTwo();
    void noPlanAsksNothing();
    void missingKeySendsNothing();
    void missingDatabaseIsNotCreated();
    void resultIsStoredWithItsEvent();

private:
    qint64 createProfile(bool withPlan = true);
    CommandRun run(bool json, const QString &profile = {}, bool withSecret = true);
    void buildAsPlanned();
    void checkRequests() const;

    std::unique_ptr<FakeOpenApiServer> m_server;
    FakeCloudAccount m_account;
    FixedClock m_clock {QDateTime(QDate(2026, 12, 7), QTime(3, 30), Qt::UTC)};
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestNetworkCheck::init()
{
    m_account = FakeCloudAccount();
    m_server = std::make_unique<FakeOpenApiServer>(KeyId, Secret);
    QVERIFY(m_server->listen());
    m_server->setHandler([this](const FakeRequest &request) { return m_account.respond(request); });
    m_dir = std::make_unique<QTemporaryDir>();
}

qint64 TestNetworkCheck::createProfile(bool withPlan)
{
    auto store = ProgressStore::openSqlite(m_dir->filePath("progress.sqlite"));
    if (!store.ok())
        qFatal("cannot open the store");
    const Result<ProfileData> created
        = store.value()->createProfile(Company, m_clock.now().addDays(-1));
    if (!created.ok())
        qFatal("cannot create the profile");
    if (withPlan) {
        const NetworkTarget target = plan();
        const Result<int> saved = store.value()->saveFields(created.value().id,
            {{FieldKey::RegionId, target.regionId}, {FieldKey::NetworkType, FieldValue::NetworkVpc},
                {FieldKey::VpcCidr, target.vpcCidr},
                {FieldKey::VSwitches, PlannedVSwitch::listToJson(target.vSwitches)}},
            m_clock.now().addSecs(-60));
        if (!saved.ok())
            qFatal("cannot store the plan");
    }
    return created.value().id;
}

void TestNetworkCheck::buildAsPlanned()
{
    m_account.vpcs[Region] = {taggedVpc("vpc-plan", "10.0.0.0/8", Company)};
    m_account.vSwitches = {{"vsw-a", "vpc-plan", "cn-shanghai-finance-1a", "10.1.0.0/16"},
        {"vsw-b", "vpc-plan", "cn-shanghai-finance-1b", "10.2.0.0/16"}};
}

CommandRun TestNetworkCheck::run(bool json, const QString &profile, bool withSecret)
{
    NetworkCommandOptions options;
    options.cloud.json = json;
    options.cloud.environment = QProcessEnvironment();
    options.cloud.environment.insert("ALIBABA_CLOUD_ACCESS_KEY_ID", QString::fromLatin1(KeyId));
    if (withSecret)
        options.cloud.environment.insert(
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET", QString::fromLatin1(Secret));
    options.cloud.apiEndpoint = m_server->baseUrl().toString();
    options.cloud.client.timeoutMs = 1000;
    options.cloud.client.maxAttempts = 2;
    options.cloud.client.firstBackoffMs = 10;
    options.profile = profile;
    const StoreAddress address = StoreAddress::sqliteFile(m_dir->filePath("progress.sqlite"));

    CommandRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = runVerifyNetwork(options, &address, m_clock, out, err);
    out.flush();
    err.flush();
    for (const QString &text : {result.out, result.err}) {
        if (text.contains(QString::fromLatin1(Secret)) || text.contains(KeyId))
            qFatal("the AccessKey leaked into the output");
    }
    return result;
}

void TestNetworkCheck::checkRequests() const
{
    QVERIFY(!m_server->requests().isEmpty());
    QVERIFY(m_server->allSignaturesValid());
    for (const FakeRequest &request : m_server->requests()) {
        QCOMPARE(request.headers.value("x-acs-version"), QByteArray("2016-04-28"));
        QCOMPARE(request.parameter("RegionId"), Region);
        QVERIFY(request.parameter("PageSize").toInt() <= 50);
    }
}

void TestNetworkCheck::comparisonNamesEachDifference_data()
{
    QTest::addColumn<QString>("vpcCidr");
    QTest::addColumn<QList<BuiltVSwitch>>("built");
    QTest::addColumn<QList<NetworkDifference>>("expected");
    using Kind = NetworkDifference::Kind;
    const QList<BuiltVSwitch> planned = asPlanned();

    QTest::newRow("match") << "10.0.0.0/8" << planned << QList<NetworkDifference> {};
    QTest::newRow("vpc block") << "172.16.0.0/12" << planned
                               << QList<NetworkDifference> {{Kind::VpcCidrDifferent, "vpc-1", {},
                                      "10.0.0.0/8", {}, "172.16.0.0/12"}};
    QTest::newRow("vswitch missing") << "10.0.0.0/8" << QList<BuiltVSwitch> {planned.at(0)}
                                     << QList<NetworkDifference> {{Kind::VSwitchMissing, {},
                                            "cn-shanghai-finance-1b", "10.2.0.0/16", {}, {}}};
    QTest::newRow("vswitch block")
        << "10.0.0.0/8"
        << QList<BuiltVSwitch> {planned.at(0),
               {"vsw-b", "", "cn-shanghai-finance-1b", "10.3.0.0/16"}}
        << QList<NetworkDifference> {{Kind::VSwitchCidrDifferent, "vsw-b", "cn-shanghai-finance-1b",
               "10.2.0.0/16", "cn-shanghai-finance-1b", "10.3.0.0/16"}};
    QTest::newRow("vswitch zone") << "10.0.0.0/8"
                                  << QList<BuiltVSwitch> {planned.at(0),
                                         {"vsw-b", "", "cn-shanghai-finance-1c", "10.2.0.0/16"}}
                                  << QList<NetworkDifference> {{Kind::VSwitchZoneDifferent, "vsw-b",
                                         "cn-shanghai-finance-1b", "10.2.0.0/16",
                                         "cn-shanghai-finance-1c", "10.2.0.0/16"}};
    QTest::newRow("vswitch not in plan")
        << "10.0.0.0/8"
        << (planned + QList<BuiltVSwitch> {{"vsw-x", "", "cn-shanghai-finance-1c", "10.9.0.0/16"}})
        << QList<NetworkDifference> {
               {Kind::VSwitchNotInPlan, "vsw-x", {}, {}, "cn-shanghai-finance-1c", "10.9.0.0/16"}};
}

void TestNetworkCheck::comparisonNamesEachDifference()
{
    QFETCH(QString, vpcCidr);
    QFETCH(QList<BuiltVSwitch>, built);
    QFETCH(QList<NetworkDifference>, expected);
    const BuiltVpc vpc {"vpc-1", Company, vpcCidr, {}};
    const QList<NetworkDifference> found = NetworkComparison::compare(plan(), vpc, built);
    QCOMPARE(found.size(), expected.size());
    for (qsizetype i = 0; i < found.size(); ++i) {
        QCOMPARE(NetworkDifference::kindKey(found.at(i).kind),
            NetworkDifference::kindKey(expected.at(i).kind));
        QVERIFY(found.at(i) == expected.at(i));
        // Each kind has its own words.
        QVERIFY(!NetworkEvidenceText::difference(found.at(i)).isEmpty());
    }
}

void TestNetworkCheck::exactMatchesComeFirst()
{
    // The zone-b vSwitch carries zone a's block too: the exact pair wins,
    // the other is a zone difference, not two block differences.
    const QList<BuiltVSwitch> built = {{"vsw-1", "", "cn-shanghai-finance-1c", "10.1.0.0/16"},
        {"vsw-2", "", "cn-shanghai-finance-1a", "10.1.0.0/16"},
        {"vsw-3", "", "cn-shanghai-finance-1b", "10.2.0.0/16"}};
    const QList<NetworkDifference> found
        = NetworkComparison::compare(plan(), {"vpc-1", Company, "10.0.0.0/8", {}}, built);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().kind, NetworkDifference::Kind::VSwitchNotInPlan);
    QCOMPARE(found.constFirst().resourceId, "vsw-1");
}

void TestNetworkCheck::tagFindsTheProfilesVpc()
{
    const BuiltVpc other {"vpc-o", "x", "10.0.0.0/8",
        {{"CreatedBy", "fincloud-onboard"}, {"FincloudProfile", "Another Ltd"}}};
    const BuiltVpc mine {"vpc-m", "y", "192.168.0.0/16",
        {{"CreatedBy", "fincloud-onboard"}, {"FincloudProfile", "#1"}}};
    const NetworkComparison::Chosen chosen = NetworkComparison::byTag(plan(), {other, mine});
    QCOMPARE(chosen.choice, NetworkComparison::Choice::Found);
    QCOMPARE(chosen.vpc->id, "vpc-m");
    // Not ours: none.
    QCOMPARE(NetworkComparison::byTag(plan(), {other}).choice, NetworkComparison::Choice::None);
    // Two of ours, one with the plan's block: that one.
    const BuiltVpc mineToo {"vpc-2", "z", "10.0.0.0/8",
        {{"CreatedBy", "fincloud-onboard"}, {"FincloudProfile", Company}}};
    QCOMPARE(NetworkComparison::byTag(plan(), {mine, mineToo}).vpc->id, "vpc-2");
}

void TestNetworkCheck::nameAndBlockAreBothNeeded()
{
    const QList<BuiltVpc> vpcs = {{"vpc-1", Company, "172.16.0.0/12", {}},
        {"vpc-2", "default", "10.0.0.0/8", {}}, {"vpc-3", Company, "10.0.0.0/8", {}}};
    const NetworkComparison::Chosen chosen = NetworkComparison::byNameAndCidr(plan(), vpcs);
    QCOMPARE(chosen.choice, NetworkComparison::Choice::Found);
    QCOMPARE(chosen.vpc->id, "vpc-3");
    QCOMPARE(NetworkComparison::byNameAndCidr(plan(), vpcs.mid(0, 2)).choice,
        NetworkComparison::Choice::None);
}

void TestNetworkCheck::severalCandidatesAreNotGuessed()
{
    const QList<BuiltVpc> vpcs
        = {{"vpc-1", Company, "10.0.0.0/8", {}}, {"vpc-2", Company, "10.0.0.0/8", {}}};
    QCOMPARE(NetworkComparison::byNameAndCidr(plan(), vpcs).choice,
        NetworkComparison::Choice::Ambiguous);
}

void TestNetworkCheck::recordRoundTrips()
{
    NetworkEvidence evidence;
    evidence.outcome = NetworkEvidence::Outcome::Differences;
    evidence.at = m_clock.now();
    evidence.regionId = Region;
    evidence.requestIds = {"R-1", "R-2"};
    evidence.vpcId = "vpc-1";
    evidence.vpcName = Company;
    evidence.foundBy = NetworkEvidence::FoundBy::Tag;
    evidence.differences = {{NetworkDifference::Kind::VSwitchZoneDifferent, "vsw-b", "z-b",
        "10.2.0.0/16", "z-c", "10.2.0.0/16"}};
    const std::optional<NetworkEvidence> read
        = NetworkEvidence::fromFieldValue(evidence.toFieldValue());
    QVERIFY(read);
    QCOMPARE(read->toFieldValue(), evidence.toFieldValue());
    QCOMPARE(read->requestIds, evidence.requestIds);
    QVERIFY(read->differences == evidence.differences);
    QCOMPARE(read->exitStatus(), 1);
    QVERIFY(!read->suggestion());

    evidence.outcome = NetworkEvidence::Outcome::Match;
    evidence.differences.clear();
    QCOMPARE(evidence.exitStatus(), 0);
    ProfileData data;
    QVERIFY(evidence.suggestion(data));
    QCOMPARE(*evidence.suggestion(data)->status, StepStatus::Done);
    QCOMPARE(evidence.suggestion(data)->step, StepId::Region);
    data.step(StepId::Region).status = StepStatus::Done;
    QVERIFY(!evidence.suggestion(data));
}

void TestNetworkCheck::whatThePlanWritesIsFound()
{
    // The VPC that `plan --format ros` describes, as DescribeVpcs would list
    // it once built: found by its tags, and by its name and block without.
    const QString region = QStringLiteral("cn-shanghai-finance-1");
    ProfileData data;
    data.id = 7;
    data.fields.insert(FieldKey::CompanyName, QStringLiteral("北京示例金融科技有限公司"));
    data.fields.insert(FieldKey::RegionId, region);
    data.fields.insert(FieldKey::NetworkType, FieldValue::NetworkVpc);
    data.fields.insert(FieldKey::VpcCidr, QStringLiteral("10.10.0.0/16"));
    data.fields.insert(FieldKey::VSwitches,
        PlannedVSwitch::listToJson({{region + u'f', QStringLiteral("10.10.0.0/20")}}));
    const Result<NetworkPlan> plan = NetworkPlan::read(data);
    QVERIFY(plan);
    const QJsonObject resources = QJsonDocument::fromJson(RosTemplate::json(plan.value()))
                                      .object()
                                      .value("Resources")
                                      .toObject();
    BuiltVpc built;
    for (const QJsonValue &resource : resources) {
        const QJsonObject properties = resource.toObject().value("Properties").toObject();
        if (resource.toObject().value("Type").toString() != "ALIYUN::ECS::VPC")
            continue;
        built = {"vpc-1", properties.value("VpcName").toString(),
            properties.value("CidrBlock").toString(), {}};
        for (const QJsonValue &tag : properties.value("Tags").toArray())
            built.tags.insert(
                tag.toObject().value("Key").toString(), tag.toObject().value("Value").toString());
    }
    QVERIFY(!built.name.isEmpty());
    const Result<NetworkTarget> target = NetworkCheck::targetOf(data);
    QVERIFY(target);
    QCOMPARE(
        NetworkComparison::byTag(target.value(), {built}).choice, NetworkComparison::Choice::Found);
    built.tags.clear();
    QCOMPARE(
        NetworkComparison::byTag(target.value(), {built}).choice, NetworkComparison::Choice::None);
    QCOMPARE(NetworkComparison::byNameAndCidr(target.value(), {built}).choice,
        NetworkComparison::Choice::Found);
}

void TestNetworkCheck::contradictoryRecordIsRefused()
{
    QVERIFY(!NetworkEvidence::fromFieldValue(
        R"({"at":"2026-12-07T03:30:00Z","outcome":"differences","requestIds":[]})"));
    QVERIFY(!NetworkEvidence::fromFieldValue(R"({"at":"2026-12-07T03:30:00Z","outcome":"match",
        "differences":[{"kind":"vswitch_missing"}]})"));
    QVERIFY(!NetworkEvidence::fromFieldValue(R"({"at":"2026-12-07T03:30:00Z","outcome":"odd"})"));
    QVERIFY(!NetworkEvidence::fromFieldValue(R"({"at":"2026-12-07T03:30:00Z",
        "outcome":"differences","differences":[{"kind":"vpc_gone"}]})"));
    QVERIFY(NetworkEvidence::fromFieldValue(R"({"at":"2026-12-07T03:30:00Z","outcome":"match"})"));
}

void TestNetworkCheck::pagesAreRead()
{
    const QJsonObject vpcs = QJsonDocument::fromJson(R"({"RequestId":"R","TotalCount":3,
        "PageNumber":1,"Vpcs":{"Vpc":[{"VpcId":"vpc-1","VpcName":"a","CidrBlock":"10.0.0.0/8",
        "Tags":{"Tag":[{"Key":"CreatedBy","Value":"fincloud-onboard"}]}}]}})")
                                 .object();
    const Result<VpcPage<BuiltVpc>> page = VpcFacts::vpcs(vpcs);
    QVERIFY(page.ok());
    QCOMPARE(page.value().totalCount, qint64(3));
    QCOMPARE(page.value().requestId, "R");
    QCOMPARE(page.value().items.size(), 1);
    QCOMPARE(page.value().items.constFirst().tags.value("CreatedBy"), "fincloud-onboard");

    const QJsonObject vSwitches = QJsonDocument::fromJson(R"({"RequestId":"S","TotalCount":1,
        "VSwitches":{"VSwitch":[{"VSwitchId":"vsw-1","ZoneId":"z-a","CidrBlock":"10.1.0.0/16"}]}})")
                                      .object();
    const Result<VpcPage<BuiltVSwitch>> switches = VpcFacts::vSwitches(vSwitches);
    QVERIFY(switches.ok());
    QCOMPARE(switches.value().items.constFirst().zone, "z-a");
}

void TestNetworkCheck::malformedPageIsRefused()
{
    for (const char *json : {R"({"Vpcs":{"Vpc":[]}})",
             R"({"TotalCount":1,"Vpcs":{"Vpc":[{"VpcName":"a","CidrBlock":"10.0.0.0/8"}]}})",
             R"({"TotalCount":1,"Vpcs":{"Vpc":[{"VpcId":"v","CidrBlock":7}]}})",
             R"({"TotalCount":1,"Vpcs":"none"})"})
        QVERIFY2(!VpcFacts::vpcs(QJsonDocument::fromJson(json).object()).ok(), json);
    QVERIFY(!VpcFacts::vSwitches(
        QJsonDocument::fromJson(
            R"({"TotalCount":1,"VSwitches":{"VSwitch":[{"VSwitchId":"vsw-1","CidrBlock":"10.1.0.0/16"}]}})")
            .object())
                 .ok());
}

void TestNetworkCheck::vpcCallsGoWhereTheTableSays()
{
    const EndpointPolicy real;
    QCOMPARE(real.endpoint(CloudProduct::Vpc, "cn-hangzhou-finance").host(), "vpc.aliyuncs.com");
    QCOMPARE(real.endpoint(CloudProduct::Vpc, "cn-beijing-finance-1").host(),
        "vpc.cn-beijing-finance-1.aliyuncs.com");
}

void TestNetworkCheck::matchExitsZero()
{
    const qint64 id = createProfile();
    buildAsPlanned();
    const CommandRun json = run(true);
    QCOMPARE(json.exitCode, 0);
    checkRequests();
    // Found by its tags: one DescribeVpcs (with the tag filter) and one DescribeVSwitches.
    QCOMPARE(m_server->count("DescribeVpcs"), 1);
    QCOMPARE(m_server->requests().constFirst().parameter("Tag.1.Key"), "CreatedBy");
    QCOMPARE(m_server->requests().constFirst().parameter("Tag.1.Value"), "fincloud-onboard");
    QCOMPARE(m_server->count("DescribeVSwitches"), 1);
    QCOMPARE(m_server->requests().constLast().parameter("VpcId"), "vpc-plan");

    const QJsonObject document = json.json();
    QCOMPARE(document.value("format").toString(), "fincloud-onboard.network-check");
    QCOMPARE(document.value("formatVersion").toInt(), 1);
    QCOMPARE(document.value("profile").toString(), QString("#%1").arg(id));
    QCOMPARE(document.value("storedIn").toString(), QString("#%1").arg(id));
    QCOMPARE(document.value("plan").toObject().value("vpcCidr").toString(), "10.0.0.0/8");
    QCOMPARE(document.value("plan").toObject().value("vSwitches").toArray().size(), 2);
    const QJsonObject result = json.result();
    QCOMPARE(result.value("outcome").toString(), "match");
    QCOMPARE(result.value("region").toString(), Region);
    QCOMPARE(result.value("vpcId").toString(), "vpc-plan");
    QCOMPARE(result.value("foundBy").toString(), "tag");
    QCOMPARE(result.value("at").toString(), "2026-12-07T03:30:00Z");
    QCOMPARE(result.value("differences").toArray().size(), 0);
    QCOMPARE(result.value("requestIds").toArray(), QJsonArray({"R-vpcs-1", "R-vswitches-1"}));
    QCOMPARE(result.value("suggestion").toObject().value("step").toString(), "region");
    QCOMPARE(result.value("suggestion").toObject().value("status").toString(), "done");

    const CommandRun text = run(false);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("vpc-plan"), qPrintable(text.out));
    QVERIFY2(text.out.contains("R-vswitches-1"), qPrintable(text.out));
}

void TestNetworkCheck::foundByNameAcrossPages()
{
    createProfile();
    // 120 other VPCs (no tags) before the plan's, named as the profile: three pages.
    QList<FakeCloudAccount::Vpc> vpcs;
    for (int i = 0; i < 120; ++i)
        vpcs.append({QString("vpc-%1").arg(i), QString("other %1").arg(i), "10.0.0.0/8", {}});
    vpcs.append({"vpc-named", Company, "10.0.0.0/8", {}});
    m_account.vpcs[Region] = vpcs;
    m_account.vSwitches = {{"vsw-a", "vpc-named", "cn-shanghai-finance-1a", "10.1.0.0/16"},
        {"vsw-b", "vpc-named", "cn-shanghai-finance-1b", "10.2.0.0/16"}};
    const CommandRun json = run(true);
    QCOMPARE(json.exitCode, 0);
    checkRequests();
    // One tag-filtered list (empty), then the whole list, page by page.
    QCOMPARE(m_server->count("DescribeVpcs"), 1 + 3);
    QStringList pages;
    for (const FakeRequest &request : m_server->requests()) {
        if (request.action() == "DescribeVpcs" && request.parameter("Tag.1.Key").isEmpty())
            pages.append(request.parameter("PageNumber"));
    }
    QCOMPARE(pages, QStringList({"1", "2", "3"}));
    QCOMPARE(json.result().value("vpcId").toString(), "vpc-named");
    QCOMPARE(json.result().value("foundBy").toString(), "name_cidr");
    QCOMPARE(json.result().value("requestIds").toArray().size(), 5);
}

void TestNetworkCheck::differencesExitOne_data()
{
    QTest::addColumn<QString>("vpcCidr");
    QTest::addColumn<QList<FakeCloudAccount::VSwitch>>("built");
    QTest::addColumn<QString>("kind");
    const FakeCloudAccount::VSwitch a {
        "vsw-a", "vpc-plan", "cn-shanghai-finance-1a", "10.1.0.0/16"};
    QTest::newRow("vpc cidr") << "10.0.0.0/16"
                              << QList<FakeCloudAccount::VSwitch> {a,
                                     {"vsw-b", "vpc-plan", "cn-shanghai-finance-1b", "10.2.0.0/16"}}
                              << "vpc_cidr_different";
    QTest::newRow("vswitch missing")
        << "10.0.0.0/8" << QList<FakeCloudAccount::VSwitch> {a} << "vswitch_missing";
    QTest::newRow("vswitch cidr") << "10.0.0.0/8"
                                  << QList<FakeCloudAccount::VSwitch> {a,
                                         {"vsw-b", "vpc-plan", "cn-shanghai-finance-1b",
                                             "10.4.0.0/16"}}
                                  << "vswitch_cidr_different";
    QTest::newRow("vswitch zone") << "10.0.0.0/8"
                                  << QList<FakeCloudAccount::VSwitch> {a,
                                         {"vsw-b", "vpc-plan", "cn-shanghai-finance-1c",
                                             "10.2.0.0/16"}}
                                  << "vswitch_zone_different";
    QTest::newRow("vswitch not in plan")
        << "10.0.0.0/8"
        << QList<FakeCloudAccount::VSwitch> {a,
               {"vsw-b", "vpc-plan", "cn-shanghai-finance-1b", "10.2.0.0/16"},
               {"vsw-c", "vpc-plan", "cn-shanghai-finance-1c", "10.3.0.0/16"}}
        << "vswitch_not_in_plan";
}

void TestNetworkCheck::differencesExitOne()
{
    QFETCH(QString, vpcCidr);
    QFETCH(QList<FakeCloudAccount::VSwitch>, built);
    QFETCH(QString, kind);
    createProfile();
    m_account.vpcs[Region] = {taggedVpc("vpc-plan", vpcCidr, Company)};
    m_account.vSwitches = built;
    // Another VPC's vSwitches never count for this one.
    m_account.vSwitches.append({"vsw-else", "vpc-else", "cn-shanghai-finance-1a", "10.7.0.0/16"});
    const CommandRun json = run(true);
    QCOMPARE(json.exitCode, 1);
    checkRequests();
    QCOMPARE(json.result().value("outcome").toString(), "differences");
    QCOMPARE(json.kinds(), QStringList {kind});
    QCOMPARE(json.result().value("differenceText").toArray().size(), 1);
    QVERIFY(json.result().value("suggestion").isNull());

    const CommandRun text = run(false);
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains("  - "), qPrintable(text.out));
}

void TestNetworkCheck::vSwitchesAcrossPages()
{
    createProfile();
    buildAsPlanned();
    for (int i = 0; i < 58; ++i)
        m_account.vSwitches.append({QString("vsw-x%1").arg(i), "vpc-plan", "cn-shanghai-finance-1c",
            QString("10.%1.0.0/16").arg(100 + i)});
    const CommandRun json = run(true);
    QCOMPARE(json.exitCode, 1);
    checkRequests();
    QCOMPARE(m_server->count("DescribeVSwitches"), 2);
    QCOMPARE(json.kinds().size(), 58);
    QVERIFY(json.kinds().count("vswitch_not_in_plan") == 58);
}

void TestNetworkCheck::missingVpcExitsOne()
{
    createProfile();
    m_account.vpcs[Region] = {{"vpc-default", "default", "172.16.0.0/12", {}},
        taggedVpc("vpc-other", "10.0.0.0/8", "Another Ltd")};
    const CommandRun json = run(true);
    QCOMPARE(json.exitCode, 1);
    checkRequests();
    QCOMPARE(json.kinds(), QStringList {"vpc_missing"});
    QVERIFY(json.result().value("vpcId").isNull());
    QCOMPARE(m_server->count("DescribeVSwitches"), 0);
}

void TestNetworkCheck::refusalNamesThePolicy()
{
    const qint64 id = createProfile();
    m_account.faults.insert(Region + "/DescribeVpcs",
        FakeResponse::json(
            {{"RequestId", "R-denied"}, {"Code", "Forbidden.RAM"},
                {"Message", "User not authorized to operate on the specified resource."}},
            403));
    const CommandRun json = run(true);
    QCOMPARE(json.exitCode, 2);
    QCOMPARE(json.result().value("outcome").toString(), "unchecked");
    QCOMPARE(json.result().value("policy").toString(), "AliyunVPCReadOnlyAccess");
    QCOMPARE(json.result().value("error").toString(), "Forbidden.RAM");
    QCOMPARE(json.result().value("requestIds").toArray(), QJsonArray({"R-denied"}));
    QVERIFY(!json.result().value("message").toString().isEmpty());
    const CommandRun text = run(false);
    QCOMPARE(text.exitCode, 2);
    QVERIFY2(text.out.contains("AliyunVPCReadOnlyAccess"), qPrintable(text.out));

    // Stored as it was: could not check, with the RequestId.
    auto store = ProgressStore::openSqlite(m_dir->filePath("progress.sqlite"));
    QVERIFY(store.ok());
    const std::optional<NetworkEvidence> stored
        = NetworkEvidence::fromProfile(store.value()->loadProfile(id).value());
    QVERIFY(stored);
    QCOMPARE(stored->outcome, NetworkEvidence::Outcome::Unchecked);
    QCOMPARE(stored->requestIds, QStringList {"R-denied"});
}

void TestNetworkCheck::severalTaggedVpcsExitTwo()
{
    createProfile();
    m_account.vpcs[Region] = {taggedVpc("vpc-1", "172.16.0.0/12", Company),
        taggedVpc("vpc-2", "192.168.0.0/16", Company)};
    const CommandRun json = run(true);
    QCOMPARE(json.exitCode, 2);
    QCOMPARE(json.result().value("error").toString(), "ambiguous");
    QCOMPARE(m_server->count("DescribeVSwitches"), 0);
}

void TestNetworkCheck::noPlanAsksNothing()
{
    createProfile(false);
    buildAsPlanned();
    const CommandRun text = run(false);
    QCOMPARE(text.exitCode, 2);
    QVERIFY2(text.err.contains("VPC plan"), qPrintable(text.err));
    QVERIFY(m_server->requests().isEmpty());
    // An unknown profile: nothing asked either.
    QCOMPARE(run(false, "Nobody Ltd").exitCode, 2);
    QVERIFY(m_server->requests().isEmpty());
}

void TestNetworkCheck::missingKeySendsNothing()
{
    createProfile();
    const CommandRun text = run(false, {}, false);
    QCOMPARE(text.exitCode, 2);
    QVERIFY(text.err.contains("AccessKey"));
    QVERIFY(m_server->requests().isEmpty());
}

void TestNetworkCheck::missingDatabaseIsNotCreated()
{
    const CommandRun text = run(false, Company);
    QCOMPARE(text.exitCode, 2);
    QVERIFY2(text.err.contains("existing profile"), qPrintable(text.err));
    QVERIFY(!QFileInfo::exists(m_dir->filePath("progress.sqlite")));
    QVERIFY(m_server->requests().isEmpty());
}

void TestNetworkCheck::resultIsStoredWithItsEvent()
{
    const qint64 id = createProfile();
    buildAsPlanned();
    QCOMPARE(run(false, Company).exitCode, 0);

    auto store = ProgressStore::openSqlite(m_dir->filePath("progress.sqlite"));
    QVERIFY(store.ok());
    const Result<ProfileData> profile = store.value()->loadProfile(id);
    QVERIFY(profile.ok());
    const std::optional<NetworkEvidence> stored = NetworkEvidence::fromProfile(profile.value());
    QVERIFY(stored);
    QCOMPARE(stored->outcome, NetworkEvidence::Outcome::Match);
    QCOMPARE(stored->at, m_clock.now());
    QCOMPARE(stored->requestIds, QStringList({"R-vpcs-1", "R-vswitches-1"}));
    // A match only suggests: step 5 is not done.
    QVERIFY(profile.value().status(StepId::Region) != StepStatus::Done);

    const Result<QList<ProfileEvent>> events = store.value()->events(id);
    QVERIFY(events.ok());
    int checks = 0;
    for (const ProfileEvent &event : events.value()) {
        if (event.kind != EventKind::NetworkCheck)
            continue;
        ++checks;
        QCOMPARE(event.subject, FieldKey::NetworkCheck);
        const QString words = EventText::describe(event);
        QVERIFY2(words.contains("R-vswitches-1"), qPrintable(words));
        QVERIFY2(words.contains("vpc-plan"), qPrintable(words));
    }
    QCOMPARE(checks, 1);

    // A second run is a second line: each run's evidence is kept.
    m_account.vSwitches.removeLast();
    QCOMPARE(run(false, QString("#%1").arg(id)).exitCode, 1);
    QCOMPARE(store.value()->events(id).value().size(), events.value().size() + 1);
}

QTEST_GUILESS_MAIN(TestNetworkCheck)
#include "tst_networkcheck.moc"
