// What the two checks conclude, without the network: the pre-check's verdict
// key and the counts kept on the profile (and how a damaged record is read),
// and the live zones compared with the guide's table.
#include "cloud/PublicResourceSummary.h"
#include "cloud/ZoneComparison.h"
#include "onboarding/FieldKey.h"
#include "onboarding/ProfileData.h"
#include "onboarding/RegionCatalogue.h"

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
    report.problems = {{"cn-beijing", "RDS", Error {"no", "Forbidden.RAM"}}};
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
        {"cn-north-2-gov-1", std::nullopt, Error {"Forbidden", "Forbidden.RAM"}},
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
    QCOMPARE(differences[4].error->details, QString("Forbidden.RAM"));
    QCOMPARE(ZoneComparison::describe(differences[4]), QString("Forbidden"));
    QVERIFY(ZoneComparison::describe(differences[0]).contains("more"));
    QVERIFY(ZoneComparison::describe(differences[2]).contains("fewer"));
}

QTEST_GUILESS_MAIN(TestCloudSummaries)
#include "tst_cloudsummaries.moc"
