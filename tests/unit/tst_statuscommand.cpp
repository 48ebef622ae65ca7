// `fincloud-onboard status` end to end: a real database prepared through the
// same profile code the wizard uses, the real program run with --now, and its
// JSON and text read back.
#include "common/ProgramRun.h"
#include "core/Clock.h"
#include "onboarding/FieldKey.h"
#include "onboarding/Profile.h"
#include "storage/ProfileAutosaver.h"
#include "storage/ProgressStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    void initTestCase();
    void waitingBeforeExpectedDate();
    void overdueCountsWorkingDays_data();
    void overdueCountsWorkingDays();
    void clockFromEnvironment();
    void textReport();
    void unknownProfile();

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

QTEST_GUILESS_MAIN(TestStatusCommand)
#include "tst_statuscommand.moc"
