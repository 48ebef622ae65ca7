#include "CertificationStep.h"

#include "cloud/PublicResourceSummary.h"
#include "onboarding/FieldKey.h"
#include "onboarding/Profile.h"

const QStringList &CertificationStep::outcomes()
{
    static const QStringList all = {FieldValue::OutcomeNotSubmitted, FieldValue::OutcomeSubmitted,
        FieldValue::OutcomeApproved, FieldValue::OutcomeRejectedPublicResources,
        FieldValue::OutcomeFailed};
    return all;
}

CertificationStep::CertificationStep(Profile &profile, QObject *parent)
    : StepModel(StepId::Certification, profile, parent)
{
    CertificationStep::recompute();
}

Verdict CertificationStep::outcomeVerdict(const QString &outcome) const
{
    const ProfileData &data = profile().data();
    const StepStatus target = FlowRules::statusForOutcome(outcome, data.status(step()));
    return FlowRules::canSetStatus(data, step(), target);
}

Verdict CertificationStep::chooseOutcome(const QString &outcome)
{
    if (!outcomes().contains(outcome))
        return Verdict::refuse({tr("Unknown outcome.", "@info")});
    const Verdict verdict = outcomeVerdict(outcome);
    if (verdict.allowed)
        profile().setField(FieldKey::CertificationOutcome, outcome); // the status follows
    return verdict;
}

Verdict CertificationStep::setConfirmed(bool confirmed)
{
    if (confirmed != m_confirmed && m_locked)
        return Verdict::refuse({tr("The confirmation cannot be withdrawn while the step is "
                                   "submitted or done. Set the status back first.",
            "@info")});
    profile().setField(
        FieldKey::NoPublicResources, confirmed ? FieldValue::True : FieldValue::False);
    return Verdict::allow();
}

void CertificationStep::recompute()
{
    const ProfileData &data = profile().data();
    QString outcome = data.field(FieldKey::CertificationOutcome);
    if (outcome.isEmpty())
        outcome = FieldValue::OutcomeNotSubmitted;
    if (assign(m_outcome, outcome))
        emit outcomeChanged();
    const bool locked = isPastInProgress(data.status(StepId::Certification));
    const std::optional<StoredPrecheck> stored = PublicResourceSummary::fromProfile(data);
    const bool found = stored && stored->verdict == PublicResourceReport::Verdict::Found && !locked;
    if (anyChanged({assign(m_confirmed, data.isTrue(FieldKey::NoPublicResources)),
            assign(m_locked, locked), assign(m_precheckFound, found)}))
        emit confirmationChanged();
    StepModel::recompute();
}
