#include "VpcPlan.h"

#include <algorithm>
#include <array>

namespace {

struct Range
{
    quint32 network;
    int prefixLength;

    Ipv4Cidr block() const { return Ipv4Cidr::fromParts(network, prefixLength).value(); }
};

// RFC 1918: the only ranges a VPC may use.
constexpr std::array<Range, 3> PrivateRanges = {{
    {10u << 24, 8},
    {172u << 24 | 16u << 16, 12},
    {192u << 24 | 168u << 16, 16},
}};
// Shared address space (RFC 6598), used by the provider's own services.
constexpr Range SharedAddressSpace = {100u << 24 | 64u << 16, 10};

constexpr quint32 DefaultVpcNetwork = 10u << 24;
constexpr int DefaultVpcPrefix = 16;
constexpr int DefaultVSwitchPrefix = 24;

// For each vSwitch, the index of another one it overlaps, or -1. Blocks either
// nest or are disjoint, so after sorting by start (larger block first) a block
// overlaps an earlier one exactly when it starts before the furthest end seen.
QList<qsizetype> overlapPartners(const QList<std::optional<Ipv4Cidr>> &blocks)
{
    QList<qsizetype> partner(blocks.size(), -1);
    QList<qsizetype> order;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (blocks[i])
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(), [&blocks](qsizetype a, qsizetype b) {
        const Ipv4Cidr &x = *blocks[a];
        const Ipv4Cidr &y = *blocks[b];
        return x.network() != y.network() ? x.network() < y.network()
                                          : x.prefixLength() < y.prefixLength();
    });
    qsizetype furthest = -1;
    for (const qsizetype i : order) {
        const Ipv4Cidr &current = *blocks[i];
        if (furthest >= 0 && current.network() <= blocks[furthest]->lastAddress()) {
            partner[i] = furthest;
            if (partner[furthest] < 0)
                partner[furthest] = i;
        }
        if (furthest < 0 || current.lastAddress() > blocks[furthest]->lastAddress())
            furthest = i;
    }
    return partner;
}

std::optional<Ipv4Cidr> parsedOrNothing(const Result<Ipv4Cidr> &parsed)
{
    if (!parsed)
        return std::nullopt;
    return parsed.value();
}

} // namespace

bool VpcPlanVerdict::blocks() const
{
    return vpc.blocks() || plan.blocks()
        || std::any_of(
            vSwitches.begin(), vSwitches.end(), [](const FieldVerdict &v) { return v.blocks(); });
}

FieldVerdict VpcPlan::checkVpcCidr(const QString &cidr)
{
    return vpcVerdict(Ipv4Cidr::parse(cidr));
}

FieldVerdict VpcPlan::checkVSwitchCidr(const QString &cidr, const std::optional<Ipv4Cidr> &vpc)
{
    return vSwitchVerdict(Ipv4Cidr::parse(cidr), vpc);
}

FieldVerdict VpcPlan::vpcVerdict(const Result<Ipv4Cidr> &parsed)
{
    if (!parsed)
        return FieldVerdict::error(parsed.error().message);
    const Ipv4Cidr &vpc = parsed.value();
    if (vpc.prefixLength() < MinVpcPrefix || vpc.prefixLength() > MaxVpcPrefix)
        return FieldVerdict::error(
            tr("A VPC's mask must be /8 to /24, not /%1.", "@info validation")
                .arg(vpc.prefixLength()));
    const bool isPrivate = std::any_of(PrivateRanges.begin(), PrivateRanges.end(),
        [&vpc](const Range &range) { return range.block().contains(vpc); });
    if (!isPrivate)
        return FieldVerdict::error(tr("A VPC must lie inside 10.0.0.0/8, 172.16.0.0/12 or "
                                      "192.168.0.0/16; %1 does not.",
            "@info validation")
                                       .arg(vpc.toString()));
    return FieldVerdict::ok(vpc.toString());
}

FieldVerdict VpcPlan::vSwitchVerdict(
    const Result<Ipv4Cidr> &parsed, const std::optional<Ipv4Cidr> &vpc)
{
    if (!parsed)
        return FieldVerdict::error(parsed.error().message);
    const Ipv4Cidr &vSwitch = parsed.value();
    if (vSwitch.prefixLength() < MinVSwitchPrefix || vSwitch.prefixLength() > MaxVSwitchPrefix)
        return FieldVerdict::error(
            tr("A vSwitch's mask must be /16 to /29, not /%1.", "@info validation")
                .arg(vSwitch.prefixLength()));
    if (SharedAddressSpace.block().overlaps(vSwitch))
        return FieldVerdict::error(tr("%1 lies in 100.64.0.0/10, which the provider reserves; a "
                                      "vSwitch cannot use it.",
            "@info validation")
                                       .arg(vSwitch.toString()));
    if (vpc && !vpc->contains(vSwitch))
        return FieldVerdict::error(tr("%1 is not inside the VPC's block %2.", "@info validation")
                                       .arg(vSwitch.toString(), vpc->toString()));
    return FieldVerdict::ok(vSwitch.toString(),
        tr("%1 usable addresses (the first and the last three are reserved).", "@info validation")
            .arg(usableAddresses(vSwitch)));
}

VpcPlanVerdict VpcPlan::check(const QString &vpcCidr, const QStringList &vSwitchCidrs)
{
    VpcPlanVerdict verdict;
    const Result<Ipv4Cidr> parsedVpc = Ipv4Cidr::parse(vpcCidr);
    verdict.vpc = vpcVerdict(parsedVpc);
    const std::optional<Ipv4Cidr> vpc = parsedOrNothing(parsedVpc);
    QList<std::optional<Ipv4Cidr>> blocks;
    for (const QString &cidr : vSwitchCidrs) {
        const Result<Ipv4Cidr> parsed = Ipv4Cidr::parse(cidr);
        verdict.vSwitches.append(vSwitchVerdict(parsed, vpc));
        blocks.append(parsedOrNothing(parsed));
    }
    const QList<qsizetype> partners = overlapPartners(blocks);
    for (qsizetype i = 0; i < partners.size(); ++i) {
        const qsizetype other = partners[i];
        if (other < 0 || verdict.vSwitches[i].blocks())
            continue;
        verdict.vSwitches[i] = FieldVerdict::error(tr(
            "%1 overlaps vSwitch %2 (%3); vSwitches must not share addresses.", "@info validation")
                                                       .arg(blocks[i]->toString())
                                                       .arg(other + 1)
                                                       .arg(blocks[other]->toString()));
    }
    if (vSwitchCidrs.isEmpty())
        verdict.plan = FieldVerdict::error(tr("Add at least one vSwitch.", "@info validation"));
    else if (vSwitchCidrs.size() == 1)
        verdict.plan = FieldVerdict::note(tr("Finance Cloud recommends a vSwitch in each of two "
                                             "zones, so that the service survives the loss of "
                                             "one zone.",
                                              "@info validation"),
            {});
    return verdict;
}

qint64 VpcPlan::usableAddresses(const Ipv4Cidr &cidr)
{
    return std::max<qint64>(0, qint64(cidr.size()) - ReservedAddresses);
}

VpcPlanProposal VpcPlan::proposeDefault(int zoneCount)
{
    const Ipv4Cidr vpc = Ipv4Cidr::fromParts(DefaultVpcNetwork, DefaultVpcPrefix).value();
    VpcPlanProposal proposal {vpc.toString(), {}};
    const int zones = std::clamp(zoneCount, 0, MaxProposedZones);
    for (int zone = 0; zone < zones; ++zone) {
        const quint32 network = vpc.network() | quint32(zone) << (32 - DefaultVSwitchPrefix);
        proposal.vSwitchCidrs.append(
            Ipv4Cidr::fromParts(network, DefaultVSwitchPrefix).value().toString());
    }
    return proposal;
}
