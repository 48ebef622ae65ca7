// `fincloud-onboard export --profile NAME --out FILE` and
// `fincloud-onboard import FILE [--on-conflict replace|keep-both|cancel]`:
// profile files (README, "Profile files") without a window.
// export: 0 written, 1 no such profile, 2 the database could not be read or
// the file not written. import: 0 imported, 1 not imported because a saved
// profile is the same company and the choice was cancel (the default), 2 the
// file was refused or unreadable, or the database failed (nothing changed).
// Both take their options as CommandTable checked them (an --out file, a
// profile file and a known --on-conflict choice).
#pragma once

#include "exchange/ProfileImport.h"

#include <QDate>
#include <QString>

#include <optional>

class Clock;
class ProgressStore;
class QTextStream;

struct ExportOptions
{
    QString profile; // company name or profile id; empty: the last used
    QString outPath;
};

struct ImportOptions
{
    QString path;
    ConflictChoice onConflict = ConflictChoice::Cancel;
};

// --on-conflict: replace, keep-both, cancel, or nothing (cancel); nullopt
// for anything else.
std::optional<ConflictChoice> conflictChoice(const QString &option);

int runExportCommand(const ProgressStore &store, const Clock &clock, const ExportOptions &options,
    QTextStream &out, QTextStream &err);
int runImportCommand(ProgressStore &store, const Clock &clock, const ImportOptions &options,
    QTextStream &out, QTextStream &err);
