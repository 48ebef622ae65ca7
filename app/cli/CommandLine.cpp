#include "CommandLine.h"

#include "cli/CommandTable.h"
#include "core/Clock.h"
#include "i18n/LanguageSwitcher.h"
#include "storage/ProgressStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace CommandLine {

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Guides an enterprise through Alibaba Cloud Finance Cloud onboarding."));
    parser.addHelpOption();
    // Not addVersionOption(): its -v is --verbose here.
    parser.addOption({QStringLiteral("version"),
        QCoreApplication::translate("main", "Show the program's version and exit.")});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("verbose")},
        QCoreApplication::translate(
            "main", "Log debug messages too (session log and standard error; see README).")});
    parser.addOption({QStringLiteral("prefill"),
        QCoreApplication::translate("main",
            "Start with the company data and settings of an administrator's prefill file "
            "(see README)."),
        QStringLiteral("file")});
    parser.addOption({QStringLiteral("lang"),
        QCoreApplication::translate("main", "User interface language: en or zh_CN."),
        QStringLiteral("code")});
    parser.addOption({QStringLiteral("database"),
        QCoreApplication::translate("main",
            "Progress database: a file, or a shared PostgreSQL database "
            "postgresql://user@host[:port]/dbname (also FINCLOUD_DATABASE; default: %1).")
            .arg(QDir::toNativeSeparators(ProgressStore::defaultLocation())),
        QStringLiteral("file-or-url")});
    parser.addOption({QStringLiteral("now"),
        QCoreApplication::translate("main",
            "Fix the clock at this ISO 8601 date and time (for tests and "
            "screenshots; also FINCLOUD_NOW)."),
        QStringLiteral("datetime")});
    parser.addOption({QStringLiteral("profile"),
        QCoreApplication::translate("main",
            "status, export, checklist, plan: the company name, or #id (default: the profile used "
            "last)."),
        QStringLiteral("name")});
    parser.addOption({QStringLiteral("quit-after-first-paint"),
        QCoreApplication::translate(
            "main", "Quit as soon as the window has been painted (for start-up measurements).")});
    parser.addOption({QStringLiteral("api-endpoint"),
        QCoreApplication::translate("main",
            "check-public-resources, zones, plan --validate: send every API call to this base URL "
            "(https; plain "
            "http only to this computer; also FINCLOUD_API_ENDPOINT)."),
        QStringLiteral("url")});
    parser.addOption({QStringLiteral("cloud-profile"),
        QCoreApplication::translate("main",
            "The aliyun CLI profile (~/.aliyun/config.json) or credentials file profile to take "
            "the key from (also ALIBABA_CLOUD_PROFILE; see README)."),
        QStringLiteral("name")});
    parser.addOption({QStringLiteral("out"),
        QCoreApplication::translate("main", "export, checklist, plan: the file to write."),
        QStringLiteral("file")});
    parser.addOption({QStringLiteral("format"),
        QCoreApplication::translate("main",
            "plan: write the network plan as terraform (the alicloud provider) or ros (a "
            "Resource Orchestration Service template, JSON)."),
        QStringLiteral("format")});
    parser.addOption({QStringLiteral("force"),
        QCoreApplication::translate("main",
            "plan: replace the --out file even when this program did not write it (never a "
            "symbolic link).")});
    parser.addOption({QStringLiteral("validate"),
        QCoreApplication::translate("main",
            "plan --format ros: have ROS check the template first (ValidateTemplate, with the key "
            "the cloud commands use; it needs no permission).")});
    parser.addOption({QStringLiteral("on-conflict"),
        QCoreApplication::translate("main",
            "import: what to do when a saved profile is the same company: replace, keep-both or "
            "cancel (default: cancel, exit status 1)."),
        QStringLiteral("choice")});
    parser.addOption({QStringLiteral("staff-role"),
        QCoreApplication::translate("main",
            "setup-database: the group role that staff logins are members of (created when "
            "missing; data rights only)."),
        QStringLiteral("name")});
    parser.addOption({QStringLiteral("json"),
        QCoreApplication::translate(
            "main", "status, check-public-resources, zones: print JSON (see README).")});
    parser.addOption({QStringLiteral("all"),
        QCoreApplication::translate(
            "main", "status: list every profile, one line each (with --json: a JSON array).")});
    parser.addOption({QStringLiteral("archived"),
        QCoreApplication::translate(
            "main", "status --all: list the archived profiles too (deleted ones never).")});
    parser.addPositionalArgument(
        QStringLiteral("command"), CommandTable::help(), QStringLiteral("[command]"));
    // For the build (target update_ui_objects), not for users: hidden from --help.
    QCommandLineOption uiObjects(QStringLiteral("list-ui-objects"),
        QStringLiteral("Write every page's interactive widgets as Markdown into this file, then "
                       "exit."),
        QStringLiteral("file"));
    uiObjects.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(uiObjects);
    // For the real-window test (tests/realwindow), not for users.
    QCommandLineOption layoutReport(QStringLiteral("layout-report"),
        QStringLiteral("Keep this file up to date with whether the window's notices are shown "
                       "whole (JSON)."),
        QStringLiteral("file"));
    layoutReport.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(layoutReport);
    parser.addOption({QStringLiteral("screenshots"),
        QCoreApplication::translate("main", "Write every page as PNG into this folder, then exit."),
        QStringLiteral("folder")});
}

QDateTime parseNow(const QString &text)
{
    QDateTime now = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!now.isValid())
        now = QDateTime::fromString(text, Qt::ISODate);
    return now.toUTC();
}

Result<StoreAddress> databaseAddress(const CommandLineOptions &options)
{
    if (options.database.isEmpty())
        return StoreAddress::sqliteFile(ProgressStore::defaultLocation());
    return StoreAddress::parse(options.database);
}

std::unique_ptr<Clock> clock(const CommandLineOptions &options)
{
    if (options.now.isValid())
        return std::make_unique<FixedClock>(options.now);
    return std::make_unique<SystemClock>();
}

std::variant<CommandLineOptions, CommandLineError> parse(
    const QStringList &arguments, const QProcessEnvironment &environment)
{
    QCommandLineParser parser;
    describe(parser);
    // As QCommandLineParser::process() reports it (exit status 1).
    if (!parser.parse(arguments))
        return CommandLineError {QStringLiteral("fincloud-onboard: ") + parser.errorText(), 1};

    CommandLineOptions options;
    // Command line, then environment, then the user's and the system's settings files.
    options.settings = StartupSettings::resolve(
        {parser.value(QStringLiteral("lang")), parser.value(QStringLiteral("database")),
            parser.value(QStringLiteral("api-endpoint")), parser.value(QStringLiteral("prefill")),
            parser.value(QStringLiteral("now"))},
        environment);
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        options.request = CommandLineOptions::Request::ShowHelp;
        // The help's language: --lang or the settings files' (empty: the
        // system's). One that does not exist is no reason to refuse help.
        if (LanguageSwitcher::isAvailable(options.settings.language.value))
            options.language = options.settings.language.value;
        return options;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        options.request = CommandLineOptions::Request::ShowVersion;
        return options;
    }
    if (parser.isSet(QStringLiteral("database"))
        && parser.value(QStringLiteral("database")).trimmed().isEmpty())
        return CommandLineError {
            QStringLiteral("--database needs a file path or a postgresql:// address"), 2};
    options.command = parser.positionalArguments().value(0);
    options.argument = parser.positionalArguments().value(1);
    options.database = options.settings.database.value;
    options.language = parser.value(QStringLiteral("lang"));
    options.screenshots = parser.value(QStringLiteral("screenshots"));
    options.uiObjects = parser.value(QStringLiteral("list-ui-objects"));
    options.layoutReport = parser.value(QStringLiteral("layout-report"));
    options.profile = parser.value(QStringLiteral("profile"));
    options.outPath = parser.value(QStringLiteral("out"));
    options.onConflict = parser.value(QStringLiteral("on-conflict"));
    options.format = parser.value(QStringLiteral("format"));
    options.force = parser.isSet(QStringLiteral("force"));
    options.validate = parser.isSet(QStringLiteral("validate"));
    options.staffRole = parser.value(QStringLiteral("staff-role"));
    options.json = parser.isSet(QStringLiteral("json"));
    options.all = parser.isSet(QStringLiteral("all"));
    options.archived = parser.isSet(QStringLiteral("archived"));
    options.apiEndpoint = options.settings.apiEndpoint.value;
    options.cloudProfile = parser.value(QStringLiteral("cloud-profile")).trimmed();
    options.quitAfterFirstPaint = parser.isSet(QStringLiteral("quit-after-first-paint"));
    options.verbose = parser.isSet(QStringLiteral("verbose"));

    const QString now = options.settings.now.value;
    if (!now.isEmpty()) {
        options.now = parseNow(now);
        if (!options.now.isValid())
            return CommandLineError {QStringLiteral("Cannot read the date and time \"%1\"; use "
                                                    "ISO 8601, e.g. 2026-11-02T09:30:00+08:00")
                                         .arg(now),
                2};
    }
    if (!options.language.isEmpty() && !LanguageSwitcher::isAvailable(options.language))
        return CommandLineError {
            QStringLiteral("Unknown language \"%1\"; use one of: %2")
                .arg(options.language, LanguageSwitcher::available().join(QStringLiteral(", "))),
            2};
    if (const QString problem = CommandTable::problem(options); !problem.isEmpty())
        return CommandLineError {problem, 2};
    return options;
}

} // namespace CommandLine
