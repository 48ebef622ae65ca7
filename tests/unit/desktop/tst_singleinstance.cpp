// One wizard per database, with the real program: a second start on the same
// database hands over to the running window (exit 0, the first one logs the
// request) while headless commands keep working; a holder that does not
// answer is named; after the first one is killed with SIGKILL its lock is
// taken over.
#include "DesktopEnvironment.h"
#include "common/ProgramRun.h"
#include "instance/InstanceLock.h"

#include <QtTest>

class TestSingleInstance : public QObject
{
    Q_OBJECT
private slots:
    void secondStartHandsOver();
    void silentHolderIsNamed();

private:
    static bool waitFor(const std::function<bool()> &condition, int ms);
};

bool TestSingleInstance::waitFor(const std::function<bool()> &condition, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > ms)
            return false;
        QTest::qWait(100);
    }
    return true;
}

void TestSingleInstance::secondStartHandsOver()
{
    DesktopEnvironment home;
    QVERIFY(home.write(home.path("prefill.json"),
        R"({"company.name": "Example Fintech Ltd", "register.login_name": "example"})"));

    QProcess first;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("QT_QPA_PLATFORM", "offscreen");
    environment.insert("TZ", "Asia/Shanghai");
    const QProcessEnvironment extra = home.environment();
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    first.setProcessEnvironment(environment);
    first.start(FINCLOUD_BINARY,
        {"--database", home.database(), "--prefill", home.path("prefill.json"), "-v"});
    QVERIFY(first.waitForStarted());
    // Listening once it says so in its log (-v).
    QVERIFY2(waitFor([&] { return home.logs().contains("Listening for second starts"); }, 30000),
        qPrintable(home.logs()));

    // Headless, read-only commands still work beside it.
    const ProgramRun status
        = ProgramRun::start({"status", "--database", home.database()}, home.environment());
    QCOMPARE(status.exitCode, 0);
    QVERIFY(status.out.contains("Example Fintech Ltd"));
    const ProgramRun check
        = ProgramRun::start({"check-data", home.path("prefill.json")}, home.environment());
    QCOMPARE(check.exitCode, 0);
    const ProgramRun diagnostics
        = ProgramRun::start({"diagnostics", "--database", home.database()}, home.environment());
    QCOMPARE(diagnostics.exitCode, 0);
    QVERIFY(diagnostics.out.contains("company: Example Fintech Ltd"));

    // A second wizard on the same database hands over and ends at once.
    QElapsedTimer timer;
    timer.start();
    const ProgramRun second
        = ProgramRun::start({"--database", home.database()}, home.environment());
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains("already open on this database"), second.out.constData());
    QVERIFY(timer.elapsed() < 20000);
    QVERIFY2(waitFor(
                 [&] {
                     return home.logs().contains(
                         "Another start of this database asked for this window");
                 },
                 10000),
        qPrintable(home.logs()));
    QCOMPARE(first.state(), QProcess::Running);

    // Killed without a chance to clean up: the lock file stays behind ...
    const qint64 firstPid = first.processId();
    first.kill();
    QVERIFY(first.waitForFinished());
    QVERIFY(QFileInfo::exists(InstanceLock::lockPath(home.database())));
    // ... and the next start takes it over instead of refusing.
    const ProgramRun next = ProgramRun::start(
        {"--database", home.database(), "--quit-after-first-paint"}, home.environment());
    QVERIFY2(next.exitCode == 0, next.err.constData());
    QVERIFY(!next.out.contains("already open"));
    QVERIFY2(
        home.logs().contains(QStringLiteral("Took over the lock left by process %1").arg(firstPid)),
        qPrintable(home.logs()));
}

void TestSingleInstance::silentHolderIsNamed()
{
    DesktopEnvironment home;
    QVERIFY(QDir().mkpath(QFileInfo(home.database()).absolutePath()));
    // This test process holds the lock and answers nobody.
    QLockFile held(InstanceLock::lockPath(home.database()));
    QVERIFY(held.tryLock(0));

    const ProgramRun run = ProgramRun::start(
        {"--database", home.database(), "--quit-after-first-paint"}, home.environment());
    QCOMPARE(run.exitCode, 1);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains("is already open in another fincloud-onboard window (process "
                 + QString::number(QCoreApplication::applicationPid()) + ")"),
        qPrintable(err));
    QVERIFY(!QFileInfo::exists(home.database())); // the database was not touched
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
