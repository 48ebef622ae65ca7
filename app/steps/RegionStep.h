// Step 5's state beyond the shared one: the chosen region and network, which
// networks the region offers, the plan in one line, and the address plan the
// program proposes for a VPC. The proposal is only shown until the user
// accepts or edits it; choosing a region keeps the network choice possible.
// The regions and networks offered are today's (RegionCatalogue::today()):
// a new choice is VPC. A classic network a profile chose under the guide's
// table stays as stored (classicKept) and is never changed behind the
// user's back; it is only no longer offered as a new choice.
#pragma once

#include "StepModel.h"

#include "validation/VpcPlan.h"

class RegionCatalogue;
struct RegionInfo;

class RegionStep : public StepModel
{
    Q_OBJECT
    Q_PROPERTY(QString regionId READ regionId NOTIFY choiceChanged)
    Q_PROPERTY(QString network READ network NOTIFY choiceChanged)
    Q_PROPERTY(bool classicOffered READ isClassicOffered NOTIFY choiceChanged)
    Q_PROPERTY(bool vpcOffered READ isVpcOffered NOTIFY choiceChanged)
    Q_PROPERTY(bool classicKept READ isClassicKept NOTIFY choiceChanged)
    Q_PROPERTY(bool invitationalPreview READ isInvitationalPreview NOTIFY choiceChanged)
    Q_PROPERTY(bool vpcPlanShown READ isVpcPlanShown NOTIFY choiceChanged)
    Q_PROPERTY(bool vpcPlanProposed READ isVpcPlanProposed NOTIFY planChanged)
public:
    // `today`: the regions and networks offered; `guide`: what a stored
    // choice may still name (the guide's classic network in Hangzhou).
    RegionStep(Profile &profile, const RegionCatalogue &today, const RegionCatalogue &guide,
        QObject *parent = nullptr);

    QString regionId() const { return m_region; }
    QString network() const { return m_network; }
    // nullptr while no region (or an unknown one) is chosen; today's entry
    // when today's table has the region.
    const RegionInfo *region() const;
    const RegionCatalogue &offered() const { return m_today; }
    // For a new choice: the classic network is not offered any more.
    bool isClassicOffered() const { return m_classic; }
    bool isVpcOffered() const { return m_vpc; }
    // The profile stores the classic network, chosen under the guide's table.
    bool isClassicKept() const { return m_classicKept; }
    // The chosen region is offered only to accounts the provider invites.
    bool isInvitationalPreview() const { return m_preview; }
    bool isVpcPlanShown() const;
    // A VPC is chosen and no address plan is stored: the page shows the
    // proposal (VpcPlan::proposeDefault) and stores it only on acceptance.
    bool isVpcPlanProposed() const { return m_proposed; }
    static VpcPlanProposal proposal();

    // Chooses the region; when it is another region than the stored one, a
    // network it does not offer becomes VPC.
    void chooseRegion(const QString &regionId);
    // A network today's table does not offer is refused, unless it is the
    // one already stored.
    void chooseNetwork(const QString &network);
    // Stores the proposed address plan (the user accepted it, or starts
    // editing it).
    void acceptProposal();

signals:
    void choiceChanged();
    void planChanged();

protected:
    void recompute() override;

private:
    const RegionCatalogue &m_today;
    const RegionCatalogue &m_guide;
    QString m_region;
    QString m_network;
    bool m_classic = false;
    bool m_vpc = true;
    bool m_classicKept = false;
    bool m_preview = false;
    bool m_proposed = false;
};
