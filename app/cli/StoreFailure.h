// How the program reports a progress database it could not open, from a
// command or from a start without anyone to ask: the message and its details
// on standard error, and the exit status (3 for proven damage, with the ways
// to repair it; 2 otherwise). It only reports: it never moves, repairs or
// opens anything.
#pragma once

class QTextStream;
struct Error;

namespace StoreFailure {

// Exit status of a command that found the database damaged: nothing was changed.
constexpr int DamagedDatabaseStatus = 3;

int report(const Error &error, QTextStream &err);

} // namespace StoreFailure
