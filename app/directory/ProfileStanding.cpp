#include "ProfileStanding.h"

#include "onboarding/FlowRules.h"
#include "onboarding/StepText.h"
#include "onboarding/WaitEstimate.h"

#include <array>

namespace {

constexpr std::array<Standing, 6> AllStandings = {Standing::Overdue, Standing::Failed,
    Standing::Waiting, Standing::InProgress, Standing::NotStarted, Standing::Done};

} // namespace

Standing ProfileStanding::of(const ProfileData &data, const WaitEstimate &estimate,
    const QDateTime &now, const QTimeZone &zone)
{
    const std::optional<StepId> current = FlowRules::nextStep(data);
    if (!current)
        return Standing::Done;
    bool waiting = false;
    for (StepId step : AllSteps) {
        const StepState &state = data.step(step);
        if (state.status != StepStatus::Waiting)
            continue;
        if (estimate.overdueWorkingDays(state, now, zone) > 0)
            return Standing::Overdue;
        waiting = true;
    }
    if (waiting)
        return Standing::Waiting;
    switch (data.status(*current)) {
    case StepStatus::Failed:
        return Standing::Failed;
    case StepStatus::InProgress:
        return Standing::InProgress;
    case StepStatus::NotStarted:
    case StepStatus::Waiting:
    case StepStatus::Done:
        break;
    }
    return Standing::NotStarted;
}

QString ProfileStanding::key(Standing standing)
{
    switch (standing) {
    case Standing::Overdue:
        return QStringLiteral("overdue");
    case Standing::Failed:
        return QStringLiteral("failed");
    case Standing::Waiting:
        return QStringLiteral("waiting");
    case Standing::InProgress:
        return QStringLiteral("in_progress");
    case Standing::NotStarted:
        return QStringLiteral("not_started");
    case Standing::Done:
        return QStringLiteral("done");
    }
    return {};
}

std::optional<Standing> ProfileStanding::fromKey(QStringView key)
{
    for (Standing standing : AllStandings) {
        if (ProfileStanding::key(standing) == key)
            return standing;
    }
    return std::nullopt;
}

QString ProfileStanding::text(Standing standing)
{
    switch (standing) {
    case Standing::Overdue:
        return tr("Overdue", "@item profile status");
    case Standing::Failed:
        return StepText::status(StepStatus::Failed);
    case Standing::Waiting:
        return tr("Waiting for review", "@item profile status");
    case Standing::InProgress:
        return StepText::status(StepStatus::InProgress);
    case Standing::NotStarted:
        return StepText::status(StepStatus::NotStarted);
    case Standing::Done:
        return tr("All steps done", "@item profile status");
    }
    return {};
}
