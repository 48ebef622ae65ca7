#include "NetworkComparison.h"

namespace {

NetworkComparison::Chosen chooseAmong(const QList<BuiltVpc> &candidates)
{
    if (candidates.isEmpty())
        return {NetworkComparison::Choice::None, std::nullopt};
    if (candidates.size() > 1)
        return {NetworkComparison::Choice::Ambiguous, std::nullopt};
    return {NetworkComparison::Choice::Found, candidates.constFirst()};
}

} // namespace

bool NetworkComparison::sameBlock(const QString &a, const QString &b)
{
    return a.trimmed() == b.trimmed();
}

NetworkComparison::Chosen NetworkComparison::byTag(
    const NetworkTarget &target, const QList<BuiltVpc> &vpcs)
{
    QList<BuiltVpc> tagged;
    for (const BuiltVpc &vpc : vpcs) {
        if (vpc.tags.value(CreatedByKey) == CreatedByValue
            && target.profileTags.contains(vpc.tags.value(ProfileKey)))
            tagged.append(vpc);
    }
    // Two of the profile's VPCs (a rebuilt network beside the old one): the
    // one with the plan's block is the plan's, if only one has it.
    if (tagged.size() > 1) {
        QList<BuiltVpc> withBlock;
        for (const BuiltVpc &vpc : std::as_const(tagged)) {
            if (sameBlock(vpc.cidr, target.vpcCidr))
                withBlock.append(vpc);
        }
        if (!withBlock.isEmpty())
            return chooseAmong(withBlock);
    }
    return chooseAmong(tagged);
}

NetworkComparison::Chosen NetworkComparison::byNameAndCidr(
    const NetworkTarget &target, const QList<BuiltVpc> &vpcs)
{
    QList<BuiltVpc> named;
    for (const BuiltVpc &vpc : vpcs) {
        if (sameBlock(vpc.cidr, target.vpcCidr) && target.names.contains(vpc.name.trimmed()))
            named.append(vpc);
    }
    return chooseAmong(named);
}

QList<NetworkDifference> NetworkComparison::compare(
    const NetworkTarget &target, const BuiltVpc &vpc, const QList<BuiltVSwitch> &built)
{
    QList<NetworkDifference> differences;
    if (!sameBlock(vpc.cidr, target.vpcCidr))
        differences.append(
            {NetworkDifference::Kind::VpcCidrDifferent, vpc.id, {}, target.vpcCidr, {}, vpc.cidr});

    QList<PlannedVSwitch> planned = target.vSwitches;
    QList<BuiltVSwitch> left = built;
    // Exact matches first, so that a near one never takes an exact one's place.
    for (qsizetype p = planned.size() - 1; p >= 0; --p) {
        for (qsizetype b = 0; b < left.size(); ++b) {
            if (left[b].zone == planned[p].zone && sameBlock(left[b].cidr, planned[p].cidr)) {
                left.removeAt(b);
                planned.removeAt(p);
                break;
            }
        }
    }
    const auto take = [&left](auto matches) -> std::optional<BuiltVSwitch> {
        for (qsizetype b = 0; b < left.size(); ++b) {
            if (matches(left[b]))
                return left.takeAt(b);
        }
        return std::nullopt;
    };
    for (const PlannedVSwitch &each : std::as_const(planned)) {
        if (const std::optional<BuiltVSwitch> sameCidr
            = take([&each](const BuiltVSwitch &b) { return sameBlock(b.cidr, each.cidr); })) {
            differences.append({NetworkDifference::Kind::VSwitchZoneDifferent, sameCidr->id,
                each.zone, each.cidr, sameCidr->zone, sameCidr->cidr});
        } else if (const std::optional<BuiltVSwitch> sameZone
            = take([&each](const BuiltVSwitch &b) { return b.zone == each.zone; })) {
            differences.append({NetworkDifference::Kind::VSwitchCidrDifferent, sameZone->id,
                each.zone, each.cidr, sameZone->zone, sameZone->cidr});
        } else {
            differences.append(
                {NetworkDifference::Kind::VSwitchMissing, {}, each.zone, each.cidr, {}, {}});
        }
    }
    for (const BuiltVSwitch &extra : std::as_const(left))
        differences.append(
            {NetworkDifference::Kind::VSwitchNotInPlan, extra.id, {}, {}, extra.zone, extra.cidr});
    return differences;
}
