// Creates a folder for the program's private files (database, session logs,
// locks): every folder it has to create on the way, parents included, is
// made owner-only (0700) at once, as the XDG base directory specification
// asks. It never changes the mode of a folder that already exists.
#pragma once

#include <QString>

class OwnerOnlyFolder
{
public:
    // True when `path` exists as a folder afterwards.
    static bool create(const QString &path);
};
