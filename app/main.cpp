// The composition root: reads the command line, opens the store, and starts
// the wizard or a headless mode. Everything else receives what it needs from
// here (store, clock, language, URL opener).
#include "OnboardingWizard.h"
#include "ScreenshotTour.h"
#include "UiInventory.h"
#include "UrlOpener.h"
#include "cli/CheckDataCommand.h"
#include "cli/CloudCommands.h"
#include "cli/ExchangeCommands.h"
#include "cli/StatusCommand.h"
#include "cloud/CloudAccess.h"
#include "cloud/SystemKeychainVault.h"
#include "core/Clock.h"
#include "core/QuitOnSignal.h"
#include "i18n/LanguageSwitcher.h"
#include "report/ChecklistCommand.h"
#include "session/OnboardingSession.h"
#include "storage/ProgressStore.h"
#include "storage/StoreClient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QStyleFactory>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

struct Options
{
    QString command; // empty: the wizard
    QString database;
    QString language;
    QString screenshots;
    QDateTime now; // invalid: the system clock
    QString profile;
    QString apiEndpoint; // empty: FINCLOUD_API_ENDPOINT, else the real endpoints
    QString uiObjects; // --list-ui-objects: the Markdown file to write
    QString outPath; // export, checklist: the file to write
    QString onConflict; // import: replace, keep-both or cancel
    bool json = false;
    bool all = false; // status --all
    bool quitAfterFirstPaint = false;
};

QStringList rawArguments(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Guides an enterprise through Alibaba Cloud Finance Cloud onboarding."));
    parser.addHelpOption();
    parser.addVersionOption();
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
            "status, export, checklist: the company name or profile id (default: last used)."),
        QStringLiteral("name")});
    parser.addOption({QStringLiteral("quit-after-first-paint"),
        QCoreApplication::translate("main",
            "Quit as soon as the window has been painted "
            "(for start-up measurements).")});
    parser.addOption({QStringLiteral("api-endpoint"),
        QCoreApplication::translate("main",
            "check-public-resources, zones: send every API call to this "
            "base URL (https; plain "
            "http only to this computer; also FINCLOUD_API_ENDPOINT)."),
        QStringLiteral("url")});
    parser.addOption({QStringLiteral("out"),
        QCoreApplication::translate("main", "export, checklist: the file to write."),
        QStringLiteral("file")});
    parser.addOption({QStringLiteral("on-conflict"),
        QCoreApplication::translate("main",
            "import: what to do when a saved profile is the same company: replace, keep-both or "
            "cancel (default: cancel, exit status 1)."),
        QStringLiteral("choice")});
    parser.addOption({QStringLiteral("json"),
        QCoreApplication::translate(
            "main", "status, check-public-resources, zones: print JSON (see README).")});
    parser.addOption({QStringLiteral("all"),
        QCoreApplication::translate(
            "main", "status: list every profile, one line each (with --json: a JSON array).")});
    parser.addPositionalArgument(QStringLiteral("command"),
        QCoreApplication::translate("main",
            "Optional: status (print progress and exit), check-data FILE.json, "
            "check-public-resources or zones (AccessKey from "
            "ALIBABA_CLOUD_ACCESS_KEY_ID "
            "and ALIBABA_CLOUD_ACCESS_KEY_SECRET), export, import FILE.json, checklist (a PDF)."),
        QStringLiteral("[command]"));
    // For the build (target update_ui_objects), not for users: hidden from
    // --help.
    QCommandLineOption uiObjects(QStringLiteral("list-ui-objects"),
        QStringLiteral("Write every page's interactive widgets as Markdown into "
                       "this file, then "
                       "exit."),
        QStringLiteral("file"));
    uiObjects.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(uiObjects);
    parser.addOption({QStringLiteral("screenshots"),
        QCoreApplication::translate("main", "Write every page as PNG into this folder, then exit."),
        QStringLiteral("folder")});
}

// Ends the event loop once the window has painted: start-up is measured from
// process start to this moment.
class FirstPaintQuitter : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

QDateTime parseNow(const QString &text)
{
    QDateTime now = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!now.isValid())
        now = QDateTime::fromString(text, Qt::ISODate);
    return now.toUTC();
}

std::unique_ptr<Clock> makeClock(const Options &options)
{
    if (options.now.isValid())
        return std::make_unique<FixedClock>(options.now);
    return std::make_unique<SystemClock>();
}

// --database (or FINCLOUD_DATABASE), else the default file.
Result<StoreAddress> databaseAddress(const Options &options)
{
    if (options.database.isEmpty())
        return StoreAddress::sqliteFile(ProgressStore::defaultLocation());
    return StoreAddress::parse(options.database);
}

// The headless commands: no window, text or JSON on standard output.
int runCommand(const Options &options, const QString &argument)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const std::unique_ptr<Clock> clock = makeClock(options);
    if (options.command == QLatin1String("check-data")) {
        if (argument.isEmpty()) {
            err << "usage: fincloud-onboard check-data FILE.json\n";
            return 2;
        }
        return runCheckDataCommand(
            argument, clock->now().toTimeZone(clock->timeZone()).date(), out, err);
    }
    if (options.command == QLatin1String("check-public-resources")
        || options.command == QLatin1String("zones")) {
        CloudCommandOptions cloud;
        cloud.apiEndpoint = options.apiEndpoint;
        cloud.json = options.json;
        return options.command == QLatin1String("zones")
            ? runZones(cloud, *clock, out, err)
            : runCheckPublicResources(cloud, *clock, out, err);
    }
    const QStringList storeCommands = {QStringLiteral("status"), QStringLiteral("export"),
        QStringLiteral("import"), QStringLiteral("checklist")};
    if (!storeCommands.contains(options.command)) {
        err << "Unknown command \"" << options.command << "\"; see --help\n";
        return 2;
    }
    const Result<StoreAddress> address = databaseAddress(options);
    if (!address) {
        err << address.error().message << '\n';
        return 2;
    }
    Result<std::unique_ptr<ProgressStore>> store = ProgressStore::open(address.value());
    if (!store) {
        err << store.error().message << '\n' << store.error().details << '\n';
        return 2;
    }
    if (options.command == QLatin1String("export"))
        return runExportCommand(
            *store.value(), *clock, {options.profile, options.outPath}, out, err);
    if (options.command == QLatin1String("import"))
        return runImportCommand(*store.value(), *clock, {argument, options.onConflict}, out, err);
    if (options.command == QLatin1String("checklist"))
        return runChecklistCommand(
            *store.value(), *clock, {options.profile, options.outPath}, out, err);
    return runStatusCommand(
        *store.value(), *clock, {options.profile, options.json, options.all}, out, err);
}

int runScreenshots(QApplication &app, const Options &options)
{
    applyDeterministicLook(app);
    LanguageSwitcher language;
    TourOptions tour;
    tour.outputDir = options.screenshots;
    tour.languages = options.language.isEmpty() ? LanguageSwitcher::available()
                                                : QStringList {options.language};
    tour.now = options.now.isValid() ? options.now
                                     : QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    Result<QStringList> written = renderScreenshotTour(tour, language);
    language.setLanguage(QStringLiteral("en")); // the report below is for a terminal
    if (!written) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(written.error().message),
            qPrintable(written.error().details));
        return 1;
    }
    std::printf("%s\n",
        qPrintable(QCoreApplication::translate("main", "Wrote %1 page images into %2")
                       .arg(written.value().size())
                       .arg(QDir::toNativeSeparators(QDir(tour.outputDir).absolutePath()))));
    return 0;
}

// The database was damaged and moved aside: say so, and offer the newest
// automatic backup or an empty start. Returns true when the caller should
// open the database again.
bool offerBackup(const QString &location, const Error &damage)
{
    const QStringList backups = ProgressStore::backups(location);
    QMessageBox box(QMessageBox::Warning,
        QCoreApplication::translate("main", "The progress database was damaged"), damage.message);
    box.setDetailedText(damage.details);
    QPushButton *restore = nullptr;
    if (!backups.isEmpty()) {
        box.setInformativeText(
            QCoreApplication::translate("main", "The newest automatic backup is from %1.")
                .arg(QLocale().toString(
                    QFileInfo(backups.constFirst()).lastModified(), QLocale::ShortFormat)));
        restore = box.addButton(
            QCoreApplication::translate("main", "Restore the backup"), QMessageBox::AcceptRole);
    }
    QPushButton *fresh
        = box.addButton(QCoreApplication::translate("main", "Start with an empty database"),
            QMessageBox::ActionRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (restore && box.clickedButton() == restore)
        return ProgressStore::restoreBackup(backups.constFirst(), location).ok();
    return box.clickedButton() == fresh;
}

int runListUiObjects(QApplication &app, const Options &options)
{
    applyDeterministicLook(app);
    LanguageSwitcher language;
    const Result<> written = UiInventory::writeMarkdown(options.uiObjects, language,
        options.language.isEmpty() ? QStringLiteral("en") : options.language);
    if (!written) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(written.error().message),
            qPrintable(written.error().details));
        return 1;
    }
    return 0;
}

int runWizard(QApplication &app, const Options &options)
{
    LanguageSwitcher language;
    const Result<StoreAddress> address = databaseAddress(options);
    if (!address) {
        language.setLanguage(
            options.language.isEmpty() ? LanguageSwitcher::systemDefault() : options.language);
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "Cannot start"), address.error().message);
        return 2;
    }
    // The store runs on a thread of its own: a slow or vanished server never
    // freezes the window.
    Result<std::unique_ptr<StoreClient>> store = StoreClient::open(address.value());
    if (!store && store.error().code == ProgressStore::DamagedCode) {
        language.setLanguage(
            options.language.isEmpty() ? LanguageSwitcher::systemDefault() : options.language);
        if (offerBackup(address.value().sqlitePath(), store.error()))
            store = StoreClient::open(address.value());
    }
    if (!store) {
        language.setLanguage(
            options.language.isEmpty() ? LanguageSwitcher::systemDefault() : options.language);
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot start"),
            store.error().message + QStringLiteral("\n\n") + store.error().details);
        return 1;
    }
    const std::unique_ptr<Clock> clock = makeClock(options);
    OnboardingSession session(*store.value(), *clock);
    QString code = options.language;
    if (code.isEmpty())
        code = session.savedLanguage();
    if (!LanguageSwitcher::isAvailable(code))
        code = LanguageSwitcher::systemDefault();
    language.setLanguage(code);

    const Result<EndpointPolicy> endpoints
        = EndpointPolicy::chosen(options.apiEndpoint, QProcessEnvironment::systemEnvironment());
    if (!endpoints) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot start"),
            endpoints.error().message + QStringLiteral("\n\n") + endpoints.error().details);
        return 2;
    }
    // One network manager for every call; it follows the system's proxy settings.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager network;
    SystemKeychainVault keychain;
    CloudAccess cloud(
        network, *clock, endpoints.value(), QProcessEnvironment::systemEnvironment(), &keychain);

    OnboardingWizard wizard(session, language, desktopUrlOpener(), cloud);
    // A logout or kill ends the event loop normally: the wizard and the
    // session then save whatever is still pending.
    QuitOnSignal quitOnSignal;
    QObject::connect(
        &app, &QCoreApplication::aboutToQuit, &session, &OnboardingSession::flushAndWait);
    FirstPaintQuitter quitter;
    if (options.quitAfterFirstPaint)
        wizard.installEventFilter(&quitter);
    wizard.show();
    wizard.resumeLastProfile();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("fincloud-onboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FINCLOUD_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(FINCLOUD_APP_ID));

    const QStringList arguments = rawArguments(argc, argv);
    {
        QCommandLineParser probe;
        describe(probe);
        if (!probe.parse(arguments) || probe.isSet(QStringLiteral("help"))
            || probe.isSet(QStringLiteral("version"))) {
            // Help, version and usage errors need no display.
            QCoreApplication app(argc, argv);
            QCommandLineParser parser;
            describe(parser);
            parser.process(app);
            return 0;
        }
    }

    QCommandLineParser parser;
    describe(parser);
    parser.parse(arguments);
    Options options;
    options.command = parser.positionalArguments().value(0);
    // FINCLOUD_DATABASE: when the command line names no database.
    options.database = parser.isSet(QStringLiteral("database"))
        ? parser.value(QStringLiteral("database"))
        : qEnvironmentVariable("FINCLOUD_DATABASE");
    options.language = parser.value(QStringLiteral("lang"));
    options.screenshots = parser.value(QStringLiteral("screenshots"));
    options.uiObjects = parser.value(QStringLiteral("list-ui-objects"));
    options.profile = parser.value(QStringLiteral("profile"));
    options.outPath = parser.value(QStringLiteral("out"));
    options.onConflict = parser.value(QStringLiteral("on-conflict"));
    options.json = parser.isSet(QStringLiteral("json"));
    options.all = parser.isSet(QStringLiteral("all"));
    options.apiEndpoint = parser.value(QStringLiteral("api-endpoint"));
    options.quitAfterFirstPaint = parser.isSet(QStringLiteral("quit-after-first-paint"));
    const QString now = parser.isSet(QStringLiteral("now")) ? parser.value(QStringLiteral("now"))
                                                            : qEnvironmentVariable("FINCLOUD_NOW");
    if (!now.isEmpty()) {
        options.now = parseNow(now);
        if (!options.now.isValid()) {
            std::fprintf(stderr,
                "Cannot read the date and time \"%s\"; use ISO 8601, e.g. "
                "2026-11-02T09:30:00+08:00\n",
                qPrintable(now));
            return 2;
        }
    }
    if (!options.language.isEmpty() && !LanguageSwitcher::isAvailable(options.language)) {
        std::fprintf(stderr, "Unknown language \"%s\"; use one of: %s\n",
            qPrintable(options.language),
            qPrintable(LanguageSwitcher::available().join(QStringLiteral(", "))));
        return 2;
    }
    if (!options.command.isEmpty()) {
        // The checklist lays out text and needs fonts: a GUI application, off screen.
        const bool needsFonts = options.command == QLatin1String("checklist");
        if (needsFonts)
            qputenv("QT_QPA_PLATFORM", "offscreen");
        const std::unique_ptr<QCoreApplication> app = needsFonts
            ? std::make_unique<QGuiApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
        LanguageSwitcher language;
        language.setLanguage(options.language.isEmpty() ? QStringLiteral("en") : options.language);
        return runCommand(options, parser.positionalArguments().value(1));
    }
    if (!options.uiObjects.isEmpty()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return runListUiObjects(app, options);
    }
    if (options.screenshots.isEmpty() && !hasDisplay()) {
        options.screenshots = QDir::current().filePath(QStringLiteral("fincloud-onboard-pages"));
        std::printf("No display found. Instead of opening the window, every page "
                    "is written "
                    "as a PNG image into %s\n",
            qPrintable(QDir::toNativeSeparators(options.screenshots)));
    }
    if (!options.screenshots.isEmpty())
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    return options.screenshots.isEmpty() ? runWizard(app, options) : runScreenshots(app, options);
}
