// Checks a VPC address plan against the provider's rules: the VPC block inside
// a private range with a /8 to /24 mask, each vSwitch inside it with a /16 to
// /29 mask, outside 100.64.0.0/10 and overlapping no other vSwitch. Proposes a
// default plan. It must never query the account: zones come from the caller.
#pragma once

#include "FieldVerdict.h"
#include "Ipv4Cidr.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

struct VpcPlanVerdict
{
    FieldVerdict vpc;
    QList<FieldVerdict> vSwitches; // one per vSwitch, in the order given
    FieldVerdict plan; // findings about the plan as a whole (e.g. too few vSwitches)

    bool blocks() const;
};

struct VpcPlanProposal
{
    QString vpcCidr;
    QStringList vSwitchCidrs; // one per zone
};

class VpcPlan
{
    Q_DECLARE_TR_FUNCTIONS(VpcPlan)
public:
    static constexpr int MinVpcPrefix = 8;
    static constexpr int MaxVpcPrefix = 24;
    static constexpr int MinVSwitchPrefix = 16;
    static constexpr int MaxVSwitchPrefix = 29;
    // Addresses of every vSwitch the provider keeps: the first and the last three.
    static constexpr int ReservedAddresses = 4;
    // What a default plan can hold: one /24 per zone inside a /16.
    static constexpr int MaxProposedZones = 256;

    static FieldVerdict checkVpcCidr(const QString &cidr);
    // `vpc` is the parsed VPC block, if it could be parsed.
    static FieldVerdict checkVSwitchCidr(const QString &cidr, const std::optional<Ipv4Cidr> &vpc);
    // Each entry on its own, then overlaps between the vSwitches and the
    // number of vSwitches.
    static VpcPlanVerdict check(const QString &vpcCidr, const QStringList &vSwitchCidrs);

    // Addresses a vSwitch with this block can hand out (size minus the four
    // reserved ones, never below zero).
    static qint64 usableAddresses(const Ipv4Cidr &cidr);

    // 10.0.0.0/16 with 10.0.0.0/24, 10.0.1.0/24, ... one per zone; `zoneCount`
    // is clamped to 0..MaxProposedZones.
    static VpcPlanProposal proposeDefault(int zoneCount);

private:
    static FieldVerdict vpcVerdict(const Result<Ipv4Cidr> &parsed);
    static FieldVerdict vSwitchVerdict(
        const Result<Ipv4Cidr> &parsed, const std::optional<Ipv4Cidr> &vpc);
};
