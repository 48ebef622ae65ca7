#include "FlowRules.h"

#include "FieldKey.h"
#include "RegionCatalogue.h"
#include "StepText.h"

#include <algorithm>

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
        // Today's table for a new choice; the guide's for one a profile made
        // under it (the classic network in Hangzhou), which stays valid.
        if (!region.isEmpty() && !network.isEmpty()
            && !RegionCatalogue::today().allowsNetwork(region, network)
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
    if (target == StepStatus::NotStarted && hasEnteredData(data, step))
        reasons << tr("This step holds entered data, so it has started; clear the data first to "
                      "set it back to \"not started\".",
            "@info flow rule");

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

bool FlowRules::isBankAccountMethod(const ProfileData &data)
{
    return data.field(FieldKey::RealNameMethod) == FieldValue::MethodBankAccount;
}

QList<StatusChoice> FlowRules::statusChoices(const ProfileData &data, StepId step)
{
    QList<StatusChoice> choices;
    for (StepStatus status : AllStatuses)
        choices.append({status, canSetStatus(data, step, status)});
    return choices;
}

int FlowRules::depositAttemptsUsed(const ProfileData &data)
{
    return qBound(0, data.field(FieldKey::DepositAttempts).toInt(), MaxDepositAttempts);
}

bool FlowRules::mayTryDeposit(const ProfileData &data)
{
    return isBankAccountMethod(data) && data.status(StepId::RealName) == StepStatus::Waiting
        && depositAttemptsUsed(data) < MaxDepositAttempts;
}

std::optional<StepStatus> FlowRules::statusAfterDepositRefusal(int used)
{
    if (used >= MaxDepositAttempts)
        return StepStatus::Failed;
    return std::nullopt;
}

namespace {

bool isRefusal(const QString &outcome)
{
    return outcome == FieldValue::OutcomeRejectedPublicResources
        || outcome == FieldValue::OutcomeFailed;
}

bool isNotSubmitted(const QString &outcome)
{
    return outcome.isEmpty() || outcome == FieldValue::OutcomeNotSubmitted;
}

} // namespace

bool FlowRules::outcomeAgrees(const QString &outcome, StepStatus status)
{
    switch (status) {
    case StepStatus::NotStarted:
    case StepStatus::InProgress:
        return isNotSubmitted(outcome);
    case StepStatus::Waiting:
        return outcome == FieldValue::OutcomeSubmitted;
    case StepStatus::Done:
        return outcome == FieldValue::OutcomeApproved;
    case StepStatus::Failed:
        return isRefusal(outcome);
    }
    return false;
}

StepStatus FlowRules::statusForOutcome(const QString &outcome, StepStatus current)
{
    if (outcomeAgrees(outcome, current))
        return current;
    if (outcome == FieldValue::OutcomeSubmitted)
        return StepStatus::Waiting;
    if (outcome == FieldValue::OutcomeApproved)
        return StepStatus::Done;
    if (isRefusal(outcome))
        return StepStatus::Failed;
    return StepStatus::InProgress; // not submitted (any more)
}

QString FlowRules::outcomeForStatus(StepStatus status, const QString &current)
{
    if (outcomeAgrees(current, status))
        return current;
    switch (status) {
    case StepStatus::NotStarted:
    case StepStatus::InProgress:
        return FieldValue::OutcomeNotSubmitted;
    case StepStatus::Waiting:
        return FieldValue::OutcomeSubmitted;
    case StepStatus::Done:
        return FieldValue::OutcomeApproved;
    case StepStatus::Failed:
        return FieldValue::OutcomeFailed;
    }
    return current;
}

bool FlowRules::outcomeWithdrawsConfirmation(const QString &outcome)
{
    return outcome == FieldValue::OutcomeRejectedPublicResources;
}

std::optional<StepId> FlowRules::stepOfField(const QString &key)
{
    if (key == FieldKey::CompanyName || key == FieldKey::PrefillLocked)
        return std::nullopt;
    const QString prefix = key.section(QLatin1Char('.'), 0, 0);
    if (prefix == QLatin1String("register"))
        return StepId::Register;
    if (prefix == QLatin1String("company") || prefix == QLatin1String("real_name"))
        return StepId::RealName;
    if (prefix == QLatin1String("certification") || prefix == QLatin1String("precheck"))
        return StepId::Certification;
    if (prefix == QLatin1String("services"))
        return StepId::FinanceServices;
    if (prefix == QLatin1String("region"))
        return StepId::Region;
    return std::nullopt;
}

bool FlowRules::hasEnteredData(const ProfileData &data, StepId step)
{
    // What a choice shows before anyone chose: not entered.
    static const QStringList defaults = {FieldValue::False, FieldValue::OutcomeNotSubmitted,
        FieldValue::TransferNone, QStringLiteral("0")};
    for (auto it = data.fields.cbegin(); it != data.fields.cend(); ++it) {
        if (stepOfField(it.key()) != step)
            continue;
        const QString value = it.value().trimmed();
        if (!value.isEmpty() && !defaults.contains(value))
            return true;
    }
    return false;
}

std::optional<StepStatus> FlowRules::startedByData(const ProfileData &data, StepId step)
{
    if (data.status(step) == StepStatus::NotStarted && hasEnteredData(data, step))
        return StepStatus::InProgress;
    return std::nullopt;
}

Settlement FlowRules::settle(const ProfileData &data)
{
    Settlement settlement;
    ProfileData after = data;
    const QString outcome = data.field(FieldKey::CertificationOutcome);
    const StepStatus certification = data.status(StepId::Certification);
    if (!outcomeAgrees(outcome, certification)) {
        if (!isNotSubmitted(outcome)) {
            const StepStatus status = statusForOutcome(outcome, certification);
            settlement.statuses.append({StepId::Certification, status});
            after.step(StepId::Certification).status = status;
        } else {
            const QString agreeing = outcomeForStatus(certification, outcome);
            settlement.fields.append({FieldKey::CertificationOutcome, agreeing});
            after.fields.insert(FieldKey::CertificationOutcome, agreeing);
        }
    }
    if (outcomeWithdrawsConfirmation(after.field(FieldKey::CertificationOutcome))
        && after.isTrue(FieldKey::NoPublicResources))
        settlement.fields.append({FieldKey::NoPublicResources, FieldValue::False});
    for (StepId step : AllSteps) {
        if (const std::optional<StepStatus> started = startedByData(after, step))
            settlement.statuses.append({step, *started});
    }
    return settlement;
}

Settlement FlowRules::afterFieldChange(const ProfileData &data, const QString &key)
{
    Settlement settlement;
    ProfileData after = data;
    const auto setField = [&](const QString &field, const QString &value) {
        settlement.fields.append({field, value});
        after.fields.insert(field, value);
    };
    const auto setStatus = [&](StepId step, StepStatus status) {
        settlement.statuses.append({step, status});
        after.step(step).status = status;
    };
    const QString outcome = data.field(FieldKey::CertificationOutcome);
    if (key == FieldKey::CertificationOutcome) {
        const StepStatus current = data.status(StepId::Certification);
        if (const StepStatus status = statusForOutcome(outcome, current); status != current)
            setStatus(StepId::Certification, status);
        if (outcomeWithdrawsConfirmation(outcome) && data.isTrue(FieldKey::NoPublicResources))
            setField(FieldKey::NoPublicResources, FieldValue::False);
    } else if (key == FieldKey::NoPublicResources && data.isTrue(key)
        && outcomeWithdrawsConfirmation(outcome)) {
        setField(FieldKey::CertificationOutcome, FieldValue::OutcomeNotSubmitted);
        setStatus(StepId::Certification,
            statusForOutcome(FieldValue::OutcomeNotSubmitted, data.status(StepId::Certification)));
    }
    if (const std::optional<StepId> step = stepOfField(key)) {
        if (const std::optional<StepStatus> started = startedByData(after, *step))
            setStatus(*step, *started);
    }
    return settlement;
}

Settlement FlowRules::afterStatusChange(const ProfileData &data, StepId step)
{
    Settlement settlement;
    if (step != StepId::Certification)
        return settlement;
    const QString outcome = data.field(FieldKey::CertificationOutcome);
    const QString agreeing = outcomeForStatus(data.status(step), outcome);
    if (agreeing != outcome && !(outcome.isEmpty() && isNotSubmitted(agreeing)))
        settlement.fields.append({FieldKey::CertificationOutcome, agreeing});
    return settlement;
}

ProfileData FlowRules::applied(ProfileData data, const Settlement &settlement, const QDateTime &now)
{
    for (const auto &[key, value] : settlement.fields)
        data.fields.insert(key, value);
    for (const auto &[step, status] : settlement.statuses)
        data.step(step) = StepState {status, now, QDateTime()};
    return data;
}

bool FlowRules::usesDataOf(StepId later, StepId earlier)
{
    return earlier == StepId::RealName
        && (later == StepId::Certification || later == StepId::FinanceServices);
}

bool FlowRules::allDone(const ProfileData &data)
{
    return std::all_of(AllSteps.begin(), AllSteps.end(),
        [&data](StepId step) { return data.status(step) == StepStatus::Done; });
}
