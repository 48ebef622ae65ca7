#include "Step.h"

QString stepKey(StepId step)
{
    switch (step) {
    case StepId::Register:
        return QStringLiteral("register");
    case StepId::RealName:
        return QStringLiteral("real_name");
    case StepId::Certification:
        return QStringLiteral("certification");
    case StepId::FinanceServices:
        return QStringLiteral("finance_services");
    case StepId::Region:
        return QStringLiteral("region");
    }
    return {};
}

std::optional<StepId> stepFromKey(QStringView key)
{
    for (StepId step : AllSteps) {
        if (stepKey(step) == key)
            return step;
    }
    return std::nullopt;
}

int stepNumber(StepId step)
{
    return static_cast<int>(step) + 1;
}

QString statusKey(StepStatus status)
{
    switch (status) {
    case StepStatus::NotStarted:
        return QStringLiteral("not_started");
    case StepStatus::InProgress:
        return QStringLiteral("in_progress");
    case StepStatus::Waiting:
        return QStringLiteral("waiting");
    case StepStatus::Done:
        return QStringLiteral("done");
    case StepStatus::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<StepStatus> statusFromKey(QStringView key)
{
    for (StepStatus status : AllStatuses) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}
