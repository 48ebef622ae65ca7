#include "StepInputs.h"

#include "FieldKey.h"
#include "FieldText.h"
#include "FlowRules.h"
#include "PlannedVSwitch.h"
#include "validation/CompanyDataFile.h"
#include "validation/VpcPlan.h"

namespace {

bool bankMethod(const ProfileData &data)
{
    return FlowRules::isBankAccountMethod(data);
}

bool vpcPlanBlocks(const ProfileData &data)
{
    if (data.field(FieldKey::NetworkType) != FieldValue::NetworkVpc)
        return false;
    const QList<PlannedVSwitch> vSwitches
        = PlannedVSwitch::listFromJson(data.field(FieldKey::VSwitches));
    const QString vpcCidr = data.field(FieldKey::VpcCidr);
    // No plan yet is nothing wrong: the page shows the proposal.
    if (vpcCidr.isEmpty() && vSwitches.isEmpty())
        return false;
    return VpcPlan::check(vpcCidr, PlannedVSwitch::cidrs(vSwitches)).blocks();
}

} // namespace

QList<CheckedInput> StepInputs::checked(StepId step)
{
    switch (step) {
    case StepId::Register:
        return {{FieldKey::Mobile}, {FieldKey::Email}};
    case StepId::RealName:
        return {{FieldKey::CompanyName}, {FieldKey::CreditCode, FieldKey::CreditCodeOverride},
            {FieldKey::LicenceNumber}, {FieldKey::LegalRepresentativeId},
            {FieldKey::BankAccount, QString(), &bankMethod}, {FieldKey::DepositAmount}};
    case StepId::FinanceServices:
        return {{FieldKey::InvoiceTitle}, {FieldKey::TaxpayerId}};
    case StepId::Certification:
    case StepId::Region:
        return {};
    }
    return {};
}

std::optional<CheckedInput> StepInputs::find(StepId step, const QString &key)
{
    for (const CheckedInput &input : checked(step)) {
        if (input.key == key)
            return input;
    }
    return std::nullopt;
}

FieldVerdict StepInputs::verdict(const QString &key, const QString &text, QDate today)
{
    return CompanyDataFile::checkValue(key, text, today);
}

bool StepInputs::passes(const CheckedInput &input, const ProfileData &data, QDate today)
{
    if (input.applies && !input.applies(data))
        return true;
    const FieldVerdict found = verdict(input.key, data.field(input.key), today);
    if (found.blocks())
        return false;
    if (found.level == FieldVerdict::Warning && !input.reasonKey.isEmpty())
        return !data.field(input.reasonKey).trimmed().isEmpty();
    return true;
}

bool StepInputs::mayLeave(StepId step, const ProfileData &data, QDate today)
{
    for (const CheckedInput &input : checked(step)) {
        if (!passes(input, data, today))
            return false;
    }
    return step != StepId::Region || !vpcPlanBlocks(data);
}

QStringList StepInputs::holdBack(StepId step, const ProfileData &data, QDate today)
{
    QStringList reasons;
    for (const CheckedInput &input : checked(step)) {
        if (passes(input, data, today))
            continue;
        const QString label = FieldText::label(input.key);
        if (verdict(input.key, data.field(input.key), today).blocks())
            reasons << tr("%1: correct the error shown under it.", "@info held back").arg(label);
        else
            reasons << tr("%1: correct it, or give the reason for keeping it.", "@info held back")
                           .arg(label);
    }
    if (step == StepId::Region && vpcPlanBlocks(data))
        reasons << tr("The address plan: correct the error shown in it.", "@info held back");
    return reasons;
}
