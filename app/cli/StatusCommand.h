// `fincloud-onboard status [--profile NAME] [--json]`: opens the store and
// prints the status report of one profile. Exit status: 0 printed, 1 no such
// profile, 2 the database could not be read.
#pragma once

#include <QString>

class Clock;
class ProgressStore;
class QTextStream;

struct StatusOptions
{
    QString profile; // company name or profile id; empty: the last used
    bool json = false;
};

int runStatusCommand(ProgressStore &store, const Clock &clock, const StatusOptions &options,
    QTextStream &out, QTextStream &err);
