// What the two checks conclude, without the network: the pre-check's verdict
// key and the counts kept on the profile (and how a damaged record is read),
// the line that says what could not be read and why, and the live zones
// compared with the guide's table.
#include "cloud/PublicResourceSummary.h"
#include "cloud/ZoneComparison.h"
#include "onboarding/FieldKey.h"
#include "onboarding/ProfileData.h"
#include "onboarding/RegionCatalogue.h"

#include <QNetworkReply>
#include <QTest>
#include <QTimeZone>

using Verdict = PublicResourceReport::Verdict;
using Kind = ZoneDifference::Kind;

namespace {

QList<CloudZone> zones(const QStringList &ids)
{
    QList<CloudZone> list;
    for (const QString &id : ids)
        list.append({id, QString(), QString()});
    return list;
}

CloudFailure refused(const QString &host)
{
    CloudFailure failure;
    failure.kind = CloudFailure::Kind::NoNetwork;
    failure.host = host;
    failure.networkError = QNetworkReply::ConnectionRefusedError;
    failure.technical = "Connection refused";
    return failure;
}

CloudFailure forbidden(const QString &action)
{
    CloudFailure failure;
    failure.code = "Forbidden.RAM";
    failure.httpStatus = 403;
    failure.requestId = "REQ-403";
    failure.ramAction = action;
    return failure;
}

} // namespace

class TestCloudSummaries : public QObject
{
    Q_OBJECT
private slots:
    void verdictKeysRoundTrip();
    void countsAreStoredAndReadBack();
    void damagedRecordIsIgnored_data();
    void damagedRecordIsIgnored();
    void zonesComparedByCount();
    void problemLineNamesTheFirstCause();
    void unreadZonesNameTheirCause();
};

void TestCloudSummaries::verdictKeysRoundTrip()
{
    for (const Verdict verdict : {Verdict::NoneVisible, Verdict::Found, Verdict::Incomplete})
        QCOMPARE(PublicResourceSummary::verdictFromKey(PublicResourceSummary::verdictKey(verdict)),
            verdict);
    QVERIFY(!PublicResourceSummary::verdictFromKey("clean"));
    QVERIFY(!PublicResourceSummary::verdictFromKey(QString()));
}

void TestCloudSummaries::countsAreStoredAndReadBack()
{
    PublicResourceReport report;
    report.regions = {{"cn-hangzhou", "杭州", 2, 1}, {"cn-beijing", "北京", 0, std::nullopt},
        {"ap-southeast-1", "Singapore", 40, 0}};
    report.problems = {{"cn-beijing", "RDS", forbidden("rds:DescribeDBInstances")}};
    report.verdict = PublicResourceReport::verdictFor(report.regions, true);
    QCOMPARE(report.verdict, Verdict::Found);
    const QDateTime at(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    const QHash<QString, QString> fields = PublicResourceSummary::profileFields(report, at);

    // Counts and a time only: nothing that names an instance.
    QCOMPARE(fields.size(), 5);
    ProfileData data;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        QVERIFY2(FieldKey::All.contains(it.key()), qPrintable(it.key()));
        // A view of the stored check follows exactly these fields.
        QVERIFY2(PublicResourceSummary::recordsField(it.key()), qPrintable(it.key()));
        data.fields.insert(it.key(), it.value());
    }
    QVERIFY(!PublicResourceSummary::recordsField(FieldKey::CompanyName));
    const std::optional<StoredPrecheck> stored = PublicResourceSummary::fromProfile(data);
    QVERIFY(stored);
    QCOMPARE(stored->verdict, Verdict::Found);
    QCOMPARE(stored->checkedAt, at);
    QCOMPARE(stored->regions, 3);
    QCOMPARE(stored->ecs, 42);
    QCOMPARE(stored->rds, 1); // the unknown count is not counted as anything
    const QString text = PublicResourceSummary::describe(*stored, QTimeZone("Asia/Shanghai"));
    QVERIFY2(text.contains("42 ECS") && text.contains("17:30"), qPrintable(text));
}

void TestCloudSummaries::damagedRecordIsIgnored_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("unknown verdict") << FieldKey::PrecheckVerdict << "clean";
    QTest::newRow("no time") << FieldKey::PrecheckAt << "";
    QTest::newRow("bad time") << FieldKey::PrecheckAt << "yesterday";
    QTest::newRow("negative count") << FieldKey::PrecheckEcs << "-1";
    QTest::newRow("text count") << FieldKey::PrecheckRds << "many";
    QTest::newRow("no regions") << FieldKey::PrecheckRegions << "";
}

void TestCloudSummaries::damagedRecordIsIgnored()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    ProfileData data;
    data.fields = {{FieldKey::PrecheckVerdict, "none-visible"},
        {FieldKey::PrecheckAt, "2026-11-02T09:30:00Z"}, {FieldKey::PrecheckRegions, "21"},
        {FieldKey::PrecheckEcs, "0"}, {FieldKey::PrecheckRds, "0"}};
    QVERIFY(PublicResourceSummary::fromProfile(data));
    data.fields.insert(key, value);
    QVERIFY(!PublicResourceSummary::fromProfile(data));
}

void TestCloudSummaries::zonesComparedByCount()
{
    const RegionCatalogue &guide = RegionCatalogue::guide(); // 3, 2 and 2 zones
    const QList<RegionZones> live = {
        {"cn-hangzhou-finance",
            zones({"cn-hangzhou-finance-b", "cn-hangzhou-finance-c", "cn-hangzhou-finance-d",
                "cn-hangzhou-finance-j"}),
            std::nullopt},
        {"cn-shenzhen-finance-1", zones({"cn-shenzhen-finance-1a", "cn-shenzhen-finance-1d"}),
            std::nullopt},
        {"cn-shanghai-finance-1", zones({"cn-shanghai-finance-1f"}), std::nullopt},
        {"cn-beijing-finance-1", zones({"cn-beijing-finance-1a"}), std::nullopt},
        {"cn-north-2-gov-1", std::nullopt, forbidden("ecs:DescribeZones")},
    };
    const QList<ZoneDifference> differences = ZoneComparison::compare(guide, live);
    QCOMPARE(differences.size(), live.size());
    const QList<Kind> expected
        = {Kind::MoreLive, Kind::Same, Kind::FewerLive, Kind::NotInGuide, Kind::Unavailable};
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(differences[i].regionId, live[i].regionId);
        QCOMPARE(differences[i].kind, expected[i]);
        QCOMPARE(differences[i].differs(), expected[i] != Kind::Same);
    }
    QCOMPARE(differences[0].guideCount, 3);
    QCOMPARE(differences[0].liveZones.size(), 4);
    // A failed region keeps its error and is never filled with the guide's data.
    QVERIFY(differences[4].liveZones.isEmpty());
    QCOMPARE(differences[4].failure->code, QString("Forbidden.RAM"));
    QCOMPARE(ZoneComparison::describe(differences[4]),
        QString("Could not be read: this AccessKey is not allowed to call ecs:DescribeZones."));
    QVERIFY(ZoneComparison::describe(differences[0]).contains("more"));
    QVERIFY(ZoneComparison::describe(differences[2]).contains("fewer"));
}

void TestCloudSummaries::problemLineNamesTheFirstCause()
{
    PublicResourceReport report;
    for (const char *id :
        {"cn-hangzhou", "cn-beijing", "cn-shanghai", "cn-shenzhen", "cn-hongkong"})
        report.regions.append({id, QString(), 0, 0});
    CloudFailure gateway;
    gateway.kind = CloudFailure::Kind::HttpStatus;
    gateway.httpStatus = 502;
    gateway.host = "ecs.cn-shenzhen.aliyuncs.com";
    gateway.requestId = "REQ-502";
    // The answers raced: the problems came in another order than the regions.
    report.problems = {{"cn-shenzhen", "ECS", gateway},
        {"cn-shanghai", "ECS", refused("ecs.cn-shanghai.aliyuncs.com")},
        {"cn-beijing", "RDS", forbidden("rds:DescribeDBInstances")},
        {"cn-beijing", "ECS", refused("ecs.cn-beijing.aliyuncs.com")}};
    report.verdict = PublicResourceReport::verdictFor(report.regions, true);
    // (Plural forms come from the UI's translations: "region(s)" here.)
    const QString line = PublicResourceSummary::problemsText(report);
    QVERIFY2(line.startsWith("3 of 5 region"), qPrintable(line));
    QVERIFY2(line.contains(" could not be read: cannot reach ecs.cn-beijing.aliyuncs.com "
                           "(connection refused), and 2 other cause"),
        qPrintable(line));
    QVERIFY2(line.endsWith("(see the details). Check the network connection, the proxy and the "
                           "firewall, then try again."),
        qPrintable(line));
    QVERIFY(PublicResourceSummary::verdictText(report).startsWith(
        "The check could not be completed. 3 of 5 region"));
    const QString details = PublicResourceSummary::problemDetails(report);
    const qsizetype beijingEcs = details.indexOf("cn-beijing ECS: Cannot reach");
    const qsizetype beijingRds = details.indexOf("cn-beijing RDS: This AccessKey");
    const qsizetype shenzhen
        = details.indexOf("cn-shenzhen ECS: The server ecs.cn-shenzhen.aliyuncs.com");
    QVERIFY2(
        beijingEcs >= 0 && beijingEcs < beijingRds && beijingRds < shenzhen, qPrintable(details));
    for (const char *fact :
        {"RequestId: REQ-502", "HTTP: 502", "Code: Forbidden.RAM", "Technical: Connection refused"})
        QVERIFY2(details.contains(fact), fact);

    // One cause in several regions (another host each) is one cause.
    report.problems = {{"cn-shanghai", "ECS", refused("ecs.cn-shanghai.aliyuncs.com")},
        {"cn-beijing", "ECS", refused("ecs.cn-beijing.aliyuncs.com")}};
    const QString oneCause = PublicResourceSummary::problemsText(report);
    QVERIFY2(oneCause.startsWith("2 of 5 region"), qPrintable(oneCause));
    QVERIFY2(oneCause.contains(" could not be read: cannot reach ecs.cn-beijing.aliyuncs.com "
                               "(connection refused). Check the network"),
        qPrintable(oneCause));

    // Found wins, and still says what is missing.
    report.regions[0].ecs = 2;
    report.verdict = PublicResourceReport::verdictFor(report.regions, true);
    const QString found = PublicResourceSummary::verdictText(report);
    QVERIFY2(found.startsWith("Public-cloud resources found"), qPrintable(found));
    QVERIFY2(found.contains(" could not be read: cannot reach"), qPrintable(found));

    // The region list itself.
    report.regions.clear();
    report.problems = {{QString(), QString(), refused("ecs.aliyuncs.com")}};
    QVERIFY(PublicResourceSummary::problemsText(report).startsWith(
        "The list of regions could not be read: cannot reach ecs.aliyuncs.com (connection "
        "refused)."));

    // Regions, but none of them public.
    report.problems.clear();
    report.regionsListed = 4;
    QVERIFY(PublicResourceSummary::problemsText(report).contains(
        "no public-cloud regions for this key (4 region"));
    QVERIFY(PublicResourceSummary::problemDetails(report).contains("4 region(s), none public"));

    // Everything read: nothing to say.
    report.regions = {{"cn-hangzhou", QString(), 0, 0}};
    QVERIFY(PublicResourceSummary::problemsText(report).isEmpty());
    QVERIFY(PublicResourceSummary::problemDetails(report).isEmpty());
}

void TestCloudSummaries::unreadZonesNameTheirCause()
{
    const QList<RegionZones> live = {
        {"cn-hangzhou-finance", std::nullopt, forbidden("ecs:DescribeZones")},
        {"cn-shenzhen-finance-1", zones({"cn-shenzhen-finance-1a", "cn-shenzhen-finance-1d"}),
            std::nullopt},
        {"cn-shanghai-finance-1", std::nullopt, forbidden("ecs:DescribeZones")},
    };
    const QList<ZoneDifference> differences
        = ZoneComparison::compare(RegionCatalogue::guide(), live);
    const QString line = ZoneComparison::problemsText(differences);
    QVERIFY2(line.startsWith("2 of 3 region"), qPrintable(line));
    QVERIFY2(line.contains(" could not be read: this AccessKey is not allowed to call "
                           "ecs:DescribeZones. Ask the account owner to grant the RAM permission "
                           "ecs:DescribeZones to this key's user (read-only access is enough)."),
        qPrintable(line));
    QVERIFY(ZoneComparison::problemsText(differences.mid(1, 1)).isEmpty());
}

QTEST_GUILESS_MAIN(TestCloudSummaries)
#include "tst_cloudsummaries.moc"
