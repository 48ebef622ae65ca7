#include "StepText.h"

QString StepText::title(StepId step)
{
    switch (step) {
    case StepId::Register:
        return tr("Register an account", "@title step 1");
    case StepId::RealName:
        return tr("Real-name verification", "@title step 2");
    case StepId::Certification:
        return tr("Finance Cloud certification", "@title step 3");
    case StepId::FinanceServices:
        return tr("Finance services", "@title step 4");
    case StepId::Region:
        return tr("Region and network", "@title step 5");
    }
    return {};
}

QString StepText::status(StepStatus status)
{
    switch (status) {
    case StepStatus::NotStarted:
        return tr("Not started", "@item step status");
    case StepStatus::InProgress:
        return tr("In progress", "@item step status");
    case StepStatus::Waiting:
        return tr("Submitted, waiting for review", "@item step status");
    case StepStatus::Done:
        return tr("Done", "@item step status");
    case StepStatus::Failed:
        return tr("Failed", "@item step status");
    }
    return {};
}

QString StepText::consoleName(StepId step)
{
    switch (step) {
    case StepId::Register:
        return QStringLiteral("免费注册");
    case StepId::RealName:
        return QStringLiteral("实名认证");
    case StepId::Certification:
        return QStringLiteral("金融云认证");
    case StepId::FinanceServices:
        return QStringLiteral("账号财务服务");
    case StepId::Region:
        return QStringLiteral("使用金融云产品");
    }
    return {};
}

QString StepText::progress(const std::array<StepStatus, AllSteps.size()> &statuses)
{
    for (StepId step : AllSteps) {
        const StepStatus status = statuses[static_cast<size_t>(step)];
        if (status == StepStatus::Done)
            continue;
        return tr("at step %1: %2, %3", "@item profile list; %3 is the step's status")
            .arg(stepNumber(step))
            .arg(title(step), StepText::status(status).toLower());
    }
    return tr("all five steps done", "@item profile list");
}
