// The profile the user means: one rule for every place that picks one
// (status, export, checklist, diagnostics; the wizard resumes the same one).
//   nothing given   the profile used last in the wizard (setting last_profile),
//                   else the one changed last; not an archived one while
//                   there is another
// A deleted profile is found by none of them.
//   "#42"           the profile with id 42
//   "ACME Ltd"      the one profile of exactly that company name; several of
//                   that name are refused as ambiguous, with their ids
//   "42"            a company named "42" if there is one, else id 42
// It only reads the store.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>

class ProgressStore;
class QTextStream;
struct ProfileData;

class ProfileLookup
{
    Q_DECLARE_TR_FUNCTIONS(ProfileLookup)
public:
    // Error::code when no profile matches (as opposed to a store error).
    static inline const QString NotFoundCode = QStringLiteral("profile.not_found");
    // Error::code when several profiles carry the name given.
    static inline const QString AmbiguousCode = QStringLiteral("profile.ambiguous");

    static Result<qint64> find(const ProgressStore &store, const QString &wanted);
    // find(), then the profile it names, as the store has it.
    static Result<ProfileData> load(const ProgressStore &store, const QString &wanted);
    // A command's exit status for find()'s or load()'s error: 1 no such
    // profile, 2 otherwise.
    static int exitStatus(const Error &error);
    // For a headless command: prints `error` (its details too, when it has
    // any) and returns exitStatus().
    static int report(const Error &error, QTextStream &err);
};
