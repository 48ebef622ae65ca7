// The built network beside the plan (issue 21, item 3): which VPC is the
// plan's, and each difference by name. Pure: the answers of DescribeVpcs
// and DescribeVSwitches come in as plain data (VpcFacts reads them).
//   The VPC: first one tagged CreatedBy=fincloud-onboard and
//   FincloudProfile=<the profile> (the tags the plan's Terraform and ROS
//   output set), preferring the one with the plan's block; else one named
//   as the profile with the plan's block. Several equally good candidates
//   are not guessed between.
//   The vSwitches: the same zone and block is a match; then the same block
//   in another zone is "zone different", the same zone with another block
//   "CIDR different"; a planned one left over is missing, a built one left
//   over is not in the plan.
// Must never guess between candidates and never call a difference a match
// (blocks are compared as written, after trimming).
#pragma once

#include "onboarding/NetworkEvidence.h"
#include "onboarding/PlannedVSwitch.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct BuiltVpc
{
    QString id;
    QString name;
    QString cidr;
    QHash<QString, QString> tags;
};

struct BuiltVSwitch
{
    QString id;
    QString name;
    QString zone;
    QString cidr;
};

// What the plan expects: the region, the blocks, and how the built VPC
// names the profile.
struct NetworkTarget
{
    QString regionId;
    QString vpcCidr;
    QList<PlannedVSwitch> vSwitches;
    QStringList profileTags; // values FincloudProfile may carry: label, #id
    QStringList names; // names the VPC may carry: the label
};

class NetworkComparison
{
public:
    static inline const QString CreatedByKey = QStringLiteral("CreatedBy");
    static inline const QString CreatedByValue = QStringLiteral("fincloud-onboard");
    static inline const QString ProfileKey = QStringLiteral("FincloudProfile");

    enum class Choice { Found, None, Ambiguous };
    struct Chosen
    {
        Choice choice = Choice::None;
        std::optional<BuiltVpc> vpc;
    };

    // Among VPCs the tag filter returned (CreatedBy), the one of this profile.
    static Chosen byTag(const NetworkTarget &target, const QList<BuiltVpc> &vpcs);
    // Among all the region's VPCs, the one named as the profile with the plan's block.
    static Chosen byNameAndCidr(const NetworkTarget &target, const QList<BuiltVpc> &vpcs);

    static QList<NetworkDifference> compare(
        const NetworkTarget &target, const BuiltVpc &vpc, const QList<BuiltVSwitch> &built);
    static bool sameBlock(const QString &a, const QString &b);
};
