// The composition root: reads the command line, opens the store, and starts
// the wizard or a headless mode. Everything else receives what it needs from
// here (store, clock, language, URL opener).
#include "LayoutReport.h"
#include "OnboardingWizard.h"
#include "ProgramIcon.h"
#include "ScreenshotTour.h"
#include "UiInventory.h"
#include "UrlOpener.h"
#include "WindowPlacer.h"
#include "cli/CommandLine.h"
#include "cli/CommandTable.h"
#include "cli/StoreFailure.h"
#include "cloud/CloudAccess.h"
#include "cloud/CredentialChain.h"
#include "cloud/SystemKeychainVault.h"
#include "core/Clock.h"
#include "core/QuitOnSignal.h"
#include "core/UserTimeZone.h"
#include "diagnostics/DiagnosticsReport.h"
#include "diagnostics/LogCategories.h"
#include "diagnostics/SessionLog.h"
#include "exchange/ProfileFileMenu.h"
#include "i18n/DateText.h"
#include "i18n/LanguageSwitcher.h"
#include "instance/InstanceLock.h"
#include "prefill/PrefillApplier.h"
#include "prefill/PrefillFile.h"
#include "session/OnboardingSession.h"
#include "settings/StartupSettings.h"
#include "settings/WindowPlaceFile.h"
#include "storage/BackupShelf.h"
#include "storage/PendingEditJournal.h"
#include "storage/ProgressStore.h"
#include "storage/StoreClient.h"
#include "storage/StoreErrorKind.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QStyleFactory>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <optional>
#include <variant>

namespace {

// The command line's options, and the prefill file read from them before
// anything else is opened.
struct Options : CommandLineOptions
{
    std::optional<PrefillData> prefill;
};

QStringList rawArguments(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

// Ends the event loop once the window has painted (--quit-after-first-paint:
// start checks and start-up measurements). The paint can only come from
// app.exec(): no store call runs an event loop of its own, so the quit is
// never lost in one.
class FirstPaintQuitter : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// A display a person looks at: message boxes make sense (not offscreen, as in
// tests and screenshots, where a box would wait for ever).
bool hasVisibleDisplay()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    return hasDisplay() && platform != "offscreen" && platform != "minimal";
}

// Printed on standard error, and shown in a box when someone can see one.
void reportStartError(const QString &title, const Error &error)
{
    std::fprintf(stderr, "%s\n%s\n", qPrintable(error.message), qPrintable(error.details));
    if (hasVisibleDisplay() && QCoreApplication::instance()) {
        QMessageBox box(QMessageBox::Critical, title, error.message);
        box.setDetailedText(error.details);
        box.exec();
    }
}

Result<PrefillData> readPrefill(const QString &path, QDate today)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QCoreApplication::translate("main", "Cannot read the prefill file %1: %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString()),
            QString()};
    Result<PrefillData> prefill = PrefillFile::parse(
        file.read(PrefillFile::MaxBytes + 1), today, LanguageSwitcher::available());
    if (!prefill)
        return Error {QCoreApplication::translate("main",
                          "The prefill file %1 cannot be used, so no profile was created or "
                          "changed. %2")
                          .arg(QDir::toNativeSeparators(path), prefill.error().message),
            prefill.error().details};
    return prefill;
}

// What may be shown or logged of it: never a password.
// The session log's redactor knows every secret the program may hold: those
// of the environment, and the key the credential chain found in a file.
Redactor logRedactor(const Options &options)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    Redactor redactor = Redactor::fromEnvironment(environment);
    const Result<std::optional<CredentialChoice>> chosen = CredentialChain::resolve(
        CredentialChain::withProfileOption(environment, options.cloudProfile));
    if (chosen && chosen.value()) {
        const CloudCredentials &key = chosen.value()->key;
        redactor.addSecret(QString::fromUtf8(key.secret()));
        redactor.addSecret(QString::fromUtf8(key.securityToken()));
    }
    return redactor;
}

QString databaseLocation(const Options &options)
{
    const Result<StoreAddress> address = CommandLine::databaseAddress(options);
    return address ? address.value().displayName() : QStringLiteral("(not a database address)");
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

// The database is damaged: say so, and let the user choose. Nothing moves
// until they do: the newest good backup takes its place (the damaged file is
// set aside beside it), or the damaged file is set aside for an empty start,
// or nothing happens at all. Returns true when the caller should open the
// database again.
bool offerBackup(const QString &location, const Error &damage)
{
    const BackupShelf shelf(location);
    const QString backup = shelf.newestGood();
    QMessageBox box(QMessageBox::Warning,
        QCoreApplication::translate("main", "The progress database is damaged"), damage.message);
    box.setDetailedText(damage.details);
    QString informative = QCoreApplication::translate("main",
        "Nothing has been changed yet. Whatever you choose, the damaged file is kept beside "
        "the database.");
    QPushButton *restore = nullptr;
    if (!backup.isEmpty()) {
        informative += QStringLiteral("\n\n")
            + QCoreApplication::translate("main", "The newest good automatic backup is from %1.")
                  .arg(DateText::dateTime(BackupShelf::takenAt(backup), UserTimeZone::system()));
        restore = box.addButton(
            QCoreApplication::translate("main", "Restore the backup"), QMessageBox::AcceptRole);
    }
    box.setInformativeText(informative);
    QPushButton *fresh
        = box.addButton(QCoreApplication::translate("main", "Set it aside and start empty"),
            QMessageBox::ActionRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<QString> done = Error {};
    if (restore && box.clickedButton() == restore)
        done = shelf.restore(backup, now, QStringLiteral("replaced-damaged"));
    else if (box.clickedButton() == fresh)
        done = shelf.moveAside(QStringLiteral("damaged"), now);
    else
        return false;
    if (!done)
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "Cannot start"), done.error().message);
    return done.ok();
}

// While damaged copies lie beside the database, the wizard says so at each
// start until the user dismisses them (they are kept either way).
void remindOfDamagedCopies(const QString &location)
{
    const BackupShelf shelf(location);
    const QStringList damaged = shelf.damagedCopies();
    if (damaged.isEmpty() || !hasVisibleDisplay())
        return;
    QMessageBox box(QMessageBox::Information,
        QCoreApplication::translate("main", "A damaged copy is kept"),
        QCoreApplication::translate("main",
            "A damaged copy of the progress database was set aside and is kept at %1. The "
            "command \"fincloud-onboard backups\" lists it with the automatic backups.")
            .arg(QDir::toNativeSeparators(damaged.constLast())));
    QPushButton *dismiss = box.addButton(
        QCoreApplication::translate("main", "Do not remind me again"), QMessageBox::AcceptRole);
    box.addButton(
        QCoreApplication::translate("main", "Remind me next time"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == dismiss) {
        if (const Result<int> dismissed = shelf.dismissDamaged(); !dismissed)
            QMessageBox::warning(nullptr,
                QCoreApplication::translate("main", "A damaged copy is kept"),
                dismissed.error().message);
    }
}

// The window has closed and its store with it: the chosen backup takes the
// database's place, and the program starts again on it.
int restoreAndStartAgain(const Options &options, const QString &backup)
{
    const Result<StoreAddress> address = CommandLine::databaseAddress(options);
    if (!address || address.value().isPostgres())
        return 2;
    const Result<QString> restored
        = BackupShelf(address.value().sqlitePath())
              .restore(backup, QDateTime::currentDateTimeUtc(), QStringLiteral("replaced"));
    if (!restored)
        reportStartError(
            QCoreApplication::translate("main", "The backup was not restored"), restored.error());
    // Again with the same command line, restored or not (then as it was).
    if (!QProcess::startDetached(
            QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1))) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate(
                "main", "The program could not start again; start it yourself.")));
        return 2;
    }
    return restored ? 0 : 2;
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

// `restoreRequest` receives the backup the user chose to restore from the
// window (Progress → Restore a backup…): the window then closes, and main()
// restores it once the store is closed.
int runWizard(
    QApplication &app, const Options &options, const SessionLog &log, QString *restoreRequest)
{
    LanguageSwitcher language;
    const QString location = databaseLocation(options);
    // One wizard per database: a second start brings the first one to the front.
    InstanceLock instance(location);
    const Result<InstanceLock::Outcome> claimed = instance.claim();
    if (!claimed || claimed.value() == InstanceLock::Outcome::HandedOver) {
        const QString code = options.settings.uiLanguage(QString());
        language.setLanguage(
            LanguageSwitcher::isAvailable(code) ? code : LanguageSwitcher::systemDefault());
        if (!claimed) {
            reportStartError(QCoreApplication::translate("main", "Cannot start"), claimed.error());
            return 1;
        }
        std::printf("%s\n",
            qPrintable(QCoreApplication::translate("main",
                "fincloud-onboard is already open on this database; its window was brought to "
                "the front.")));
        return 0;
    }
    const Result<StoreAddress> address = CommandLine::databaseAddress(options);
    if (!address) {
        reportStartError(QCoreApplication::translate("main", "Cannot start"), address.error());
        return 2;
    }
    // The store runs on a thread of its own: a slow or vanished server never
    // freezes the window.
    Result<std::unique_ptr<StoreClient>> store = StoreClient::open(address.value());
    if (!store && storeErrorKind(store.error()) == StoreErrorKind::Damaged) {
        language.setLanguage(
            options.language.isEmpty() ? LanguageSwitcher::systemDefault() : options.language);
        if (!hasVisibleDisplay()) {
            // No one to ask: nothing is moved.
            QTextStream err(stderr);
            return StoreFailure::report(store.error(), err);
        }
        if (offerBackup(address.value().sqlitePath(), store.error()))
            store = StoreClient::open(address.value());
    }
    if (!store) {
        qCWarning(lcStorage) << store.error().message;
        language.setLanguage(
            options.language.isEmpty() ? LanguageSwitcher::systemDefault() : options.language);
        reportStartError(QCoreApplication::translate("main", "Cannot start"), store.error());
        return storeErrorKind(store.error()) == StoreErrorKind::Damaged
            ? StoreFailure::DamagedDatabaseStatus
            : 2;
    }
    if (!address.value().isPostgres()) {
        language.setLanguage(
            options.language.isEmpty() ? LanguageSwitcher::systemDefault() : options.language);
        remindOfDamagedCopies(address.value().sqlitePath());
    }
    qCInfo(lcStorage).noquote() << "Opened the" << DiagnosticsReport::databaseKind(location)
                                << "database, schema version"
                                << store.value()->run([](ProgressStore &opened) {
                                       return opened.schemaVersion();
                                   });
    const std::unique_ptr<Clock> clock = CommandLine::clock(options);
    // Field edits that cannot reach a shared server wait on disk until it is
    // back, also across a restart. A SQLite store needs none: its writes
    // succeed or fail at once, loudly. Declared before the session, which
    // may still keep edits in it as it ends.
    std::unique_ptr<PendingEditJournal> journal;
    if (address.value().isPostgres()) {
        journal = std::make_unique<PendingEditJournal>(
            PendingEditJournal::defaultPath(), PendingEditJournal::keyFor(address.value()));
    }
    OnboardingSession session(*store.value(), *clock);
    session.setJournal(journal.get());
    if (options.prefill) {
        const Result<PrefillOutcome> applied = PrefillApplier::apply(session, *options.prefill);
        if (!applied) {
            reportStartError(QCoreApplication::translate("main", "Cannot start"), applied.error());
            return applied.error().code == PrefillApplier::RefusedCode ? 2 : 1;
        }
    }
    QString code = options.settings.uiLanguage(session.savedLanguage());
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
    CloudAccess cloud(network, *clock, endpoints.value(),
        CredentialChain::withProfileOption(
            QProcessEnvironment::systemEnvironment(), options.cloudProfile),
        &keychain);

    OnboardingWizard wizard(session, language, desktopUrlOpener(), cloud);
    QObject::connect(wizard.profileMenu(), &ProfileFileMenu::restoreRequested, &app,
        [restoreRequest](const QString &backup) {
            *restoreRequest = backup;
            QCoreApplication::quit(); // pending edits are saved on the way out
        });
    QObject::connect(&instance, &InstanceLock::raiseRequested, &wizard, [&wizard] {
        wizard.setWindowState((wizard.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        wizard.show();
        wizard.raise();
        wizard.activateWindow();
    });
    wizard.setDiagnosticsSource([&session, &options, &log, &wizard](auto deliver) {
        DiagnosticsFacts facts = DiagnosticsReport::programFacts();
        facts.settingsFiles = options.settings.filesRead;
        DiagnosticsReport::collectStoreFacts(facts, session.store(), session.profile().id(),
            &wizard, [&log, deliver](DiagnosticsFacts completed) {
                DiagnosticsReport::addLog(completed, log.filePath());
                deliver(DiagnosticsReport::text(completed, log.redactor()));
            });
    });
    // A logout or kill ends the event loop normally: the wizard and the
    // session then save whatever is still pending.
    QuitOnSignal quitOnSignal;
    QObject::connect(
        &app, &QCoreApplication::aboutToQuit, &session, &OnboardingSession::flushAndWait);
    FirstPaintQuitter quitter;
    if (options.quitAfterFirstPaint)
        wizard.installEventFilter(&quitter);
    // Resume first, then show: walking to the saved page lays out only that
    // page, not every page on the way, while the window is not on screen yet.
    wizard.resumeLastProfile();
    // Where the window was last time, inside the screen it opens on now.
    // Offscreen (tests, measurements) no person sees a window: nothing is
    // read or kept.
    const bool onScreen = QGuiApplication::platformName() != QLatin1String("offscreen");
    const WindowPlaceFile places;
    WindowPlacer::restore(wizard, onScreen ? places.read() : WindowPlace {});
    if (onScreen) {
        QObject::connect(&app, &QCoreApplication::aboutToQuit, &wizard,
            [&wizard, &places] { places.write(WindowPlacer::current(wizard)); });
    }
    if (!options.layoutReport.isEmpty())
        new LayoutReport(wizard, options.layoutReport);
    wizard.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("fincloud-onboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FINCLOUD_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(FINCLOUD_APP_ID));

    std::variant<CommandLineOptions, CommandLineError> parsed
        = CommandLine::parse(rawArguments(argc, argv), QProcessEnvironment::systemEnvironment());
    if (const auto *refused = std::get_if<CommandLineError>(&parsed)) {
        std::fprintf(stderr, "%s\n", qPrintable(refused->message));
        return refused->exitStatus;
    }
    Options options;
    static_cast<CommandLineOptions &>(options) = std::get<CommandLineOptions>(std::move(parsed));
    if (options.request != CommandLineOptions::Request::Run) {
        // Help and version need no display; the help text needs the application,
        // and the translator before describe() translates the descriptions.
        QCoreApplication app(argc, argv);
        LanguageSwitcher language;
        language.setLanguage(
            options.language.isEmpty() ? LanguageSwitcher::systemDefault() : options.language);
        QCommandLineParser parser;
        CommandLine::describe(parser);
        parser.process(app); // prints the help and exits
        parser.showVersion();
    }

    // Only the wizard writes a session log; commands log to standard error.
    const bool wizard = options.command.isEmpty() && options.uiObjects.isEmpty()
        && options.screenshots.isEmpty() && hasDisplay();
    SessionLog log({.folder = wizard ? SessionLog::defaultFolder() : QString(),
        .verbose = options.verbose,
        .redactor = logRedactor(options)});
    if (const Result<> started = log.start(); !started)
        qCWarning(lcStartup) << started.error().message << started.error().details;
    qCInfo(lcStartup).noquote() << "fincloud-onboard" << FINCLOUD_VERSION << "with Qt" << qVersion()
                                << "; database from"
                                << StartupSettings::describe(options.settings.database)
                                << "; settings files read:"
                                << (options.settings.filesRead.isEmpty()
                                           ? QStringLiteral("none")
                                           : options.settings.filesRead.join(u", "));
    if (options.settings.language.source != StartupSettings::Source::CommandLine
        && options.settings.language.isSet()
        && !LanguageSwitcher::isAvailable(options.settings.language.value)) {
        qCWarning(lcStartup) << "Unknown language" << options.settings.language.value << "in"
                             << options.settings.language.origin << "ignored";
        options.settings.language = {};
    }
    if (wizard && options.settings.prefill.isSet()) {
        const std::unique_ptr<Clock> clock = CommandLine::clock(options);
        Result<PrefillData> prefill = readPrefill(options.settings.prefill.value, clock->today());
        if (!prefill) {
            std::optional<QApplication> app;
            if (hasVisibleDisplay())
                app.emplace(argc, argv);
            reportStartError(QCoreApplication::translate("main", "Cannot use the prefill file"),
                prefill.error());
            return 2;
        }
        options.prefill = std::move(prefill).value();
    }

    // CommandLine::parse() has checked the command and what it needs.
    if (const Command *command = CommandTable::find(options.command)) {
        // A command that lays out text needs fonts: a GUI application, off screen.
        if (command->needsFonts)
            qputenv("QT_QPA_PLATFORM", "offscreen");
        const std::unique_ptr<QCoreApplication> app = command->needsFonts
            ? std::make_unique<QGuiApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
        LanguageSwitcher language;
        language.setLanguage(options.language.isEmpty() ? QStringLiteral("en") : options.language);
        // The headless commands: no window, text or JSON on standard output.
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CommandTable::run(*command, options, out, err);
    }
    if (!options.uiObjects.isEmpty()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return runListUiObjects(app, options);
    }
    if (options.screenshots.isEmpty() && !hasDisplay()) {
        options.screenshots = QDir::current().filePath(QStringLiteral("fincloud-onboard-pages"));
        std::printf("No display found. Instead of opening the window, every page is written "
                    "as a PNG image into %s\n",
            qPrintable(QDir::toNativeSeparators(options.screenshots)));
    }
    if (!options.screenshots.isEmpty())
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setWindowIcon(ProgramIcon::icon());
    if (!options.screenshots.isEmpty())
        return runScreenshots(app, options);
    QString restoreRequest;
    const int status = runWizard(app, options, log, &restoreRequest);
    if (restoreRequest.isEmpty())
        return status;
    return restoreAndStartAgain(options, restoreRequest);
}
