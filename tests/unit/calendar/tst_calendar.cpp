#include "calendar/WorkingDayCalendar.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

QDate day(const char *isoDate)
{
    return QDate::fromString(QString::fromLatin1(isoDate), Qt::ISODate);
}

QDateTime utc(const char *isoDateTime)
{
    return QDateTime::fromString(QString::fromLatin1(isoDateTime), Qt::ISODate).toUTC();
}

// A fixture year far from the real data, so that the rules are tested apart
// from what the State Council decided. 2030-01-01 is a Tuesday.
QByteArray fixture(const char *yearBody)
{
    return QByteArray(R"({"source": "fixture", "years": {"2030": )") + yearBody + "}}";
}

// No "//" in here: moc reads it as a comment inside a multi-line raw string.
const char *const validYear = R"({"source": "fixture notice", "url": "example.invalid/2030",
    "holidays": [{"name": "test", "from": "2030-01-01", "to": "2030-01-02"}],
    "workdays": ["2030-01-05"]})";

// An administrator's file: 2030 as a later correction (2030-01-03 off instead
// of 1 and 2 January, no working Saturday) and a new year 2031 (2031-01-01 is
// a Wednesday).
const char *const adminFile = R"({"source": "admin", "years": {
    "2030": {"source": "corrected notice", "url": "example.invalid/2030b",
        "holidays": [{"name": "test", "from": "2030-01-03", "to": "2030-01-03"}],
        "workdays": []},
    "2031": {"source": "new notice", "url": "example.invalid/2031",
        "holidays": [{"name": "test", "from": "2031-01-01", "to": "2031-01-01"}],
        "workdays": []}}})";

QString writeFile(const QTemporaryDir &dir, const QString &relativePath, const QByteArray &bytes)
{
    const QString path = dir.filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class tst_Calendar : public QObject
{
    Q_OBJECT

private slots:
    void builtInDataCoversTheSourcedYears();
    void knowsYear_data();
    void knowsYear();
    void isWorkingDay_data();
    void isWorkingDay();
    void addWorkingDays_data();
    void addWorkingDays();
    void workingDaysBetween_data();
    void workingDaysBetween();
    void countsAgreeBothWays_data();
    void countsAgreeBothWays();
    void expectedBy_data();
    void expectedBy();
    void yearsWithoutData_data();
    void yearsWithoutData();
    void fixtureDataIsApplied_data();
    void fixtureDataIsApplied();
    void brokenDataIsRefused_data();
    void brokenDataIsRefused();
    void aDataFileReplacesAndAddsYears();
    void theFileThatWinsComesFirst();
    void anUnusableDataFileIsSkipped();
    void dataFilesAreLookedUpInTheXdgDataFolders();
};

void tst_Calendar::builtInDataCoversTheSourcedYears()
{
    const WorkingDayCalendar &calendar = WorkingDayCalendar::mainland();
    QCOMPARE(calendar.coveredYears(), QList<int>({2024, 2025, 2026}));
    QVERIFY(calendar.source().contains(QStringLiteral("State Council")));
}

void tst_Calendar::knowsYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("known");
    QTest::newRow("2023 (no notice in the data)") << 2023 << false;
    QTest::newRow("2024") << 2024 << true;
    QTest::newRow("2025") << 2025 << true;
    QTest::newRow("2026") << 2026 << true;
    QTest::newRow("2027 (not published)") << 2027 << false;
}

void tst_Calendar::knowsYear()
{
    QFETCH(int, year);
    QFETCH(bool, known);
    QCOMPARE(WorkingDayCalendar::mainland().knowsYear(year), known);
}

void tst_Calendar::isWorkingDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");

    QTest::newRow("plain Monday") << day("2025-03-03") << true;
    QTest::newRow("plain Friday") << day("2025-03-07") << true;
    QTest::newRow("plain Saturday") << day("2025-03-08") << false;
    QTest::newRow("plain Sunday") << day("2025-03-09") << false;
    QTest::newRow("invalid date") << QDate() << false;

    QTest::newRow("2024 元旦 Mon") << day("2024-01-01") << false;
    QTest::newRow("2024 元旦 day after") << day("2024-01-02") << true;
    QTest::newRow("2024 春节 worked Sun before") << day("2024-02-04") << true;
    QTest::newRow("2024 除夕 is not a day off") << day("2024-02-09") << true;
    QTest::newRow("2024 春节 first") << day("2024-02-10") << false;
    QTest::newRow("2024 春节 Mon inside") << day("2024-02-12") << false;
    QTest::newRow("2024 春节 last") << day("2024-02-17") << false;
    QTest::newRow("2024 春节 worked Sun after") << day("2024-02-18") << true;
    QTest::newRow("2024 清明 first") << day("2024-04-04") << false;
    QTest::newRow("2024 清明 last") << day("2024-04-06") << false;
    QTest::newRow("2024 清明 worked Sun") << day("2024-04-07") << true;
    QTest::newRow("2024 劳动节 worked Sun before") << day("2024-04-28") << true;
    QTest::newRow("2024 劳动节 first") << day("2024-05-01") << false;
    QTest::newRow("2024 劳动节 last") << day("2024-05-05") << false;
    QTest::newRow("2024 劳动节 worked Sat after") << day("2024-05-11") << true;
    QTest::newRow("2024 端午 Mon") << day("2024-06-10") << false;
    QTest::newRow("2024 端午 day after") << day("2024-06-11") << true;
    QTest::newRow("2024 中秋 worked Sat") << day("2024-09-14") << true;
    QTest::newRow("2024 中秋 first") << day("2024-09-15") << false;
    QTest::newRow("2024 中秋 last") << day("2024-09-17") << false;
    QTest::newRow("2024 国庆 worked Sun before") << day("2024-09-29") << true;
    QTest::newRow("2024 国庆 first") << day("2024-10-01") << false;
    QTest::newRow("2024 国庆 last") << day("2024-10-07") << false;
    QTest::newRow("2024 国庆 day after") << day("2024-10-08") << true;
    QTest::newRow("2024 国庆 worked Sat after") << day("2024-10-12") << true;

    QTest::newRow("2025 元旦 Wed") << day("2025-01-01") << false;
    QTest::newRow("2025 春节 worked Sun before") << day("2025-01-26") << true;
    QTest::newRow("2025 春节 Mon before") << day("2025-01-27") << true;
    QTest::newRow("2025 春节 first") << day("2025-01-28") << false;
    QTest::newRow("2025 春节 last") << day("2025-02-04") << false;
    QTest::newRow("2025 春节 day after") << day("2025-02-05") << true;
    QTest::newRow("2025 春节 worked Sat after") << day("2025-02-08") << true;
    QTest::newRow("2025 清明 first") << day("2025-04-04") << false;
    QTest::newRow("2025 清明 last") << day("2025-04-06") << false;
    QTest::newRow("2025 劳动节 worked Sun") << day("2025-04-27") << true;
    QTest::newRow("2025 劳动节 first") << day("2025-05-01") << false;
    QTest::newRow("2025 劳动节 last") << day("2025-05-05") << false;
    QTest::newRow("2025 端午 first") << day("2025-05-31") << false;
    QTest::newRow("2025 端午 last") << day("2025-06-02") << false;
    QTest::newRow("2025 国庆中秋 worked Sun before") << day("2025-09-28") << true;
    QTest::newRow("2025 国庆中秋 first") << day("2025-10-01") << false;
    QTest::newRow("2025 国庆中秋 last") << day("2025-10-08") << false;
    QTest::newRow("2025 国庆中秋 day after") << day("2025-10-09") << true;
    QTest::newRow("2025 国庆中秋 worked Sat after") << day("2025-10-11") << true;

    QTest::newRow("2026 元旦 first") << day("2026-01-01") << false;
    QTest::newRow("2026 元旦 Fri inside") << day("2026-01-02") << false;
    QTest::newRow("2026 元旦 last") << day("2026-01-03") << false;
    QTest::newRow("2026 元旦 worked Sun") << day("2026-01-04") << true;
    QTest::newRow("2026 春节 worked Sat before") << day("2026-02-14") << true;
    QTest::newRow("2026 春节 first") << day("2026-02-15") << false;
    QTest::newRow("2026 春节 last") << day("2026-02-23") << false;
    QTest::newRow("2026 春节 day after") << day("2026-02-24") << true;
    QTest::newRow("2026 春节 worked Sat after") << day("2026-02-28") << true;
    QTest::newRow("2026 清明 first") << day("2026-04-04") << false;
    QTest::newRow("2026 清明 last") << day("2026-04-06") << false;
    QTest::newRow("2026 劳动节 first") << day("2026-05-01") << false;
    QTest::newRow("2026 劳动节 last") << day("2026-05-05") << false;
    QTest::newRow("2026 劳动节 worked Sat") << day("2026-05-09") << true;
    QTest::newRow("2026 端午 first") << day("2026-06-19") << false;
    QTest::newRow("2026 端午 last") << day("2026-06-21") << false;
    QTest::newRow("2026 国庆 worked Sun before") << day("2026-09-20") << true;
    QTest::newRow("2026 中秋 first") << day("2026-09-25") << false;
    QTest::newRow("2026 中秋 last") << day("2026-09-27") << false;
    QTest::newRow("2026 国庆 first") << day("2026-10-01") << false;
    QTest::newRow("2026 国庆 last") << day("2026-10-07") << false;
    QTest::newRow("2026 国庆 worked Sat after") << day("2026-10-10") << true;

    QTest::newRow("2023 holiday Mon ignored (no data)") << day("2023-10-02") << true;
    QTest::newRow("2027 元旦 Fri ignored (no data)") << day("2027-01-01") << true;
    QTest::newRow("2027 Sat (no data, still weekend)") << day("2027-01-02") << false;
}

void tst_Calendar::isWorkingDay()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QCOMPARE(WorkingDayCalendar::mainland().isWorkingDay(date), working);
}

void tst_Calendar::addWorkingDays_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("Fri + 2 = Tue") << day("2025-03-07") << 2 << day("2025-03-11");
    QTest::newRow("Sat + 2 = Tue (counts from Mon)") << day("2025-03-08") << 2 << day("2025-03-11");
    QTest::newRow("Sun + 1 = Mon") << day("2025-03-09") << 1 << day("2025-03-10");
    QTest::newRow("Mon + 1 = Tue (submission day not counted)")
        << day("2025-03-10") << 1 << day("2025-03-11");
    QTest::newRow("Wed + 3 = Mon") << day("2025-03-05") << 3 << day("2025-03-10");
    QTest::newRow("n = 0 is the start, even on a Sat")
        << day("2025-03-08") << 0 << day("2025-03-08");

    QTest::newRow("2025 春节: worked Sun, Mon, then Wed after")
        << day("2025-01-24") << 3 << day("2025-02-05");
    QTest::newRow("2025 春节: Mon before + 1") << day("2025-01-27") << 1 << day("2025-02-05");
    QTest::newRow("2025 worked Sat counts") << day("2025-02-07") << 1 << day("2025-02-08");
    QTest::newRow("2024 春节: 除夕 Fri, then worked Sun")
        << day("2024-02-08") << 2 << day("2024-02-18");
    QTest::newRow("2025 国庆中秋: + 1") << day("2025-09-30") << 1 << day("2025-10-09");
    QTest::newRow("2025 国庆中秋: + 3 ends on worked Sat")
        << day("2025-09-30") << 3 << day("2025-10-11");
    QTest::newRow("2026 劳动节") << day("2026-04-30") << 2 << day("2026-05-07");

    QTest::newRow("2023-12-29 + 1 skips 2024 元旦") << day("2023-12-29") << 1 << day("2024-01-02");
    QTest::newRow("2024-12-31 + 1 skips 2025 元旦") << day("2024-12-31") << 1 << day("2025-01-02");
    QTest::newRow("2025-12-31 + 1 is the worked Sun")
        << day("2025-12-31") << 1 << day("2026-01-04");
    QTest::newRow("2025-12-31 + 2") << day("2025-12-31") << 2 << day("2026-01-05");
    QTest::newRow("2026-12-31 + 1 into 2027 (no data)")
        << day("2026-12-31") << 1 << day("2027-01-01");

    QTest::newRow("negative n") << day("2025-03-07") << -1 << QDate();
    QTest::newRow("n above the limit")
        << day("2025-03-07") << WorkingDayCalendar::maxWorkingDays + 1 << QDate();
    QTest::newRow("invalid start") << QDate() << 2 << QDate();
}

void tst_Calendar::addWorkingDays()
{
    QFETCH(QDate, start);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    QCOMPARE(WorkingDayCalendar::mainland().addWorkingDays(start, n), expected);
}

void tst_Calendar::workingDaysBetween_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("expected");

    QTest::newRow("same day") << day("2025-03-07") << day("2025-03-07") << 0;
    QTest::newRow("Fri to Tue") << day("2025-03-07") << day("2025-03-11") << 2;
    QTest::newRow("Tue back to Fri") << day("2025-03-11") << day("2025-03-07") << -2;
    QTest::newRow("Sat to Sun") << day("2025-03-08") << day("2025-03-09") << 0;
    QTest::newRow("across 2025 春节") << day("2025-01-24") << day("2025-02-05") << 3;
    QTest::newRow("across 2025 春节, backwards") << day("2025-02-05") << day("2025-01-24") << -3;
    QTest::newRow("across 2026 元旦") << day("2025-12-31") << day("2026-01-05") << 2;
    QTest::newRow("overdue by 1 after 国庆") << day("2025-09-30") << day("2025-10-09") << 1;
    QTest::newRow("whole of 2024") << day("2023-12-31") << day("2024-12-31") << 251;
    QTest::newRow("whole of 2025") << day("2024-12-31") << day("2025-12-31") << 248;
    QTest::newRow("whole of 2026") << day("2025-12-31") << day("2026-12-31") << 248;
    QTest::newRow("invalid from") << QDate() << day("2025-03-11") << 0;
    QTest::newRow("invalid to") << day("2025-03-11") << QDate() << 0;
}

void tst_Calendar::workingDaysBetween()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, expected);
    QCOMPARE(WorkingDayCalendar::mainland().workingDaysBetween(from, to), expected);
}

void tst_Calendar::countsAgreeBothWays_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("n");
    QTest::newRow("Fri before 2024 春节") << day("2024-02-02") << 7;
    QTest::newRow("Sat before 2025 春节") << day("2025-01-25") << 3;
    QTest::newRow("Sun before 2025 国庆") << day("2025-09-28") << 5;
    QTest::newRow("2026 year end") << day("2026-12-30") << 4;
}

void tst_Calendar::countsAgreeBothWays()
{
    QFETCH(QDate, start);
    QFETCH(int, n);
    const WorkingDayCalendar &calendar = WorkingDayCalendar::mainland();
    const QDate due = calendar.addWorkingDays(start, n);
    QVERIFY(calendar.isWorkingDay(due));
    QCOMPARE(calendar.workingDaysBetween(start, due), n);
    QCOMPARE(calendar.workingDaysBetween(due, start), -n);
}

void tst_Calendar::expectedBy_data()
{
    QTest::addColumn<QDateTime>("submitted");
    QTest::addColumn<int>("workingDays");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("Shanghai Fri 23:30, 2 days: Tue")
        << utc("2025-03-07T15:30:00Z") << 2 << QByteArray("Asia/Shanghai")
        << utc("2025-03-11T15:59:59Z");
    // 16:30 UTC on Friday is already 00:30 Saturday in Shanghai, and that
    // Saturday is a worked one: counted from Friday it would be due Monday.
    QTest::newRow("Shanghai Sat 00:30 (Fri in UTC) before a worked Sat: Tue") << utc(
        "2025-02-07T16:30:00Z") << 2 << QByteArray("Asia/Shanghai") << utc("2025-02-11T15:59:59Z");
    QTest::newRow("same instant in UTC is Fri: Mon")
        << utc("2025-02-07T16:30:00Z") << 2 << QByteArray("UTC") << utc("2025-02-10T23:59:59Z");
    QTest::newRow("same instant in Berlin is Fri 17:30: Mon, end of day CET") << utc(
        "2025-02-07T16:30:00Z") << 2 << QByteArray("Europe/Berlin") << utc("2025-02-10T22:59:59Z");
    QTest::newRow("Berlin Thu 21:00: Fri")
        << utc("2025-03-06T20:00:00Z") << 1 << QByteArray("Europe/Berlin")
        << utc("2025-03-07T22:59:59Z");
    QTest::newRow("same instant in Shanghai is Fri 04:00: Mon")
        << utc("2025-03-06T20:00:00Z") << 1 << QByteArray("Asia/Shanghai")
        << utc("2025-03-10T15:59:59Z");
    QTest::newRow("Berlin summer Fri 00:30 (Thu in UTC): Mon, end of day CEST") << utc(
        "2025-07-03T22:30:00Z") << 1 << QByteArray("Europe/Berlin") << utc("2025-07-07T21:59:59Z");
    QTest::newRow("3 days before 2026 春节 include the worked Sat") << utc(
        "2026-02-12T02:00:00Z") << 3 << QByteArray("Asia/Shanghai") << utc("2026-02-24T15:59:59Z");
    QTest::newRow("2026-12-31 into 2027 (no data)")
        << utc("2026-12-31T03:00:00Z") << 2 << QByteArray("Asia/Shanghai")
        << utc("2027-01-04T15:59:59Z");
    QTest::newRow("unknown zone") << utc("2025-03-07T15:30:00Z") << 2
                                  << QByteArray("Nowhere/Atlantis") << QDateTime();
    QTest::newRow("negative count")
        << utc("2025-03-07T15:30:00Z") << -2 << QByteArray("Asia/Shanghai") << QDateTime();
    QTest::newRow("invalid submission")
        << QDateTime() << 2 << QByteArray("Asia/Shanghai") << QDateTime();
}

void tst_Calendar::expectedBy()
{
    QFETCH(QDateTime, submitted);
    QFETCH(int, workingDays);
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, expected);
    const QDateTime due
        = WorkingDayCalendar::mainland().expectedBy(submitted, workingDays, QTimeZone(zone));
    QCOMPARE(due.isValid(), expected.isValid());
    if (!expected.isValid())
        return;
    QCOMPARE(due, expected);
    QCOMPARE(due.timeSpec(), Qt::UTC);
}

void tst_Calendar::yearsWithoutData_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QList<int>>("expected");

    QTest::newRow("inside 2025") << day("2025-03-07") << day("2025-03-11") << QList<int>();
    QTest::newRow("2026 into 2027") << day("2026-12-31") << day("2027-01-04") << QList<int>({2027});
    QTest::newRow("2027 back to 2026")
        << day("2027-01-04") << day("2026-12-31") << QList<int>({2027});
    QTest::newRow("2023 into 2024") << day("2023-12-29") << day("2024-01-02") << QList<int>({2023});
    QTest::newRow("2023 to 2028") << day("2023-06-01") << day("2028-01-01")
                                  << QList<int>({2023, 2027, 2028});
    QTest::newRow("invalid date") << QDate() << day("2027-01-04") << QList<int>();
}

void tst_Calendar::yearsWithoutData()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QList<int>, expected);
    QCOMPARE(WorkingDayCalendar::mainland().yearsWithoutData(from, to), expected);
}

void tst_Calendar::fixtureDataIsApplied_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    QTest::newRow("Mon before") << day("2029-12-31") << true;
    QTest::newRow("holiday Tue") << day("2030-01-01") << false;
    QTest::newRow("holiday Wed") << day("2030-01-02") << false;
    QTest::newRow("Thu after") << day("2030-01-03") << true;
    QTest::newRow("worked Sat") << day("2030-01-05") << true;
    QTest::newRow("plain Sun") << day("2030-01-06") << false;
}

void tst_Calendar::fixtureDataIsApplied()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    const Result<WorkingDayCalendar> calendar = WorkingDayCalendar::fromJson(fixture(validYear));
    QVERIFY2(calendar.ok(), qPrintable(calendar ? QString() : calendar.error().details));
    QCOMPARE(calendar.value().source(), QStringLiteral("fixture"));
    QCOMPARE(calendar.value().coveredYears(), QList<int>({2030}));
    QCOMPARE(calendar.value().isWorkingDay(date), working);
}

void tst_Calendar::brokenDataIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("detail"); // a part of the details that names the fault

    QTest::newRow("empty input") << QByteArray() << QString();
    QTest::newRow("not JSON") << QByteArray("{\"years\": ") << QString();
    QTest::newRow("array at the root") << QByteArray("[]") << QStringLiteral("not an object");
    QTest::newRow("no years") << QByteArray(R"({"source": "x"})") << QStringLiteral("no \"years\"");
    QTest::newRow("years empty") << QByteArray(R"({"years": {}})")
                                 << QStringLiteral("no \"years\"");
    QTest::newRow("years not an object")
        << QByteArray(R"({"years": [2030]})") << QStringLiteral("no \"years\"");
    QTest::newRow("key is not a year")
        << QByteArray(R"({"years": {"next": {}}})") << QStringLiteral("is not a year");
    QTest::newRow("year is not an object")
        << fixture(R"("2030-01-01")") << QStringLiteral("is not a year");
    QTest::newRow("no url") << fixture(R"({"source": "s", "holidays": [], "workdays": []})")
                            << QStringLiteral("names no source");
    QTest::newRow("no source") << fixture(R"({"url": "u", "holidays": [], "workdays": []})")
                               << QStringLiteral("names no source");
    QTest::newRow("no holidays") << fixture(R"({"source": "s", "url": "u", "workdays": []})")
                                 << QStringLiteral("lacks");
    QTest::newRow("holidays empty")
        << fixture(R"({"source": "s", "url": "u", "holidays": [], "workdays": []})")
        << QStringLiteral("lacks");
    QTest::newRow("no workdays") << fixture(R"({"source": "s", "url": "u",
                "holidays": [{"name": "n", "from": "2030-01-01", "to": "2030-01-01"}]})")
                                 << QStringLiteral("lacks");
    QTest::newRow("holiday without to") << fixture(R"({"source": "s", "url": "u",
                "holidays": [{"name": "n", "from": "2030-01-01"}], "workdays": []})")
                                        << QStringLiteral("not a yyyy-MM-dd date");
    QTest::newRow("date not zero-padded") << fixture(R"({"source": "s", "url": "u",
                "holidays": [{"name": "n", "from": "2030-1-1", "to": "2030-01-01"}], "workdays": []})")
                                          << QStringLiteral("not a yyyy-MM-dd date");
    QTest::newRow("holiday without name") << fixture(R"({"source": "s", "url": "u",
                "holidays": [{"from": "2030-01-01", "to": "2030-01-01"}], "workdays": []})")
                                          << QStringLiteral("unnamed or reversed");
    QTest::newRow("holiday reversed") << fixture(R"({"source": "s", "url": "u",
                "holidays": [{"name": "n", "from": "2030-01-03", "to": "2030-01-01"}], "workdays": []})")
                                      << QStringLiteral("unnamed or reversed");
    QTest::newRow("holiday in another year") << fixture(R"({"source": "s", "url": "u",
                "holidays": [{"name": "n", "from": "2031-01-01", "to": "2031-01-01"}], "workdays": []})")
                                             << QStringLiteral("is listed under 2030");
    QTest::newRow("worked day on a weekday") << fixture(R"({"source": "s", "url": "u",
                "holidays": [{"name": "n", "from": "2030-01-01", "to": "2030-01-01"}],
                "workdays": ["2030-01-04"]})")
                                             << QStringLiteral("not a weekend day");
    QTest::newRow("day both off and worked") << fixture(R"({"source": "s", "url": "u",
                "holidays": [{"name": "n", "from": "2030-01-01", "to": "2030-01-06"}],
                "workdays": ["2030-01-05"]})")
                                             << QStringLiteral("both a holiday and a working day");
}

void tst_Calendar::brokenDataIsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, detail);
    const Result<WorkingDayCalendar> calendar = WorkingDayCalendar::fromJson(json);
    QVERIFY(!calendar.ok());
    QVERIFY(!calendar.error().details.isEmpty());
    QVERIFY2(calendar.error().details.contains(detail), qPrintable(calendar.error().details));
}

void tst_Calendar::aDataFileReplacesAndAddsYears()
{
    QTemporaryDir dir;
    const QString admin = writeFile(dir, QStringLiteral("admin.json"), adminFile);
    QStringList skipped;
    const WorkingDayCalendar calendar = WorkingDayCalendar::overlaid(
        WorkingDayCalendar::fromJson(fixture(validYear)).value(), {admin}, &skipped);
    QVERIFY2(skipped.isEmpty(), qPrintable(skipped.join(u'\n')));
    QCOMPARE(calendar.coveredYears(), QList<int>({2030, 2031}));
    // 2030 is the file's as a whole: the built-in holidays and the working
    // Saturday of that year are gone.
    QVERIFY(calendar.isWorkingDay(day("2030-01-01")));
    QVERIFY(!calendar.isWorkingDay(day("2030-01-03")));
    QVERIFY(!calendar.isWorkingDay(day("2030-01-05")));
    QVERIFY(!calendar.isWorkingDay(day("2031-01-01")));
    QVERIFY(calendar.isWorkingDay(day("2031-01-02")));
    QVERIFY(calendar.yearsWithoutData(day("2030-06-01"), day("2032-06-01")) == QList<int>({2032}));
    QVERIFY(calendar.source().contains(admin));
}

void tst_Calendar::theFileThatWinsComesFirst()
{
    QTemporaryDir dir;
    const QString admin = writeFile(dir, QStringLiteral("admin.json"), adminFile);
    const QString lower = writeFile(dir, QStringLiteral("lower.json"), fixture(validYear));
    const WorkingDayCalendar base = WorkingDayCalendar::fromJson(fixture(validYear)).value();
    QStringList skipped;
    // The admin file first: its 2030 wins over the lower file's.
    QVERIFY(!WorkingDayCalendar::overlaid(base, {admin, lower}, &skipped)
                 .isWorkingDay(day("2030-01-03")));
    // The other way round, the lower file's 2030 wins; 2031 stays the admin's.
    const WorkingDayCalendar reversed
        = WorkingDayCalendar::overlaid(base, {lower, admin}, &skipped);
    QVERIFY(reversed.isWorkingDay(day("2030-01-03")));
    QVERIFY(!reversed.isWorkingDay(day("2030-01-01")));
    QVERIFY(!reversed.isWorkingDay(day("2031-01-01")));
    QVERIFY(skipped.isEmpty());
}

void tst_Calendar::anUnusableDataFileIsSkipped()
{
    QTemporaryDir dir;
    const QString notJson = writeFile(dir, QStringLiteral("broken.json"), "{\"years\": ");
    // A day of 2030 listed under 2031: refused, not half applied.
    const QString slip = writeFile(dir, QStringLiteral("slip.json"),
        QByteArray(adminFile).replace("2031-01-01", "2030-01-01"));
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    QStringList skipped;
    const WorkingDayCalendar calendar
        = WorkingDayCalendar::overlaid(WorkingDayCalendar::fromJson(fixture(validYear)).value(),
            {notJson, slip, missing}, &skipped);
    QCOMPARE(skipped.size(), 3);
    QVERIFY(skipped.at(0).startsWith(missing));
    QVERIFY(skipped.at(1).startsWith(slip));
    QVERIFY(skipped.at(2).startsWith(notJson));
    QCOMPARE(calendar.coveredYears(), QList<int>({2030}));
    QVERIFY(!calendar.isWorkingDay(day("2030-01-01")));
    QVERIFY(calendar.isWorkingDay(day("2030-01-05")));
}

void tst_Calendar::dataFilesAreLookedUpInTheXdgDataFolders()
{
    QTemporaryDir dir;
    const QString user
        = writeFile(dir, QStringLiteral("home/") + WorkingDayCalendar::dataFileName(), adminFile);
    const QString site = writeFile(
        dir, QStringLiteral("site/") + WorkingDayCalendar::dataFileName(), fixture(validYear));
    writeFile(dir, QStringLiteral("other/unrelated.json"), "{}");
    const QByteArray oldHome = qgetenv("XDG_DATA_HOME");
    const QByteArray oldDirs = qgetenv("XDG_DATA_DIRS");
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.filePath(QStringLiteral("home"))));
    qputenv("XDG_DATA_DIRS",
        QFile::encodeName(
            dir.filePath(QStringLiteral("other")) + u':' + dir.filePath(QStringLiteral("site"))));
    const QStringList found = WorkingDayCalendar::dataFiles();
    const auto restore = [](const char *name, const QByteArray &old) {
        old.isNull() ? qunsetenv(name) : qputenv(name, old);
    };
    restore("XDG_DATA_HOME", oldHome);
    restore("XDG_DATA_DIRS", oldDirs);
    QCOMPARE(found, QStringList({user, site}));
}

QTEST_GUILESS_MAIN(tst_Calendar)
#include "tst_calendar.moc"
