#include "FlowRules.h"

#include "FieldKey.h"
#include "RegionCatalogue.h"
#include "StepText.h"

namespace {

QString needsStepDone(StepId step)
{
    return FlowRules::tr("Step %1 (%2) must be done first.", "@info flow rule")
        .arg(stepNumber(step))
        .arg(StepText::title(step));
}

bool isEnterpriseOrGovernment(const QString &subject)
{
    return subject == FieldValue::Enterprise || subject == FieldValue::Government;
}

} // namespace

QStringList FlowRules::prerequisiteRequirements(const ProfileData &data, StepId step)
{
    QStringList missing;
    switch (step) {
    case StepId::Register:
        break;
    case StepId::RealName:
        if (data.status(StepId::Register) != StepStatus::Done)
            missing << needsStepDone(StepId::Register);
        break;
    case StepId::Certification:
        if (data.status(StepId::RealName) != StepStatus::Done)
            missing << needsStepDone(StepId::RealName);
        if (!isEnterpriseOrGovernment(data.field(FieldKey::RealNameSubject)))
            missing << tr("Finance Cloud certification needs an enterprise or government "
                          "real-name verification; a personal one is not enough.",
                "@info flow rule");
        break;
    case StepId::FinanceServices:
    case StepId::Region:
        if (data.status(StepId::Certification) != StepStatus::Done)
            missing << needsStepDone(StepId::Certification);
        break;
    }
    return missing;
}

QStringList FlowRules::ownRequirements(const ProfileData &data, StepId step, StepStatus status)
{
    QStringList missing;
    const auto empty = [&data](const QString &key) { return data.field(key).trimmed().isEmpty(); };
    switch (step) {
    case StepId::Register:
        if (empty(FieldKey::LoginName))
            missing << tr("Enter the account's login name.", "@info flow rule");
        break;
    case StepId::RealName:
        if (empty(FieldKey::RealNameSubject))
            missing << tr("Choose whom the account is verified for.", "@info flow rule");
        if (empty(FieldKey::RealNameMethod))
            missing << tr("Choose the verification method.", "@info flow rule");
        if (isEnterpriseOrGovernment(data.field(FieldKey::RealNameSubject))
            && empty(FieldKey::CompanyName))
            missing << tr("Enter the company name.", "@info flow rule");
        break;
    case StepId::Certification:
        if (!data.isTrue(FieldKey::NoPublicResources))
            missing << tr(
                "Confirm that the account holds no public-cloud resources.", "@info flow rule");
        break;
    case StepId::FinanceServices:
        if (status == StepStatus::Done && empty(FieldKey::ContractKind))
            missing << tr("Choose how the contract is signed.", "@info flow rule");
        break;
    case StepId::Region: {
        const QString region = data.field(FieldKey::RegionId);
        const QString network = data.field(FieldKey::NetworkType);
        if (region.isEmpty())
            missing << tr("Choose a region.", "@info flow rule");
        if (network.isEmpty())
            missing << tr("Choose a network type.", "@info flow rule");
        if (!region.isEmpty() && !network.isEmpty()
            && !RegionCatalogue::guide().allowsNetwork(region, network))
            missing << tr("The chosen region does not offer this network type.", "@info flow rule");
        break;
    }
    }
    return missing;
}

QStringList FlowRules::unmetRequirements(const ProfileData &data, StepId step, StepStatus status)
{
    if (!isPastInProgress(status))
        return {};
    return prerequisiteRequirements(data, step) + ownRequirements(data, step, status);
}

QStringList FlowRules::blockers(const ProfileData &data, StepId step)
{
    return prerequisiteRequirements(data, step);
}

bool FlowRules::needsAttention(const ProfileData &data, StepId step)
{
    return !unmetRequirements(data, step, data.status(step)).isEmpty();
}

Verdict FlowRules::canSetStatus(const ProfileData &data, StepId step, StepStatus target)
{
    if (data.status(step) == target)
        return Verdict::allow();

    QStringList reasons = unmetRequirements(data, step, target);

    // Moving this step must not pull the ground from under a later step that
    // is already submitted or done.
    ProfileData after = data;
    after.step(step).status = target;
    for (StepId other : AllSteps) {
        if (other == step || !isPastInProgress(data.status(other)))
            continue;
        const bool wasFine = unmetRequirements(data, other, data.status(other)).isEmpty();
        const bool isFine = unmetRequirements(after, other, after.status(other)).isEmpty();
        if (wasFine && !isFine)
            reasons << tr(
                "Step %1 (%2) is already marked \"%3\" and relies on this step.", "@info flow rule")
                           .arg(stepNumber(other))
                           .arg(StepText::title(other), StepText::status(data.status(other)));
    }
    return reasons.isEmpty() ? Verdict::allow() : Verdict::refuse(reasons);
}

std::optional<StepId> FlowRules::nextStep(const ProfileData &data)
{
    for (StepId step : AllSteps) {
        if (data.status(step) != StepStatus::Done)
            return step;
    }
    return std::nullopt;
}

bool FlowRules::isPersonalVerification(const ProfileData &data)
{
    return data.field(FieldKey::RealNameSubject) == FieldValue::Personal;
}
