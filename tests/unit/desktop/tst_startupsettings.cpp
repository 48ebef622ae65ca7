// Where each start-up setting comes from: the system's settings files (the
// first folder of $XDG_CONFIG_DIRS wins) < the user's file ($XDG_CONFIG_HOME)
// < the environment variables that exist < the command line. Real files in
// temporary XDG folders.
#include "settings/StartupSettings.h"

#include <QtTest>

namespace {

void writeFile(const QString &path, const QByteArray &text)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

class TestStartupSettings : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void nothingSet();
    void filesFollowXdgVariables();
    void precedence();
    void firstSystemFolderWins();
    void homeExpanded();
    void uiLanguage();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_system1;
    QString m_system2;
    QString m_user;
};

void TestStartupSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString root = m_dir->path();
    qputenv("XDG_CONFIG_HOME", (root + "/home-config").toUtf8());
    qputenv("XDG_CONFIG_DIRS", (root + "/etc-a:" + root + "/etc-b").toUtf8());
    m_system1 = root + "/etc-a/fincloud-onboard/fincloud-onboard.conf";
    m_system2 = root + "/etc-b/fincloud-onboard/fincloud-onboard.conf";
    m_user = root + "/home-config/fincloud-onboard/fincloud-onboard.conf";
}

void TestStartupSettings::cleanup()
{
    qunsetenv("XDG_CONFIG_HOME");
    qunsetenv("XDG_CONFIG_DIRS");
}

void TestStartupSettings::nothingSet()
{
    const StartupSettings settings = StartupSettings::resolve({}, QProcessEnvironment());
    QVERIFY(!settings.language.isSet());
    QVERIFY(!settings.database.isSet());
    QVERIFY(!settings.apiEndpoint.isSet());
    QVERIFY(!settings.prefill.isSet());
    QCOMPARE(settings.database.source, StartupSettings::Source::Default);
    QVERIFY(settings.filesRead.isEmpty());
}

void TestStartupSettings::filesFollowXdgVariables()
{
    QCOMPARE(StartupSettings::userFile(), m_user);
    // Least important first: the last folder of XDG_CONFIG_DIRS.
    QCOMPARE(StartupSettings::systemFiles(), QStringList({m_system2, m_system1}));
}

void TestStartupSettings::precedence()
{
    writeFile(m_system1,
        "language=zh_CN\ndatabase=/srv/system.sqlite\napi-endpoint=https://system.example/\n"
        "prefill=/etc/prefill.json\n");
    writeFile(m_user, "database=/home/u/user.sqlite\napi-endpoint=https://user.example/\n");

    // Files only: the user's file overrides the system's key by key.
    StartupSettings settings = StartupSettings::resolve({}, QProcessEnvironment());
    QCOMPARE(settings.language.value, QStringLiteral("zh_CN"));
    QCOMPARE(settings.language.source, StartupSettings::Source::SystemFile);
    QCOMPARE(settings.language.origin, m_system1);
    QCOMPARE(settings.database.value, QStringLiteral("/home/u/user.sqlite"));
    QCOMPARE(settings.database.source, StartupSettings::Source::UserFile);
    QCOMPARE(settings.apiEndpoint.value, QStringLiteral("https://user.example/"));
    QCOMPARE(settings.prefill.value, QStringLiteral("/etc/prefill.json"));
    QCOMPARE(settings.filesRead, QStringList({m_system1, m_user}));

    // The environment variable beats both files.
    QProcessEnvironment environment;
    environment.insert("FINCLOUD_API_ENDPOINT", "http://127.0.0.1:9999/");
    environment.insert("FINCLOUD_NOW", "2026-11-02T09:30:00+08:00");
    environment.insert("FINCLOUD_DATABASE", "postgresql://team@db.example.com/onboard");
    settings = StartupSettings::resolve({}, environment);
    QCOMPARE(settings.database.value, QStringLiteral("postgresql://team@db.example.com/onboard"));
    QCOMPARE(settings.database.source, StartupSettings::Source::Environment);
    QCOMPARE(settings.apiEndpoint.value, QStringLiteral("http://127.0.0.1:9999/"));
    QCOMPARE(settings.apiEndpoint.source, StartupSettings::Source::Environment);
    QCOMPARE(
        StartupSettings::describe(settings.apiEndpoint), QStringLiteral("FINCLOUD_API_ENDPOINT"));
    QCOMPARE(settings.now.value, QStringLiteral("2026-11-02T09:30:00+08:00"));

    // The command line beats everything.
    StartupSettings::CommandLine commandLine;
    commandLine.language = "en";
    commandLine.database = "/tmp/cli.sqlite";
    commandLine.apiEndpoint = "https://cli.example/";
    commandLine.prefill = "/tmp/cli-prefill.json";
    commandLine.now = "2027-01-01T00:00:00Z";
    settings = StartupSettings::resolve(commandLine, environment);
    QCOMPARE(settings.language.value, QStringLiteral("en"));
    QCOMPARE(settings.database.value, QStringLiteral("/tmp/cli.sqlite"));
    QCOMPARE(settings.database.source, StartupSettings::Source::CommandLine);
    QCOMPARE(settings.apiEndpoint.value, QStringLiteral("https://cli.example/"));
    QCOMPARE(settings.prefill.value, QStringLiteral("/tmp/cli-prefill.json"));
    QCOMPARE(settings.now.value, QStringLiteral("2027-01-01T00:00:00Z"));
    QCOMPARE(StartupSettings::describe(settings.database), QStringLiteral("command line"));
}

void TestStartupSettings::firstSystemFolderWins()
{
    writeFile(m_system1, "database=/from/first.sqlite\n");
    writeFile(m_system2, "database=/from/second.sqlite\nlanguage=en\n");
    const StartupSettings settings = StartupSettings::resolve({}, QProcessEnvironment());
    QCOMPARE(settings.database.value, QStringLiteral("/from/first.sqlite"));
    QCOMPARE(settings.language.value, QStringLiteral("en"));
    QCOMPARE(settings.language.origin, m_system2);
}

void TestStartupSettings::homeExpanded()
{
    writeFile(m_user, "database=~/onboarding/progress.sqlite\n");
    const StartupSettings settings = StartupSettings::resolve({}, QProcessEnvironment());
    QCOMPARE(settings.database.value, QDir::homePath() + "/onboarding/progress.sqlite");
}

void TestStartupSettings::uiLanguage()
{
    writeFile(m_system1, "language=zh_CN\n");
    StartupSettings settings = StartupSettings::resolve({}, QProcessEnvironment());
    QCOMPARE(settings.uiLanguage(QString()), QStringLiteral("zh_CN"));
    // What the user chose in the wizard beats the administrator's default ...
    QCOMPARE(settings.uiLanguage("en"), QStringLiteral("en"));
    // ... and --lang beats the user's choice.
    StartupSettings::CommandLine commandLine;
    commandLine.language = "zh_CN";
    settings = StartupSettings::resolve(commandLine, QProcessEnvironment());
    QCOMPARE(settings.uiLanguage("en"), QStringLiteral("zh_CN"));
}

QTEST_GUILESS_MAIN(TestStartupSettings)
#include "tst_startupsettings.moc"
