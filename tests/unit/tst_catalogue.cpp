// The guide's region catalogue, today's beside it, and the rule for which addresses may be
// opened in the browser.
#include "onboarding/FieldKey.h"
#include "onboarding/ProviderUrl.h"
#include "onboarding/RegionCatalogue.h"

#include <QTest>

class TestCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void builtInTableIsTheGuides();
    void todaysTableIsTheDocumentation();
    void regionNamesInBothLanguages_data();
    void regionNamesInBothLanguages();
    void networksPerRegion_data();
    void networksPerRegion();
    void rejectsBrokenCatalogue_data();
    void rejectsBrokenCatalogue();
    void officialUrls_data();
    void officialUrls();
};

void TestCatalogue::builtInTableIsTheGuides()
{
    const RegionCatalogue &guide = RegionCatalogue::guide();
    QCOMPARE(guide.version(), QStringLiteral("20200422"));
    QCOMPARE(guide.regions().size(), 3);
    const RegionInfo *hangzhou = guide.find(QStringLiteral("cn-hangzhou-finance"));
    QVERIFY(hangzhou);
    QCOMPARE(hangzhou->consoleName, QStringLiteral("华东1金融云（杭州）"));
    QCOMPARE(hangzhou->zoneCount, 3);
    QCOMPARE(guide.find(QStringLiteral("cn-shenzhen-finance-1"))->zoneCount, 2);
    QCOMPARE(guide.find(QStringLiteral("cn-shanghai-finance-1"))->consoleName,
        QStringLiteral("华东2金融云（上海）"));
    QVERIFY(!guide.find(QStringLiteral("cn-beijing-finance-1"))); // not in the guide
    // The smallest entry that reads (the broken ones below each lack one thing of it).
    QVERIFY(RegionCatalogue::fromJson(
        R"({"source": "s", "version": "v", "regions": [{"id": "a", "consoleName": "x",
        "englishName": "X", "zones": 2, "networks": ["vpc"]}]})"));
}

void TestCatalogue::todaysTableIsTheDocumentation()
{
    // guide/FACTS.md, "Regions, zones, networks" (documentation read 2026-12).
    const RegionCatalogue &today = RegionCatalogue::today();
    QVERIFY(today.source().contains(QStringLiteral("document_detail/73005")));
    QCOMPARE(today.version(), QStringLiteral("2026-12"));
    const QList<std::pair<QString, int>> zones {{"cn-hangzhou-finance", 4},
        {"cn-shenzhen-finance-1", 4}, {"cn-shanghai-finance-1", 6}, {"cn-beijing-finance-1", 3}};
    QCOMPARE(today.regions().size(), zones.size());
    for (const auto &[id, count] : zones) {
        const RegionInfo *region = today.find(id);
        QVERIFY2(region, qPrintable(id));
        QCOMPARE(region->zoneCount, count);
        QVERIFY(region->vpc);
        QVERIFY(!region->classic); // VPC only, Hangzhou included
        QCOMPARE(region->invitationalPreview, id == QLatin1String("cn-beijing-finance-1"));
        // The guide's names, where the guide has the region.
        if (const RegionInfo *inGuide = RegionCatalogue::guide().find(id))
            QCOMPARE(region->consoleName, inGuide->consoleName);
    }
    QCOMPARE(today.find(QStringLiteral("cn-beijing-finance-1"))->consoleName,
        QStringLiteral("华北2金融云（北京）"));
    QCOMPARE(RegionCatalogue::known(QStringLiteral("cn-beijing-finance-1")),
        today.find(QStringLiteral("cn-beijing-finance-1")));
    QVERIFY(!RegionCatalogue::known(QStringLiteral("cn-beijing")));
    // The guide's table stays as it was.
    QVERIFY(RegionCatalogue::guide().allowsNetwork(
        QStringLiteral("cn-hangzhou-finance"), FieldValue::NetworkClassic));
}

void TestCatalogue::regionNamesInBothLanguages_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("chinese");
    QTest::addColumn<QString>("english");
    // guide/FACTS.md: the console's name and its English name.
    QTest::newRow("Hangzhou") << "cn-hangzhou-finance"
                              << "华东1金融云（杭州）"
                              << "East China 1 Finance (Hangzhou)";
    QTest::newRow("Shenzhen") << "cn-shenzhen-finance-1"
                              << "华南1金融云（深圳）"
                              << "South China 1 Finance (Shenzhen)";
    QTest::newRow("Shanghai") << "cn-shanghai-finance-1"
                              << "华东2金融云（上海）"
                              << "East China 2 Finance (Shanghai)";
}

void TestCatalogue::regionNamesInBothLanguages()
{
    QFETCH(QString, region);
    QFETCH(QString, chinese);
    QFETCH(QString, english);
    const RegionInfo *info = RegionCatalogue::guide().find(region);
    QVERIFY(info);
    QCOMPARE(info->consoleName, chinese);
    QCOMPARE(info->name(QLocale(QLocale::Chinese, QLocale::China)), chinese);
    QCOMPARE(info->name(QLocale(QLocale::English, QLocale::UnitedStates)), english);
    QCOMPARE(info->name(QLocale(QLocale::English, QLocale::UnitedKingdom)), english);
    // Any other language reads the English name rather than characters it may not read.
    QCOMPARE(info->name(QLocale(QLocale::German, QLocale::Germany)), english);
    // By default: the language LanguageSwitcher set.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString byDefault = info->name();
    QLocale::setDefault(before);
    QCOMPARE(byDefault, chinese);
}

void TestCatalogue::networksPerRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("network");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("Hangzhou classic") << "cn-hangzhou-finance"
                                      << "classic" << true;
    QTest::newRow("Hangzhou VPC") << "cn-hangzhou-finance"
                                  << "vpc" << true;
    QTest::newRow("Shenzhen classic") << "cn-shenzhen-finance-1"
                                      << "classic" << false;
    QTest::newRow("Shenzhen VPC") << "cn-shenzhen-finance-1"
                                  << "vpc" << true;
    QTest::newRow("Shanghai classic") << "cn-shanghai-finance-1"
                                      << "classic" << false;
    QTest::newRow("Shanghai VPC") << "cn-shanghai-finance-1"
                                  << "vpc" << true;
    QTest::newRow("unknown network") << "cn-hangzhou-finance"
                                     << "token-ring" << false;
    QTest::newRow("unknown region") << "cn-hangzhou"
                                    << "vpc" << false;
}

void TestCatalogue::networksPerRegion()
{
    QFETCH(QString, region);
    QFETCH(QString, network);
    QFETCH(bool, allowed);
    QCOMPARE(RegionCatalogue::guide().allowsNetwork(region, network), allowed);
}

void TestCatalogue::rejectsBrokenCatalogue_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("{regions");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no regions") << QByteArray(R"({"version": "1", "regions": []})");
    QTest::newRow("region without id") << QByteArray(
        R"({"source": "s", "version": "v", "regions": [{"consoleName": "x", "englishName": "X", "zones": 2, "networks": ["vpc"]}]})");
    QTest::newRow("region without networks") << QByteArray(
        R"({"source": "s", "version": "v", "regions": [{"id": "a", "consoleName": "x", "englishName": "X", "zones": 2, "networks": []}]})");
    QTest::newRow("region without English name") << QByteArray(
        R"({"source": "s", "version": "v", "regions": [{"id": "a", "consoleName": "x", "zones": 2, "networks": ["vpc"]}]})");
    QTest::newRow("no source") << QByteArray(
        R"({"version": "v", "regions": [{"id": "a", "consoleName": "x", "englishName": "X", "zones": 2, "networks": ["vpc"]}]})");
    QTest::newRow("unknown availability") << QByteArray(
        R"({"source": "s", "version": "v", "regions": [{"id": "a", "consoleName": "x", "englishName": "X", "zones": 2, "networks": ["vpc"], "availability": "soon"}]})");
    QTest::newRow("zones as text") << QByteArray(
        R"({"source": "s", "version": "v", "regions": [{"id": "a", "consoleName": "x", "englishName": "X", "zones": "2", "networks": ["vpc"]}]})");
}

void TestCatalogue::rejectsBrokenCatalogue()
{
    QFETCH(QByteArray, json);
    QVERIFY(!RegionCatalogue::fromJson(json));
}

void TestCatalogue::officialUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("official");
    QTest::newRow("home") << "https://www.aliyun.com" << true;
    QTest::newRow("account console") << "https://account.console.aliyun.com/#/secure" << true;
    QTest::newRow("international") << "https://www.alibabacloud.com/help" << true;
    QTest::newRow("bare domain") << "https://aliyun.com/" << true;
    QTest::newRow("upper case host") << "https://WWW.ALIYUN.COM/" << true;
    QTest::newRow("plain http") << "http://www.aliyun.com" << false;
    QTest::newRow("look-alike suffix") << "https://www.aliyun.com.example.net" << false;
    QTest::newRow("look-alike prefix") << "https://evilaliyun.com" << false;
    QTest::newRow("user info") << "https://www.aliyun.com@evil.example/" << false;
    QTest::newRow("credentials") << "https://user:pw@www.aliyun.com/" << false;
    QTest::newRow("other port") << "https://www.aliyun.com:8443/" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("javascript") << "javascript:alert(1)" << false;
    QTest::newRow("empty") << "" << false;
}

void TestCatalogue::officialUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, official);
    QCOMPARE(ProviderUrl::isOfficial(QUrl(url)), official);
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
