// Puts a checked prefill file into the progress database and opens its
// profile. The profile is the one with the file's company name; a new one is
// created and given every value (were the second step to fail, the next start
// completes it: applying a file twice changes nothing). An existing one gets
// the locked values (the administrator's word wins) and the editable values
// only where its field is still empty (the user's input is never
// overwritten); the list of locked fields is replaced by the file's. The
// file's language becomes the saved choice only when no language was chosen
// yet. It never applies anything from a file PrefillFile has not accepted, and
// checks every value again before it creates or changes anything: a refused
// value leaves the database as it was.
#pragma once

#include "core/Result.h"
#include "prefill/PrefillData.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>

class OnboardingSession;
class ProgressStore;

struct PrefillOutcome
{
    qint64 profileId = 0;
    bool created = false;
    QStringList changedKeys; // of an existing profile
};

class PrefillApplier
{
    Q_DECLARE_TR_FUNCTIONS(PrefillApplier)
public:
    // The code of the Error when a value is refused (nothing was written):
    // the same outcome as a file PrefillFile refuses.
    static inline const QString RefusedCode = QStringLiteral("prefill.refused");

    // Stores the values (on the store's own thread) and opens the profile.
    static Result<PrefillOutcome> apply(OnboardingSession &session, const PrefillData &prefill);
    // The store part alone. `today`: the user's calendar day, for the checks.
    static Result<PrefillOutcome> store(
        ProgressStore &store, const PrefillData &prefill, const QDateTime &now, QDate today);
    // Every value under the rule check-data uses; an Error with RefusedCode
    // and one "key: problem" line per refused value in its details.
    static Result<> check(const PrefillData &prefill, QDate today);
};
