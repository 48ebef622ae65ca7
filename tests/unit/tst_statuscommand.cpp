// `fincloud-onboard status` end to end: a real database prepared through the
// same profile code the wizard uses, the real program run with --now, and its
// JSON and text read back. Also (issue 17) an unusable time zone, and stored
// values the store cannot read, reported as damaged data.
#include "calendar/WorkingDayCalendar.h"
#include "cli/StatusReport.h"
#include "common/ProgramRun.h"
#include "core/Clock.h"
#include "core/UserTimeZone.h"
#include "onboarding/FieldKey.h"
#include "onboarding/Profile.h"
#include "onboarding/UnreadableValue.h"
#include "onboarding/WaitEstimate.h"
#include "storage/ProfileAutosaver.h"
#include "storage/ProgressStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QTimeZone Shanghai("Asia/Shanghai");
// Friday 6 March 2026, 17:00 in Shanghai.
const QDateTime Submitted(QDate(2026, 3, 6), QTime(17, 0), Shanghai);

ProgramRun runStatus(const QStringList &arguments, const QString &envNow = {})
{
    QProcessEnvironment extra;
    if (!envNow.isEmpty())
        extra.insert(QStringLiteral("FINCLOUD_NOW"), envNow);
    return ProgramRun::start(arguments, extra);
}

ProgramRun runInZone(const QString &zone, const QStringList &arguments)
{
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("TZ"), zone);
    return ProgramRun::start(arguments, extra);
}

// A profile as the store would hand it over with unreadable values: the
// real-name step's status and the register step's date could not be read.
ProfileData damagedProfile()
{
    ProfileData data;
    data.id = 7;
    data.version = 3;
    data.fields.insert(FieldKey::CompanyName, QStringLiteral("Example Fintech Ltd"));
    data.step(StepId::Register)
        = StepState {StepStatus::Done, QDateTime(), QDateTime()}; // its since did not parse
    data.step(StepId::RealName) = StepState {
        StepStatus::NotStarted, QDateTime(QDate(2026, 3, 6), QTime(9, 0), Qt::UTC), QDateTime()};
    data.unreadable = {
        UnreadableValue::ofStep(StepId::Register, UnreadableValue::Since, u"garbage"),
        UnreadableValue::ofStep(StepId::RealName, UnreadableValue::Status, u"bogus"),
        UnreadableValue::unknownStep(u"teleport", u"done"),
    };
    return data;
}

QJsonObject step(const QJsonObject &document, int index)
{
    return document.value(QStringLiteral("profiles"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("steps"))
        .toArray()
        .at(index)
        .toObject();
}

} // namespace

class TestStatusCommand : public QObject
{
    Q_OBJECT
private slots:
    void storedTextIsPrintedEscaped();
    void initTestCase();
    void waitingBeforeExpectedDate();
    void overdueCountsWorkingDays_data();
    void overdueCountsWorkingDays();
    void clockFromEnvironment();
    void textReport();
    void textReportInChinese();
    void unknownProfile();
    void unknownTimeZoneFallsBack_data();
    void unknownTimeZoneFallsBack();
    void fallbackZoneIsUsable();
    void damagedDataInText();
    void regionNamedInTheReportsLanguage();
    void damagedDataInJson();
    void unreadableValuesAreOneLine();
    // Needs ProgressStore::loadProfile to fill ProfileData::unreadable.
    void damagedRowsNamedByProgram();

private:
    QTemporaryDir m_dir;
    QString m_database;
};

void TestStatusCommand::initTestCase()
{
    QVERIFY(Shanghai.isValid());
    m_database = m_dir.filePath(QStringLiteral("progress.sqlite"));
    auto store = std::move(ProgressStore::openSqlite(m_database)).value();
    FixedClock clock(Submitted.addDays(-1), Shanghai);
    Profile profile(clock);
    ProfileAutosaver saver(profile, *store, clock);
    profile.load(store->createProfile(QStringLiteral("Example Fintech Ltd"), clock.now()).value());
    profile.setField(FieldKey::LoginName, QStringLiteral("example"));
    QVERIFY(profile.requestStatus(StepId::Register, StepStatus::Done).allowed);
    profile.setField(FieldKey::RealNameSubject, FieldValue::Enterprise);
    profile.setField(FieldKey::RealNameMethod, FieldValue::MethodBankAccount);
    clock.set(Submitted);
    QVERIFY(profile.requestStatus(StepId::RealName, StepStatus::Waiting).allowed);
    QVERIFY(saver.flush());
}

void TestStatusCommand::waitingBeforeExpectedDate()
{
    const ProgramRun run = runStatus(
        {QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--database"),
            m_database, QStringLiteral("--now"), QStringLiteral("2026-03-11T12:00:00+08:00")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject document = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(document.value(QStringLiteral("format")).toString(),
        QStringLiteral("fincloud-onboard.status"));
    QCOMPARE(document.value(QStringLiteral("formatVersion")).toInt(), 1);
    QCOMPARE(document.value(QStringLiteral("now")).toString(),
        QStringLiteral("2026-03-11T04:00:00.000Z"));
    const QJsonObject realName = step(document, 1);
    QCOMPARE(realName.value(QStringLiteral("step")).toString(), QStringLiteral("real_name"));
    QCOMPARE(realName.value(QStringLiteral("status")).toString(), QStringLiteral("waiting"));
    QCOMPARE(realName.value(QStringLiteral("since")).toString(),
        QStringLiteral("2026-03-06T09:00:00.000Z"));
    // Three working days after Friday: Monday, Tuesday, Wednesday (end of day, Shanghai).
    QCOMPARE(realName.value(QStringLiteral("expectedBy")).toString(),
        QStringLiteral("2026-03-11T15:59:59.000Z"));
    QCOMPARE(realName.value(QStringLiteral("overdue")).toBool(), false);
    QCOMPARE(step(document, 0).value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    QVERIFY(step(document, 2).value(QStringLiteral("since")).isNull());
}

void TestStatusCommand::overdueCountsWorkingDays_data()
{
    QTest::addColumn<QString>("now");
    QTest::addColumn<int>("overdue");
    QTest::newRow("last minute of the expected day") << "2026-03-11T23:59:00+08:00" << 0;
    QTest::newRow("next morning") << "2026-03-12T08:00:00+08:00" << 1;
    QTest::newRow("Saturday counts as Friday's") << "2026-03-14T10:00:00+08:00" << 2;
    QTest::newRow("the Monday after") << "2026-03-16T10:00:00+08:00" << 3;
}

void TestStatusCommand::overdueCountsWorkingDays()
{
    QFETCH(QString, now);
    QFETCH(int, overdue);
    const ProgramRun run = runStatus({QStringLiteral("status"), QStringLiteral("--json"),
        QStringLiteral("--database"), m_database, QStringLiteral("--now"), now});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject realName = step(QJsonDocument::fromJson(run.out).object(), 1);
    QCOMPARE(realName.value(QStringLiteral("overdueWorkingDays")).toInt(), overdue);
    QCOMPARE(realName.value(QStringLiteral("overdue")).toBool(), overdue > 0);
}

void TestStatusCommand::clockFromEnvironment()
{
    const ProgramRun run = runStatus({QStringLiteral("status"), QStringLiteral("--json"),
                                         QStringLiteral("--database"), m_database},
        QStringLiteral("2026-03-16T10:00:00+08:00"));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("now")).toString(),
        QStringLiteral("2026-03-16T02:00:00.000Z"));
}

void TestStatusCommand::textReport()
{
    const ProgramRun run = runStatus({QStringLiteral("status"), QStringLiteral("--profile"),
        QStringLiteral("Example Fintech Ltd"), QStringLiteral("--database"), m_database,
        QStringLiteral("--now"), QStringLiteral("2026-03-16T10:00:00+08:00")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(QStringLiteral("expected by 2026-03-11 23:59")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("OVERDUE by 3 working days")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("since 2026-03-06 17:00")), qPrintable(text));
}

void TestStatusCommand::textReportInChinese()
{
    const ProgramRun run = runStatus({QStringLiteral("status"), QStringLiteral("--lang"),
        QStringLiteral("zh_CN"), QStringLiteral("--profile"), QStringLiteral("Example Fintech Ltd"),
        QStringLiteral("--database"), m_database, QStringLiteral("--now"),
        QStringLiteral("2026-03-16T10:00:00+08:00")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    // 2026年3月11日, never 2026/3/11 or the English ISO form.
    QVERIFY2(text.contains(QStringLiteral("2026年3月11日 23:59")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2026年3月6日 17:00")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("2026-03-")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("2026/3/")), qPrintable(text));
}

void TestStatusCommand::unknownProfile()
{
    const ProgramRun run = runStatus({QStringLiteral("status"), QStringLiteral("--profile"),
        QStringLiteral("Nobody Ltd"), QStringLiteral("--database"), m_database});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("Nobody Ltd"));
    const ProgramRun badClock = runStatus({QStringLiteral("status"), QStringLiteral("--database"),
        m_database, QStringLiteral("--now"), QStringLiteral("yesterday")});
    QCOMPARE(badClock.exitCode, 2);
}

void TestStatusCommand::unknownTimeZoneFallsBack_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("named"); // as the warning names it
    QTest::newRow("no such zone") << "Nonexistent/Zone"
                                  << "\"Nonexistent/Zone\"";
    QTest::newRow("no such file") << ":/nonexistent/zoneinfo"
                                  << "\"/nonexistent/zoneinfo\"";
}

void TestStatusCommand::unknownTimeZoneFallsBack()
{
    QFETCH(QString, zone);
    QFETCH(QString, named);
    const QStringList at = {QStringLiteral("--database"), m_database, QStringLiteral("--now"),
        QStringLiteral("2026-03-16T10:00:00+08:00")};
    // Dates in Asia/Shanghai (the same as the fixture's), never blank.
    const ProgramRun text = runInZone(zone, QStringList {QStringLiteral("status")} + at);
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(QStringLiteral("since 2026-03-06 17:00")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("expected by 2026-03-11 23:59")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("OVERDUE by 3 working days")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("since ,")), qPrintable(out));
    // One warning line on standard error, naming both zones.
    const QStringList warnings = QString::fromUtf8(text.err).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings[0].contains(named) && warnings[0].contains("Asia/Shanghai"),
        qPrintable(warnings[0]));

    const ProgramRun json
        = runInZone(zone, QStringList {QStringLiteral("status"), QStringLiteral("--json")} + at);
    QCOMPARE(json.exitCode, 0);
    const QJsonObject realName = step(QJsonDocument::fromJson(json.out).object(), 1);
    QCOMPARE(realName.value(QStringLiteral("overdue")).toBool(), true);
    QCOMPARE(realName.value(QStringLiteral("overdueWorkingDays")).toInt(), 3);
    QCOMPARE(realName.value(QStringLiteral("expectedBy")).toString(),
        QStringLiteral("2026-03-11T15:59:59.000Z"));
    QVERIFY(json.err.contains("Asia/Shanghai"));

    const ProgramRun all
        = runInZone(zone, QStringList {QStringLiteral("status"), QStringLiteral("--all")} + at);
    QCOMPARE(all.exitCode, 0);
    const QString line = QString::fromUtf8(all.out).trimmed();
    QVERIFY2(line.contains(QStringLiteral("Overdue, since 2026-03-06 17:00, expected by "
                                          "2026-03-11 23:59 — last change 2026-03-06 17:00")),
        qPrintable(line));
    QVERIFY(all.err.contains("Asia/Shanghai"));
}

void TestStatusCommand::fallbackZoneIsUsable()
{
    const QDateTime probe(QDate(2026, 3, 16), QTime(2, 0), Qt::UTC);
    QCOMPARE(UserTimeZone::usableOr(QTimeZone(), probe).id(), UserTimeZone::FallbackId);
    QCOMPARE(UserTimeZone::usableOr(QTimeZone("Nonexistent/Zone"), probe).id(),
        UserTimeZone::FallbackId);
    QCOMPARE(UserTimeZone::usableOr(QTimeZone("Europe/Berlin"), probe).id(),
        QByteArray("Europe/Berlin"));
    QCOMPARE(probe.toTimeZone(UserTimeZone::fallback()).time(), QTime(10, 0));
}

void TestStatusCommand::damagedDataInText()
{
    const FixedClock clock(QDateTime(QDate(2026, 3, 16), QTime(2, 0), Qt::UTC), Shanghai);
    const WaitEstimate estimate(WorkingDayCalendar::mainland());
    const QString text = StatusReport(clock, estimate).profileText(damagedProfile());
    const QStringList lines = text.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.at(0), QStringLiteral("Example Fintech Ltd (profile 7)"));
    QVERIFY2(lines.at(1).contains("DAMAGED DATA"), qPrintable(text));
    QCOMPARE(lines.at(2), QStringLiteral("    step register: since \"garbage\""));
    QCOMPARE(lines.at(3), QStringLiteral("    step real_name: status \"bogus\""));
    QCOMPARE(lines.at(4), QStringLiteral("    step_states: step \"teleport\" status \"done\""));
    QVERIFY2(lines.at(5).contains("since: unreadable (damaged data)"), qPrintable(lines.at(5)));
    QVERIFY2(
        lines.at(6).startsWith("  2. Real-name verification: status unreadable (damaged data)"),
        qPrintable(lines.at(6)));
    QVERIFY2(lines.at(6).contains("since 2026-03-06 17:00"), qPrintable(lines.at(6)));
    QVERIFY2(!lines.at(6).contains("Not started"), qPrintable(lines.at(6)));
}

void TestStatusCommand::regionNamedInTheReportsLanguage()
{
    ProfileData data;
    data.id = 8;
    data.fields.insert(FieldKey::CompanyName, QStringLiteral("Example Fintech Ltd"));
    data.fields.insert(FieldKey::RegionId, QStringLiteral("cn-shenzhen-finance-1"));
    const FixedClock clock(Submitted, Shanghai);
    const WaitEstimate estimate(WorkingDayCalendar::mainland());
    const QLocale before;
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });

    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    QString text = StatusReport(clock, estimate).profileText(data);
    QVERIFY2(
        text.contains(QStringLiteral("South China 1 Finance (Shenzhen) (cn-shenzhen-finance-1)")),
        qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("华南1")), qPrintable(text));

    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    text = StatusReport(clock, estimate).profileText(data);
    QVERIFY2(text.contains(QStringLiteral("华南1金融云（深圳）")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("South China")), qPrintable(text));

    // No region chosen: no region line.
    data.fields.remove(FieldKey::RegionId);
    QVERIFY(!StatusReport(clock, estimate).profileText(data).contains(QStringLiteral("金融云（")));
}

void TestStatusCommand::damagedDataInJson()
{
    const FixedClock clock(QDateTime(QDate(2026, 3, 16), QTime(2, 0), Qt::UTC), Shanghai);
    const WaitEstimate estimate(WorkingDayCalendar::mainland());
    const QJsonObject document = StatusReport(clock, estimate).document({damagedProfile()});
    const QJsonObject profile = document.value("profiles").toArray().at(0).toObject();
    QCOMPARE(profile.value("damagedData").toArray().size(), 3);
    QCOMPARE(profile.value("damagedData").toArray().at(1).toString(),
        QStringLiteral("step real_name: status \"bogus\""));
    QCOMPARE(step(document, 1).value("status").toString(), QStringLiteral("unreadable"));
    QCOMPARE(step(document, 1).value("damaged").toBool(), true);
    QCOMPARE(step(document, 0).value("status").toString(), QStringLiteral("done"));
    QCOMPARE(step(document, 0).value("damaged").toBool(), true);
    QCOMPARE(step(document, 2).value("status").toString(), QStringLiteral("not_started"));
    QCOMPARE(step(document, 2).value("damaged").toBool(), false);
    // A profile without damaged data says so with an empty list.
    ProfileData clean;
    clean.id = 1;
    const QJsonObject fine = StatusReport(clock, estimate).profileJson(clean);
    QVERIFY(fine.value("damagedData").isArray());
    QCOMPARE(fine.value("damagedData").toArray().size(), 0);
}

void TestStatusCommand::unreadableValuesAreOneLine()
{
    const QString entry = UnreadableValue::ofStep(StepId::Region, UnreadableValue::ExpectedBy,
        QStringLiteral("a\"b\\c\nd\x1b") + QString(60, QLatin1Char('x')));
    QVERIFY2(
        entry.startsWith(QStringLiteral("step region: expected_by \"a\\\"b\\\\c\\u000ad\\u001b")),
        qPrintable(entry));
    QVERIFY(entry.endsWith(QStringLiteral("x…\"")));
    QVERIFY(!entry.contains('\n'));
    QVERIFY(UnreadableValue::concerns({entry}, StepId::Region, UnreadableValue::ExpectedBy));
    QVERIFY(UnreadableValue::concerns({entry}, StepId::Region));
    QVERIFY(!UnreadableValue::concerns({entry}, StepId::Region, UnreadableValue::Since));
    QVERIFY(!UnreadableValue::concerns({entry}, StepId::Register));
    QVERIFY(!UnreadableValue::concerns(
        {UnreadableValue::unknownStep(u"region", u"x")}, StepId::Region));
}

void TestStatusCommand::damagedRowsNamedByProgram()
{
    // A copy of the fixture database with rows this program cannot read.
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    QVERIFY(QFile::copy(m_database, damaged));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "damage");
        db.setDatabaseName(damaged);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec("UPDATE step_states SET status = 'bogus' WHERE step = 'real_name'"));
        QVERIFY(query.exec("UPDATE step_states SET since = 'garbage' WHERE step = 'register'"));
        QVERIFY(query.exec("INSERT INTO step_states (profile_id, step, status, since, expected_by)"
                           " SELECT profile_id, 'teleport', 'done', since, '' FROM step_states"
                           " WHERE step = 'register'"));
        db.close();
    }
    QSqlDatabase::removeDatabase("damage");
    const QStringList at = {QStringLiteral("--database"), damaged, QStringLiteral("--now"),
        QStringLiteral("2026-03-16T10:00:00+08:00")};

    const ProgramRun text = runStatus(QStringList {QStringLiteral("status")} + at);
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains("DAMAGED DATA"), qPrintable(out));
    QVERIFY2(out.contains("step real_name: status \"bogus\""), qPrintable(out));
    QVERIFY2(out.contains("step register: since \"garbage\""), qPrintable(out));
    QVERIFY2(out.contains("step_states: step \"teleport\" status \"done\""), qPrintable(out));
    QVERIFY2(out.contains("Real-name verification: status unreadable"), qPrintable(out));
    QVERIFY2(!out.contains("Real-name verification: Not started"), qPrintable(out));
    QVERIFY2(text.err.contains("Example Fintech Ltd"), text.err.constData());

    const ProgramRun json = runStatus(QStringList {QStringLiteral("status"), "--json"} + at);
    QCOMPARE(json.exitCode, 0);
    const QJsonObject document = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(
        document.value("profiles").toArray().at(0).toObject().value("damagedData").toArray().size(),
        3);
    QCOMPARE(step(document, 1).value("status").toString(), QStringLiteral("unreadable"));

    // `status --all` reads the list's own query: a marker, today already.
    const ProgramRun all = runStatus(QStringList {QStringLiteral("status"), "--all"} + at);
    QCOMPARE(all.exitCode, 0);
    QVERIFY2(
        all.out.contains("DAMAGED DATA: step real_name: status \"bogus\""), all.out.constData());
}

void TestStatusCommand::storedTextIsPrintedEscaped()
{
    // A company name stored before control characters were refused (or by
    // another tool) must not reach the terminal raw.
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("escaped.sqlite"));
    {
        auto store = std::move(ProgressStore::openSqlite(database)).value();
        QVERIFY(store->createProfile(
            QStringLiteral("Evil\x1b]0;owned\x07 Ltd"), QDateTime::currentDateTimeUtc()));
    }
    for (const QStringList &command : {QStringList {QStringLiteral("status")},
             QStringList {QStringLiteral("status"), QStringLiteral("--all")}}) {
        const ProgramRun run
            = runStatus(command + QStringList {QStringLiteral("--database"), database});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.out.contains('\x1b') && !run.out.contains('\x07'), run.out.constData());
        QVERIFY2(run.out.contains("Evil\\u001b]0;owned\\u0007 Ltd"), run.out.constData());
    }
}

QTEST_GUILESS_MAIN(TestStatusCommand)
#include "tst_statuscommand.moc"
