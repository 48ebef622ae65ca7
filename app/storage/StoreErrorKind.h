// The kinds of failure of the progress store that a caller acts on (offer a
// backup, keep edits for later, reload after a conflict, pick an exit
// status). An Error carries its kind in Error::code, the string every layer
// shares (the cloud layer keeps the provider's own codes there); these two
// functions are the only place that knows the store's strings, so callers
// compare kinds, never text. It must never decide what the user is told.
#pragma once

#include "core/Result.h"

enum class StoreErrorKind {
    Other, // not one of the below, or not the store's error at all
    InvalidAddress, // --database names no file or server that could be used
    DriverMissing, // Qt's SQLite or PostgreSQL driver is not installed
    Unreachable, // the file cannot be opened or the server does not answer
    Damaged, // SQLite says the file is not a database, corrupt, or unreadable in its version
    Refused, // not ours, not a regular file, a symbolic link: refused, untouched
    Newer, // written by a newer version of the program: left as it is
    Conflict, // a save against a version of the profile that is no longer current
    Disconnected, // the server cannot be reached; nothing was written
    // (last: StoreErrorKind.cpp checks that every kind above has its code)
};

// An Error of `kind`; Other leaves the code empty.
Error storeError(StoreErrorKind kind, QString message, QString details);
// The store's kind of `error`; Other for any other error, whatever its layer.
StoreErrorKind storeErrorKind(const Error &error);
