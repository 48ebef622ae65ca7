// Step 5's state beyond the shared one: the chosen region and network, which
// networks the region offers, the plan in one line, and the address plan the
// program proposes for a VPC. The proposal is only shown until the user
// accepts or edits it; choosing a region keeps the network choice possible.
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
    Q_PROPERTY(bool vpcPlanShown READ isVpcPlanShown NOTIFY choiceChanged)
    Q_PROPERTY(bool vpcPlanProposed READ isVpcPlanProposed NOTIFY planChanged)
public:
    RegionStep(Profile &profile, const RegionCatalogue &catalogue, QObject *parent = nullptr);

    QString regionId() const { return m_region; }
    QString network() const { return m_network; }
    // nullptr while no region (or an unknown one) is chosen.
    const RegionInfo *region() const;
    bool isClassicOffered() const { return m_classic; }
    bool isVpcOffered() const { return m_vpc; }
    bool isVpcPlanShown() const;
    // A VPC is chosen and no address plan is stored: the page shows the
    // proposal (VpcPlan::proposeDefault) and stores it only on acceptance.
    bool isVpcPlanProposed() const { return m_proposed; }
    static VpcPlanProposal proposal();

    // Chooses the region; a network the region does not offer becomes VPC.
    void chooseRegion(const QString &regionId);
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
    const RegionCatalogue &m_catalogue;
    QString m_region;
    QString m_network;
    bool m_classic = true;
    bool m_vpc = true;
    bool m_proposed = false;
};
