// Without any display (no QT_QPA_PLATFORM, DISPLAY or WAYLAND_DISPLAY),
// --help, --version and the diagnostics command still work: they never open
// a window system connection.
#include "DesktopEnvironment.h"

#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runWithoutDisplay(const QStringList &arguments, const DesktopEnvironment &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(name);
    const QProcessEnvironment extra = home.environment();
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(FINCLOUD_BINARY, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestNoDisplay : public QObject
{
    Q_OBJECT
private slots:
    void help();
    void version();
    void diagnostics();
};

void TestNoDisplay::help()
{
    DesktopEnvironment home;
    const Run run = runWithoutDisplay({"--help"}, home);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("--prefill <file>"), qPrintable(run.out));
    QVERIFY(run.out.contains("-v, --verbose"));
    QVERIFY(run.out.contains("--version"));
    QVERIFY2(!run.err.contains("display"), qPrintable(run.err));
}

void TestNoDisplay::version()
{
    DesktopEnvironment home;
    const Run run = runWithoutDisplay({"--version"}, home);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("fincloud-onboard " FINCLOUD_VERSION));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

void TestNoDisplay::diagnostics()
{
    DesktopEnvironment home;
    const Run run = runWithoutDisplay({"diagnostics", "--database", home.database()}, home);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("program version: " FINCLOUD_VERSION), qPrintable(run.out));
    QVERIFY(run.out.contains("database: SQLite, not created yet"));
    QVERIFY(run.out.contains("log: none"));
    // It never creates the database it describes.
    QVERIFY(!QFileInfo::exists(home.database()));
}

QTEST_GUILESS_MAIN(TestNoDisplay)
#include "tst_nodisplay.moc"
