// The headless commands, each described once: its name, the file it takes,
// the rest of its usage line, its words in --help, how it reaches the
// progress database, and the function that runs it. CommandLine checks a
// command line against this table and writes --help from it; main() runs the
// command it names through run(). A command's name is spelled here and
// nowhere else in the program (messages that mention one aside).
// It must never decide anything about the wizard, the screenshots or the
// options themselves: those stay with CommandLine and main().
#pragma once

#include <QList>
#include <QString>

class Clock;
class ProgressStore;
class QTextStream;
class StoreAddress;
struct CommandLineOptions;

// How a command reaches the progress database before it runs.
enum class StoreAccess {
    None, // never touches it, nor reads --database
    ReadOnly, // opened read-only: never created, migrated, chmodded or moved
    ReadWrite, // opened to write: created and migrated when need be
    Own, // opens it itself from the address (diagnostics reads what it can)
    OwnSqliteFile, // works on a SQLite file's folder itself; refused for a shared database
};

// What a command gets: `address` for every access but None, `store` for
// ReadOnly and ReadWrite.
struct CommandContext
{
    const CommandLineOptions &options;
    const Clock &clock;
    QTextStream &out;
    QTextStream &err;
    const StoreAddress *address = nullptr;
    ProgressStore *store = nullptr;
};

struct Command
{
    QString name;
    // The file it takes as its second word (FILE.json); empty: none. A
    // command that takes one is refused without it.
    QString argument = {};
    // The rest of its usage line (English, as the usage lines are).
    QString usageOptions = {};
    // Its words in --help after the name (QT_TRANSLATE_NOOP in context
    // CommandTable); null: the name alone.
    const char *description = nullptr;
    StoreAccess store = StoreAccess::None;
    // For tests, not for users: left out of --help.
    bool hidden = false;
    // Lays out text (a QGuiApplication with fonts, off screen).
    bool needsFonts = false;
    // What else it refuses before anything is opened; empty: nothing.
    QString (*refusal)(const Command &command, const CommandLineOptions &options) = nullptr;
    int (*run)(const CommandContext &context) = nullptr;

    // "usage: fincloud-onboard NAME ARGUMENT OPTIONS"
    QString usage() const;
};

namespace CommandTable {

// In the order --help lists them.
const QList<Command> &all();
// Null for a name that is not a command.
const Command *find(const QString &name);

// Why the command line's command cannot run as given (unknown, its file
// missing, what its own check refuses); empty when it can, or when there is
// no command (the wizard).
QString problem(const CommandLineOptions &options);

// The description of the positional [command] in --help: every command with
// its file and its words; neighbours with the same words share them ("a or b
// (words)").
QString help();

// Runs the command: reaches the database as the table says, prints the
// reminder of damaged copies beside a SQLite database, and returns the exit
// status. Needs the application object the command needs (needsFonts).
int run(
    const Command &command, const CommandLineOptions &options, QTextStream &out, QTextStream &err);

} // namespace CommandTable
