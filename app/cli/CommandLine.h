// The program's command line read into options: every option described once
// (also for --help), the environment and settings files consulted through
// StartupSettings, and the checks that need no file, database or display
// (--now, --lang, and what CommandTable asks of a command). Pure: it needs
// no QCoreApplication, prints nothing and never exits; main() does that with
// the message and exit status it returns.
#pragma once

#include "core/Result.h"
#include "settings/StartupSettings.h"
#include "storage/StoreAddress.h"

#include <QDateTime>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>
#include <variant>

class Clock;
class QCommandLineParser;

struct CommandLineOptions
{
    // Help and version are printed by main(): QCommandLineParser's help text
    // needs the application object.
    enum class Request { Run, ShowHelp, ShowVersion };

    Request request = Request::Run;
    QString command; // empty: the wizard
    QString argument; // the command's file: check-data FILE, import FILE
    QString database;
    QString language;
    QString screenshots;
    QDateTime now; // invalid: the system clock
    QString profile;
    QString apiEndpoint; // empty: FINCLOUD_API_ENDPOINT, else the real endpoints
    QString cloudProfile; // --cloud-profile: wins over ALIBABA_CLOUD_PROFILE
    QString uiObjects; // --list-ui-objects: the Markdown file to write
    QString layoutReport; // --layout-report: the wizard's LayoutReport file
    QString outPath; // export, checklist, plan: the file to write
    QString format; // plan: terraform or ros
    QString onConflict; // import: replace, keep-both or cancel
    QString staffRole; // setup-database: the staff group role
    bool json = false;
    bool all = false; // status --all
    bool archived = false; // status --all --archived
    bool force = false; // plan: replace a file the program did not write
    bool validate = false; // plan --format ros: ask ROS ValidateTemplate first
    bool quitAfterFirstPaint = false;
    bool verbose = false;
    StartupSettings settings; // where language, database, endpoint and prefill came from
};

// A command line the program refuses: the text for standard error (one line,
// in English, as the usage lines are) and the exit status.
struct CommandLineError
{
    QString message;
    int exitStatus = 2;
};

namespace CommandLine {

// arguments[0] is the program, as in QCoreApplication::arguments().
std::variant<CommandLineOptions, CommandLineError> parse(
    const QStringList &arguments, const QProcessEnvironment &environment);

// Every option and the positional command, for parse() and for --help.
void describe(QCommandLineParser &parser);

// ISO 8601 with or without milliseconds, as UTC; invalid when unreadable.
QDateTime parseNow(const QString &text);

// --database (or FINCLOUD_DATABASE, or a settings file), else the default file.
Result<StoreAddress> databaseAddress(const CommandLineOptions &options);

// --now (or FINCLOUD_NOW) fixed, else the system clock.
std::unique_ptr<Clock> clock(const CommandLineOptions &options);

} // namespace CommandLine
