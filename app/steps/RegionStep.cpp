#include "RegionStep.h"

#include "onboarding/FieldKey.h"
#include "onboarding/PlannedVSwitch.h"
#include "onboarding/Profile.h"
#include "onboarding/RegionCatalogue.h"

RegionStep::RegionStep(Profile &profile, const RegionCatalogue &catalogue, QObject *parent)
    : StepModel(StepId::Region, profile, parent)
    , m_catalogue(catalogue)
{
    RegionStep::recompute();
}

const RegionInfo *RegionStep::region() const
{
    return m_catalogue.find(m_region);
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
    profile().setField(FieldKey::RegionId, regionId);
    const QString network = profile().field(FieldKey::NetworkType);
    if (!regionId.isEmpty() && !network.isEmpty() && !m_catalogue.allowsNetwork(regionId, network))
        profile().setField(FieldKey::NetworkType, FieldValue::NetworkVpc);
}

void RegionStep::chooseNetwork(const QString &network)
{
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
    const RegionInfo *chosen = m_catalogue.find(data.field(FieldKey::RegionId));
    if (anyChanged({assign(m_region, data.field(FieldKey::RegionId)),
            assign(m_network, data.field(FieldKey::NetworkType)),
            assign(m_classic, !chosen || chosen->classic), assign(m_vpc, !chosen || chosen->vpc)}))
        emit choiceChanged();
    const bool proposed = m_network == FieldValue::NetworkVpc
        && data.field(FieldKey::VpcCidr).isEmpty()
        && PlannedVSwitch::listFromJson(data.field(FieldKey::VSwitches)).isEmpty();
    if (assign(m_proposed, proposed))
        emit planChanged();
    StepModel::recompute();
}
