#include "NetworkEvidenceText.h"

#include "i18n/DateText.h"

QString NetworkEvidenceText::title()
{
    return tr("The network as built", "@title check");
}

namespace {

QString unchecked(const NetworkEvidence &evidence)
{
    if (!evidence.policy.isEmpty())
        return NetworkEvidenceText::tr("Could not check: the key may not read the network (%1). "
                                       "The read-only policy %2 grants it.",
            "@info %1 the service's error code, %2 a RAM policy name")
            .arg(evidence.errorCode, evidence.policy);
    if (evidence.errorCode == QLatin1String("ambiguous"))
        return NetworkEvidenceText::tr("Could not check: several VPCs in %1 could be the plan's. "
                                       "Tag the one built for it with FincloudProfile.",
            "@info %1 a region id")
            .arg(evidence.regionId);
    if (evidence.errorCode.isEmpty())
        return NetworkEvidenceText::tr("Could not check the network.", "@info");
    return NetworkEvidenceText::tr("Could not check the network (%1).", "@info %1 an error code")
        .arg(evidence.errorCode);
}

QString foundBy(const NetworkEvidence &evidence)
{
    switch (evidence.foundBy) {
    case NetworkEvidence::FoundBy::Tag:
        return NetworkEvidenceText::tr("found by its tags", "@info how a VPC was found");
    case NetworkEvidence::FoundBy::NameAndCidr:
        return NetworkEvidenceText::tr(
            "found by its name and address block", "@info how a VPC was found");
    case NetworkEvidence::FoundBy::None:
        break;
    }
    return {};
}

} // namespace

QString NetworkEvidenceText::finding(const NetworkEvidence &evidence)
{
    switch (evidence.outcome) {
    case NetworkEvidence::Outcome::Unchecked:
        return unchecked(evidence);
    case NetworkEvidence::Outcome::Match:
        return tr("The VPC %1 in %2 (%3) matches the plan, with every vSwitch as planned.",
            "@info %1 a VPC id, %2 a region id, %3 how it was found")
            .arg(evidence.vpcId, evidence.regionId, foundBy(evidence));
    case NetworkEvidence::Outcome::Differences:
        break;
    }
    const qsizetype count = evidence.differences.size();
    if (evidence.vpcId.isEmpty())
        return tr("The network in %1 differs from the plan (%n difference(s)).",
            "@info %1 a region id", int(count))
            .arg(evidence.regionId);
    return tr("The VPC %1 in %2 (%3) differs from the plan (%n difference(s)).",
        "@info %1 a VPC id, %2 a region id, %3 how it was found", int(count))
        .arg(evidence.vpcId, evidence.regionId, foundBy(evidence));
}

QString NetworkEvidenceText::difference(const NetworkDifference &difference)
{
    using Kind = NetworkDifference::Kind;
    switch (difference.kind) {
    case Kind::VpcMissing:
        return tr("VPC missing: none is tagged for this profile, and none named as it has the "
                  "block %1.",
            "@info %1 an address block")
            .arg(difference.plannedCidr);
    case Kind::VpcCidrDifferent:
        return tr("CIDR different: the VPC %1 has %2, the plan says %3.",
            "@info %1 a VPC id, %2 and %3 address blocks")
            .arg(difference.resourceId, difference.builtCidr, difference.plannedCidr);
    case Kind::VSwitchMissing:
        return tr("vSwitch missing: %1 in zone %2.", "@info %1 an address block, %2 a zone id")
            .arg(difference.plannedCidr, difference.plannedZone);
    case Kind::VSwitchCidrDifferent:
        return tr("CIDR different: the vSwitch %1 in zone %2 has %3, the plan says %4.",
            "@info %1 a vSwitch id, %2 a zone id, %3 and %4 address blocks")
            .arg(difference.resourceId, difference.builtZone, difference.builtCidr,
                difference.plannedCidr);
    case Kind::VSwitchZoneDifferent:
        return tr("Zone different: the vSwitch %1 (%2) is in zone %3, the plan says %4.",
            "@info %1 a vSwitch id, %2 an address block, %3 and %4 zone ids")
            .arg(difference.resourceId, difference.builtCidr, difference.builtZone,
                difference.plannedZone);
    case Kind::VSwitchNotInPlan:
        return tr("vSwitch not in the plan: %1 (%2, zone %3).",
            "@info %1 a vSwitch id, %2 an address block, %3 a zone id")
            .arg(difference.resourceId, difference.builtCidr, difference.builtZone);
    }
    return {};
}

QStringList NetworkEvidenceText::differences(const NetworkEvidence &evidence)
{
    QStringList lines;
    for (const NetworkDifference &each : evidence.differences)
        lines.append(difference(each));
    return lines;
}

QString NetworkEvidenceText::when(const NetworkEvidence &evidence, const QTimeZone &zone)
{
    const QString at = DateText::dateTime(evidence.at, zone);
    if (evidence.requestIds.isEmpty())
        return tr("Checked %1", "@info %1 a date and time").arg(at);
    return tr("Checked %1 · RequestIds %2", "@info %1 a date and time, %2 a list")
        .arg(at, evidence.requestIds.join(QStringLiteral(", ")));
}

QString NetworkEvidenceText::timeline(const NetworkEvidence &evidence)
{
    QStringList parts {finding(evidence)};
    parts += differences(evidence);
    const QString found = parts.join(QLatin1Char(' '));
    if (evidence.requestIds.isEmpty())
        return tr("Network check: %1", "@info timeline").arg(found);
    return tr("Network check: %1 (RequestIds %2)", "@info timeline")
        .arg(found, evidence.requestIds.join(QStringLiteral(", ")));
}
