// The command line on its own (CommandLine::parse, no application object):
// what it refuses, with which sentence and exit status, and what it accepts;
// then the real program, to show main() prints the same and exits with it;
// and the command table against both: every command in it accepted, refused
// without what it needs, and listed by --help.
#include "cli/CommandLine.h"
#include "cli/CommandTable.h"
#include "common/ProgramRun.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using Environment = QMap<QString, QString>;

namespace {

QProcessEnvironment environmentOf(const Environment &variables)
{
    QProcessEnvironment environment;
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        environment.insert(it.key(), it.value());
    return environment;
}

std::variant<CommandLineOptions, CommandLineError> parse(
    const QStringList &arguments, const Environment &variables = {})
{
    return CommandLine::parse(
        QStringList {QStringLiteral("fincloud-onboard")} + arguments, environmentOf(variables));
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void refuses_data();
    void refuses();
    void accepts_data();
    void accepts();
    void commandLineBeforeEnvironment();
    void helpAndVersionAreRequests();
    void programPrintsTheRefusal_data();
    void programPrintsTheRefusal();
    void tableCommandIsAccepted_data();
    void tableCommandIsAccepted();
    void tableCommandNeedsItsFile();
    void helpListsTheTable();
    void helpIsInTheUsersLanguage_data();
    void helpIsInTheUsersLanguage();

private:
    QTemporaryDir m_config;
};

void TestCommandLine::initTestCase()
{
    // No settings file of this machine's user or administrator may decide a row.
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.filePath(QStringLiteral("home")).toLocal8Bit());
    qputenv("XDG_CONFIG_DIRS", m_config.filePath(QStringLiteral("system")).toLocal8Bit());
    // Nor may a refusal that breaks start a wizard on this user's database.
    qputenv("XDG_DATA_HOME", m_config.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_STATE_HOME", m_config.filePath(QStringLiteral("state")).toLocal8Bit());
}

void TestCommandLine::refuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Environment>("environment");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("exitStatus");

    QTest::newRow("unknown option") << QStringList {"--colour"} << Environment {}
                                    << "fincloud-onboard: Unknown option 'colour'." << 1;
    QTest::newRow("missing value") << QStringList {"status", "--lang"} << Environment {}
                                   << "fincloud-onboard: Missing value after '--lang'." << 1;
    QTest::newRow("bad --now")
        << QStringList {"--now", "next Tuesday"} << Environment {}
        << "Cannot read the date and time \"next Tuesday\"; use ISO 8601, e.g. "
           "2026-11-02T09:30:00+08:00"
        << 2;
    QTest::newRow("bad FINCLOUD_NOW")
        << QStringList {"status"} << Environment {{"FINCLOUD_NOW", "2026-13-01"}}
        << "Cannot read the date and time \"2026-13-01\"; use ISO 8601, e.g. "
           "2026-11-02T09:30:00+08:00"
        << 2;
    QTest::newRow("unknown --lang") << QStringList {"--lang", "fr"} << Environment {}
                                    << "Unknown language \"fr\"; use one of: en, zh_CN" << 2;
    QTest::newRow("--now checked before --lang")
        << QStringList {"--lang", "fr", "--now", "soon"} << Environment {}
        << "Cannot read the date and time \"soon\"; use ISO 8601, e.g. "
           "2026-11-02T09:30:00+08:00"
        << 2;
    QTest::newRow("unknown command")
        << QStringList {"stats"} << Environment {} << "Unknown command \"stats\"; see --help" << 2;
    QTest::newRow("--all with --profile")
        << QStringList {"status", "--all", "--profile", "Acme"} << Environment {}
        << "Use either --all or --profile, not both." << 2;
    QTest::newRow("import without file")
        << QStringList {"import"} << Environment {}
        << "usage: fincloud-onboard import FILE.json [--on-conflict replace|keep-both|cancel]" << 2;
    QTest::newRow("import, unknown --on-conflict")
        << QStringList {"import", "a.json", "--on-conflict", "merge"} << Environment {}
        << "usage: fincloud-onboard import FILE.json [--on-conflict replace|keep-both|cancel]" << 2;
    QTest::newRow("export without --out")
        << QStringList {"export", "--profile", "Acme"} << Environment {}
        << "usage: fincloud-onboard export [--profile NAME] --out FILE.json" << 2;
    QTest::newRow("check-data without file") << QStringList {"check-data"} << Environment {}
                                             << "usage: fincloud-onboard check-data FILE.json" << 2;
    // Refused before the database is opened, as export is (it used to be
    // refused by the command itself, after opening the database).
    QTest::newRow("checklist without --out")
        << QStringList {"checklist", "--profile", "Acme"} << Environment {}
        << "usage: fincloud-onboard checklist [--profile NAME] --out FILE.pdf [--lang CODE]" << 2;
    QTest::newRow("restore without file")
        << QStringList {"restore"} << Environment {}
        << "usage: fincloud-onboard restore BACKUP-FILE (see: fincloud-onboard backups)" << 2;
}

void TestCommandLine::refuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(Environment, environment);
    QFETCH(QString, message);
    QFETCH(int, exitStatus);
    const auto parsed = parse(arguments, environment);
    const auto *refused = std::get_if<CommandLineError>(&parsed);
    QVERIFY2(refused, "accepted");
    QCOMPARE(refused->message, message);
    QCOMPARE(refused->exitStatus, exitStatus);
}

void TestCommandLine::accepts_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QDateTime>("now");

    QTest::newRow("the wizard") << QStringList {} << QString() << QString() << QDateTime();
    QTest::newRow("status --all --json")
        << QStringList {"status", "--all", "--json"} << "status" << QString() << QDateTime();
    QTest::newRow("import, default choice") << QStringList {"import", "a.json"} << "import"
                                            << "a.json" << QDateTime();
    QTest::newRow("import --on-conflict keep-both")
        << QStringList {"import", "a.json", "--on-conflict=keep-both"} << "import"
        << "a.json" << QDateTime();
    QTest::newRow("--now with offset")
        << QStringList {"--now", "2026-11-02T09:30:00+08:00", "--lang", "zh_CN"} << QString()
        << QString() << QDateTime(QDate(2026, 11, 2), QTime(1, 30), Qt::UTC);
    QTest::newRow("--now with milliseconds")
        << QStringList {"check-data", "d.json", "--now=2026-11-02T09:30:00.250Z"} << "check-data"
        << "d.json" << QDateTime(QDate(2026, 11, 2), QTime(9, 30, 0, 250), Qt::UTC);
}

void TestCommandLine::accepts()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, command);
    QFETCH(QString, argument);
    QFETCH(QDateTime, now);
    const auto parsed = parse(arguments);
    const auto *refused = std::get_if<CommandLineError>(&parsed);
    QVERIFY2(!refused, refused ? qPrintable(refused->message) : "");
    const CommandLineOptions &options = std::get<CommandLineOptions>(parsed);
    QCOMPARE(options.request, CommandLineOptions::Request::Run);
    QCOMPARE(options.command, command);
    QCOMPARE(options.argument, argument);
    QCOMPARE(options.now, now);
}

void TestCommandLine::commandLineBeforeEnvironment()
{
    const auto parsed = parse({"--database", "/tmp/cli.db", "--now", "2026-11-02T00:00:00Z"},
        {{"FINCLOUD_DATABASE", "/tmp/env.db"}, {"FINCLOUD_NOW", "not a date"},
            {"FINCLOUD_API_ENDPOINT", "https://example.invalid"}});
    QVERIFY(std::holds_alternative<CommandLineOptions>(parsed));
    const CommandLineOptions &options = std::get<CommandLineOptions>(parsed);
    QCOMPARE(options.database, QString("/tmp/cli.db"));
    QCOMPARE(options.settings.database.source, StartupSettings::Source::CommandLine);
    QCOMPARE(options.now, QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC));
    QCOMPARE(options.apiEndpoint, QString("https://example.invalid"));
    QCOMPARE(options.settings.apiEndpoint.source, StartupSettings::Source::Environment);
}

void TestCommandLine::helpAndVersionAreRequests()
{
    const auto help = parse({"--help", "--lang", "fr"});
    QVERIFY(std::holds_alternative<CommandLineOptions>(help));
    QCOMPARE(std::get<CommandLineOptions>(help).request, CommandLineOptions::Request::ShowHelp);
    // --lang chooses the help's language; an unknown one is ignored, not refused.
    QVERIFY(std::get<CommandLineOptions>(help).language.isEmpty());
    const auto chinese = parse({"--help", "--lang", "zh_CN"});
    QCOMPARE(std::get<CommandLineOptions>(chinese).language, QString("zh_CN"));
    const auto helpAll = parse({"--help-all"});
    QVERIFY(std::holds_alternative<CommandLineOptions>(helpAll));
    QCOMPARE(std::get<CommandLineOptions>(helpAll).request, CommandLineOptions::Request::ShowHelp);
    const auto version = parse({"--version", "stats"});
    QVERIFY(std::holds_alternative<CommandLineOptions>(version));
    QCOMPARE(
        std::get<CommandLineOptions>(version).request, CommandLineOptions::Request::ShowVersion);
}

void TestCommandLine::programPrintsTheRefusal_data()
{
    refuses_data();
}

void TestCommandLine::programPrintsTheRefusal()
{
    QFETCH(QStringList, arguments);
    QFETCH(Environment, environment);
    QFETCH(QString, message);
    QFETCH(int, exitStatus);
    const ProgramRun run = ProgramRun::start(arguments, environmentOf(environment));
    QCOMPARE(run.exitCode, exitStatus);
    QCOMPARE(QString::fromUtf8(run.err), message + u'\n');
    QVERIFY(run.out.isEmpty());
}

void TestCommandLine::tableCommandIsAccepted_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("argument");
    for (const Command &command : CommandTable::all())
        QTest::newRow(qPrintable(command.name))
            << command.name << (command.argument.isEmpty() ? QString() : QStringLiteral("a.json"));
    QVERIFY(CommandTable::all().size() >= 11);
}

void TestCommandLine::tableCommandIsAccepted()
{
    QFETCH(QString, name);
    QFETCH(QString, argument);
    QStringList arguments = {name};
    if (!argument.isEmpty())
        arguments << argument;
    // --out for the commands that write a file; the others ignore it.
    arguments << "--out"
              << "out.file";
    const auto parsed = parse(arguments);
    const auto *refused = std::get_if<CommandLineError>(&parsed);
    QVERIFY2(!refused, refused ? qPrintable(refused->message) : "");
    QCOMPARE(std::get<CommandLineOptions>(parsed).command, name);
    QCOMPARE(std::get<CommandLineOptions>(parsed).argument, argument);
    const Command *found = CommandTable::find(name);
    QVERIFY(found);
    QCOMPARE(found->name, name);
    QVERIFY(found->run);
}

void TestCommandLine::tableCommandNeedsItsFile()
{
    int withFile = 0;
    for (const Command &command : CommandTable::all()) {
        QVERIFY2(command.usage().startsWith("usage: fincloud-onboard " + command.name),
            qPrintable(command.usage()));
        if (command.argument.isEmpty())
            continue;
        ++withFile;
        const auto parsed = parse({command.name, "--out", "out.file"});
        const auto *refused = std::get_if<CommandLineError>(&parsed);
        QVERIFY2(refused, qPrintable(command.name + " accepted without its file"));
        QCOMPARE(refused->exitStatus, 2);
        QCOMPARE(refused->message, command.usage());
        QVERIFY(refused->message.contains(command.name + ' ' + command.argument));
    }
    QCOMPARE(withFile, 3); // check-data, import, restore
}

// What --help prints and what the program accepts come from the one table:
// every command is listed (with its file), and a name that is not in the
// table is refused with exit status 2.
void TestCommandLine::helpListsTheTable()
{
    const ProgramRun help = ProgramRun::start({"--help"});
    QCOMPARE(help.exitCode, 0);
    // Undo QCommandLineParser's wrapping: one space between words.
    const QString text = QString::fromUtf8(help.out).simplified();
    const qsizetype listed = text.indexOf("Arguments: command Optional: ");
    QVERIFY2(listed >= 0, qPrintable(text));
    qsizetype previous = listed;
    for (const Command &command : CommandTable::all()) {
        const QString entry
            = command.argument.isEmpty() ? command.name : command.name + ' ' + command.argument;
        const QRegularExpression word("[ ,:]" + QRegularExpression::escape(entry) + "[ ,.]");
        const qsizetype at = text.indexOf(word, listed);
        if (command.hidden) { // for tests only (which-credentials)
            QVERIFY2(at < 0, qPrintable(entry + " is hidden, yet listed: " + text));
            continue;
        }
        QVERIFY2(at > previous, qPrintable(entry + " is not listed in its place: " + text));
        previous = at;
    }
    QVERIFY2(!text.contains(" stats"), qPrintable(text));
    const ProgramRun unknown = ProgramRun::start({"stats"});
    QCOMPARE(unknown.exitCode, 2);
    QCOMPARE(QString::fromUtf8(unknown.err), "Unknown command \"stats\"; see --help\n");
    QVERIFY(!CommandTable::find("stats"));
    QVERIFY(!CommandTable::find(QString()));
}

void TestCommandLine::helpIsInTheUsersLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Environment>("environment");
    QTest::addColumn<bool>("chinese");
    const Environment english {
        {"LANG", "C.UTF-8"}, {"LANGUAGE", ""}, {"LC_ALL", ""}, {"LC_MESSAGES", ""}};
    Environment zhLang = english;
    zhLang["LANG"] = "zh_CN.UTF-8";
    Environment zhLanguage = english;
    zhLanguage["LANG"] = "en_US.UTF-8";
    zhLanguage["LANGUAGE"] = "zh_CN:en";
    Environment enFirst = zhLang;
    enFirst["LANGUAGE"] = "en_GB:zh_CN";
    QTest::newRow("English") << QStringList {"--help"} << english << false;
    QTest::newRow("--lang zh_CN") << QStringList {"--lang", "zh_CN", "--help"} << english << true;
    QTest::newRow("LANG=zh_CN") << QStringList {"--help"} << zhLang << true;
    QTest::newRow("LANGUAGE=zh_CN") << QStringList {"--help"} << zhLanguage << true;
    QTest::newRow("LANGUAGE=en_GB:zh_CN") << QStringList {"--help"} << enFirst << false;
    QTest::newRow("--lang en over LANG")
        << QStringList {"--help", "--lang", "en"} << zhLang << false;
}

// --help in the language the wizard would speak: the descriptions of the
// options, the commands and QCommandLineParser's own words.
void TestCommandLine::helpIsInTheUsersLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(Environment, environment);
    QFETCH(bool, chinese);
    const ProgramRun help = ProgramRun::start(arguments, environmentOf(environment));
    QCOMPARE(help.exitCode, 0);
    const QString text = QString::fromUtf8(help.out);
    const bool english = text.contains("User interface language: en or zh_CN.");
    const bool inChinese = text.contains(QStringLiteral("界面语言：en 或 zh_CN。"));
    QVERIFY2(english != chinese && inChinese == chinese, qPrintable(text));
    QCOMPARE(text.contains(QStringLiteral("打印进度后退出")), chinese); // status, CommandTable
    QCOMPARE(text.startsWith("Usage: "), !chinese); // QCommandLineParser's own
    QVERIFY(text.contains("--database <file-or-url>"));
    QVERIFY(help.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
