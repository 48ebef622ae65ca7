// `fincloud-onboard status [--profile NAME] [--json]`: opens the store and
// prints the status report of one profile. `status --all [--json]` lists
// every profile instead, one line (or one JSON object) each, read a row at a
// time in the order of the profile list (last change first). Exit status:
// 0 printed, 1 no such profile, 2 the database could not be read (or --all
// and --profile together).
#pragma once

#include <QString>

class Clock;
class ProgressStore;
class QTextStream;

struct StatusOptions
{
    QString profile; // company name or profile id; empty: the last used
    bool json = false;
    bool all = false; // every profile, one line each
    bool archived = false; // with `all`: the archived ones too
};

int runStatusCommand(ProgressStore &store, const Clock &clock, const StatusOptions &options,
    QTextStream &out, QTextStream &err);

// The refusal of --all with --profile: CommandTable gives it before the
// database is opened, runStatusCommand when called without the program.
QString allWithProfileRefusal();
