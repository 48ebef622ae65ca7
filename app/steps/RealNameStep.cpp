#include "RealNameStep.h"

#include "onboarding/FieldKey.h"
#include "onboarding/Profile.h"
#include "validation/DepositAmount.h"

RealNameStep::RealNameStep(Profile &profile, QObject *parent)
    : StepModel(StepId::RealName, profile, parent)
{
    RealNameStep::recompute();
}

Verdict RealNameStep::recordDepositAccepted()
{
    if (!m_mayRecord)
        return Verdict::refuse({tr("No deposit amount can be recorded now.", "@info deposit")});
    return requestStatus(StepStatus::Done);
}

Verdict RealNameStep::recordDepositRefused()
{
    if (!m_mayRecord)
        return Verdict::refuse({tr("No deposit amount can be recorded now.", "@info deposit")});
    const int used = m_used + 1;
    profile().setField(FieldKey::DepositAttempts, QString::number(used));
    if (const std::optional<StepStatus> status = FlowRules::statusAfterDepositRefusal(used))
        return requestStatus(*status);
    return Verdict::allow();
}

void RealNameStep::recompute()
{
    const ProfileData &data = profile().data();
    if (assign(m_personal, FlowRules::isPersonalVerification(data)))
        emit subjectChanged();
    if (assign(m_bank, FlowRules::isBankAccountMethod(data)))
        emit methodChanged();
    const StepStatus status = data.status(StepId::RealName);
    const int used = FlowRules::depositAttemptsUsed(data);
    const QString amount = data.field(FieldKey::DepositAmount);
    const bool mayRecord = FlowRules::mayTryDeposit(data) && !amount.trimmed().isEmpty()
        && !DepositAmount::check(amount).blocks();
    const DepositWarning warning = used >= FlowRules::MaxDepositAttempts
        ? DepositWarning::AllAttemptsUsed
        : used == FlowRules::MaxDepositAttempts - 1 ? DepositWarning::OneAttemptLeft
                                                    : DepositWarning::None;
    const bool shown = m_bank && (status == StepStatus::Waiting || status == StepStatus::Failed);
    if (anyChanged({assign(m_used, used), assign(m_mayRecord, mayRecord),
            assign(m_warning, warning), assign(m_depositShown, shown)}))
        emit depositChanged();
    StepModel::recompute();
}
