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
};

class FlowRules
{
    Q_DECLARE_TR_FUNCTIONS(FlowRules)
public:
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

private:
    static QStringList ownRequirements(const ProfileData &data, StepId step, StepStatus status);
    static QStringList prerequisiteRequirements(const ProfileData &data, StepId step);
};
