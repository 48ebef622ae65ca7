#include "RegionStep.h"

#include "onboarding/FieldKey.h"
#include "onboarding/PlannedVSwitch.h"
#include "onboarding/Profile.h"
#include "onboarding/RegionCatalogue.h"

RegionStep::RegionStep(
    Profile &profile, const RegionCatalogue &today, const RegionCatalogue &guide, QObject *parent)
    : StepModel(StepId::Region, profile, parent)
    , m_today(today)
    , m_guide(guide)
{
    RegionStep::recompute();
}

const RegionInfo *RegionStep::region() const
{
    if (const RegionInfo *region = m_today.find(m_region))
        return region;
    return m_guide.find(m_region);
}

bool RegionStep::isVpcPlanShown() const
{
    return m_network == FieldValue::NetworkVpc;
}

VpcPlanProposal RegionStep::proposal()
{
    // Two zones: the same-city active-active layout the guide recommends.
    return VpcPlan::proposeDefault(2);
}

void RegionStep::chooseRegion(const QString &regionId)
{
    // Choosing the stored region again is no new choice: a kept classic
    // network stays.
    if (regionId == profile().field(FieldKey::RegionId))
        return;
    profile().setField(FieldKey::RegionId, regionId);
    const QString network = profile().field(FieldKey::NetworkType);
    if (!regionId.isEmpty() && !network.isEmpty() && !m_today.allowsNetwork(regionId, network))
        profile().setField(FieldKey::NetworkType, FieldValue::NetworkVpc);
}

void RegionStep::chooseNetwork(const QString &network)
{
    const QString stored = profile().field(FieldKey::NetworkType);
    const bool offered = network == FieldValue::NetworkVpc
        || (m_region.isEmpty() ? network != FieldValue::NetworkClassic
                               : m_today.allowsNetwork(m_region, network));
    if (network != stored && !offered)
        return;
    profile().setField(FieldKey::NetworkType, network);
}

void RegionStep::acceptProposal()
{
    if (!m_proposed)
        return;
    const VpcPlanProposal plan = proposal();
    QList<PlannedVSwitch> vSwitches;
    for (const QString &cidr : plan.vSwitchCidrs)
        vSwitches.append({QString(), cidr});
    profile().setField(FieldKey::VpcCidr, plan.vpcCidr);
    profile().setField(FieldKey::VSwitches, PlannedVSwitch::listToJson(vSwitches));
}

void RegionStep::recompute()
{
    const ProfileData &data = profile().data();
    const RegionInfo *chosen = m_today.find(data.field(FieldKey::RegionId));
    const QString network = data.field(FieldKey::NetworkType);
    if (anyChanged({assign(m_region, data.field(FieldKey::RegionId)), assign(m_network, network),
            assign(m_classic, chosen && chosen->classic), assign(m_vpc, !chosen || chosen->vpc),
            assign(m_classicKept, network == FieldValue::NetworkClassic),
            assign(m_preview, chosen && chosen->invitationalPreview)}))
        emit choiceChanged();
    const bool proposed = m_network == FieldValue::NetworkVpc
        && data.field(FieldKey::VpcCidr).isEmpty()
        && PlannedVSwitch::listFromJson(data.field(FieldKey::VSwitches)).isEmpty();
    if (assign(m_proposed, proposed))
        emit planChanged();
    StepModel::recompute();
}
