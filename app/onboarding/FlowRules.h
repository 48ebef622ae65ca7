// The one place that decides what may happen when: which status a step may
// take given the rest of the profile. The wizard's pages, the sidebar, the
// summary and any headless command ask here; none of them re-implement a rule.
#pragma once

#include "ProfileData.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

struct Verdict
{
    bool allowed = true;
    QStringList reasons; // translated sentences, empty when allowed

    static Verdict allow() { return {}; }
    static Verdict refuse(QStringList why) { return {false, std::move(why)}; }
    friend bool operator==(const Verdict &, const Verdict &) = default;
};

// One status a step may be asked to take, and whether the rules allow it now.
struct StatusChoice
{
    StepStatus status;
    Verdict verdict;
    friend bool operator==(const StatusChoice &, const StatusChoice &) = default;
};

// A change the rules require of a stored profile so that it agrees with
// itself (an outcome and a status that contradict each other, a step with
// entered data still "not started"). Applied by the one who holds the data.
struct Settlement
{
    QList<std::pair<StepId, StepStatus>> statuses;
    QList<std::pair<QString, QString>> fields; // key, value

    bool isEmpty() const { return statuses.isEmpty() && fields.isEmpty(); }
};

class FlowRules
{
    Q_DECLARE_TR_FUNCTIONS(FlowRules)
public:
    // The provider allows three tries at the deposit amount (guide facts).
    static constexpr int MaxDepositAttempts = 3;

    // May `step` move to `target`? Checks the step's own requirements and that
    // no later step that is already submitted or done loses its footing.
    static Verdict canSetStatus(const ProfileData &data, StepId step, StepStatus target);

    // What must be true for `step` to hold `status` (empty: nothing missing).
    static QStringList unmetRequirements(const ProfileData &data, StepId step, StepStatus status);

    // Requirements of `step` that depend on other steps (what holds it back).
    static QStringList blockers(const ProfileData &data, StepId step);

    // Steps whose recorded status their requirements no longer support (e.g.
    // a later edit changed the verification to personal).
    static bool needsAttention(const ProfileData &data, StepId step);

    // The first step that is not done; nullopt when all are.
    static std::optional<StepId> nextStep(const ProfileData &data);

    // True for personal verification: shown as a warning, never enough for step 3.
    static bool isPersonalVerification(const ProfileData &data);
    // The corporate bank-account method: a deposit to confirm, 2–3 working days.
    static bool isBankAccountMethod(const ProfileData &data);

    // Every status `step` may be asked to take, in order, each with its verdict.
    static QList<StatusChoice> statusChoices(const ProfileData &data, StepId step);

    // Deposit attempts recorded so far, 0..MaxDepositAttempts.
    static int depositAttemptsUsed(const ProfileData &data);
    // Whether another amount may be tried now: step 2 is waiting, with the
    // bank-account method, and an attempt is left.
    static bool mayTryDeposit(const ProfileData &data);
    // The status step 2 takes after a refused amount with `used` attempts used:
    // Failed once every attempt is used; nullopt: it stays as it is.
    static std::optional<StepStatus> statusAfterDepositRefusal(int used);

    // Step 3's recorded outcome and its status say the same thing:
    //   not submitted (or none) ↔ not started, in progress
    //   submitted ↔ waiting;  approved ↔ done;  refused or failed ↔ failed.
    static bool outcomeAgrees(const QString &outcome, StepStatus status);
    // The status that follows when the user records `outcome`.
    static StepStatus statusForOutcome(const QString &outcome, StepStatus current);
    // The outcome that follows when the user sets step 3 to `status`.
    static QString outcomeForStatus(StepStatus status, const QString &current);
    // A refusal because of public-cloud resources withdraws the confirmation
    // that there are none.
    static bool outcomeWithdrawsConfirmation(const QString &outcome);

    // The step whose page asks for `key`; nullopt for what the program keeps
    // beside the data (e.g. the prefill lock list) and for the company name
    // (the profile's own name, given when it is created).
    static std::optional<StepId> stepOfField(const QString &key);
    // Something of `step` was entered (a default choice does not count).
    static bool hasEnteredData(const ProfileData &data, StepId step);
    // The status `step` takes because of its data: in progress for a step
    // that is not started but holds entered data; nullopt: it stays.
    static std::optional<StepStatus> startedByData(const ProfileData &data, StepId step);

    // What follows from the user's change of field `key` (already in `data`):
    // step 3's status follows a recorded outcome; a refusal for public-cloud
    // resources withdraws the confirmation, and confirming again after one
    // starts a new application; the step of `key` is at least in progress.
    static Settlement afterFieldChange(const ProfileData &data, const QString &key);
    // What follows from `step` having just taken its status (already in
    // `data`): step 3's outcome follows the status.
    static Settlement afterStatusChange(const ProfileData &data, StepId step);
    // What makes a stored profile (an old database, a file, a prefill) agree
    // with the rules above. Where outcome and status disagree, a recorded
    // outcome past "not submitted" wins (it is what the provider said);
    // otherwise the status does.
    static Settlement settle(const ProfileData &data);
    // `data` with `settlement` applied; a status set here is dated `now`
    // (without an expected date: nobody submitted anything at that moment).
    static ProfileData applied(
        ProfileData data, const Settlement &settlement, const QDateTime &now);

    // Whether `later` works with data entered at `earlier`, so that an input
    // of `earlier` still to be corrected or explained holds it back (the
    // company data of step 2 is used by steps 3 and 4; nothing else is).
    // Every step is done: the onboarding is finished (the wizard offers Finish).
    static bool allDone(const ProfileData &data);
    static bool usesDataOf(StepId later, StepId earlier);

private:
    static QStringList ownRequirements(const ProfileData &data, StepId step, StepStatus status);
    static QStringList prerequisiteRequirements(const ProfileData &data, StepId step);
};
