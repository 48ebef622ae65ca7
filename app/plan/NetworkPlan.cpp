#include "NetworkPlan.h"

#include "onboarding/FieldKey.h"
#include "onboarding/ProfileData.h"
#include "onboarding/RegionCatalogue.h"
#include "validation/VpcPlan.h"

#include <QStringView>

const QString NetworkPlan::IncompleteCode = QStringLiteral("plan.incomplete");

namespace {

// Room for the longest suffix ("-vsw-256") within 128 bytes of UTF-8 when
// every character of the base takes three.
constexpr qsizetype MaxBaseLength = 40;

bool allowedInName(char32_t c)
{
    return QChar::isLetterOrNumber(c) || c == U'.' || c == U'_' || c == U'-';
}

// Cuts at `length` code points, never inside a surrogate pair.
QString firstCodePoints(const QString &text, qsizetype length)
{
    qsizetype end = 0;
    qsizetype count = 0;
    while (end < text.size() && count < length) {
        end += QChar::isHighSurrogate(text.at(end).unicode()) && end + 1 < text.size() ? 2 : 1;
        ++count;
    }
    return text.left(end);
}

QString vSwitchReason(qsizetype index, const QString &reason)
{
    return NetworkPlan::tr("vSwitch %1: %2", "@info plan refusal").arg(index + 1).arg(reason);
}

} // namespace

QStringList NetworkPlan::reasons(const ProfileData &data)
{
    QStringList found;
    const QString regionId = data.field(FieldKey::RegionId);
    if (regionId.isEmpty())
        found << tr("No region is chosen (step 5).", "@info plan refusal");
    else if (!RegionCatalogue::today().allowsNetwork(regionId, FieldValue::NetworkVpc))
        found << tr("The region %1 offers no VPC today.", "@info plan refusal").arg(regionId);
    const QString network = data.field(FieldKey::NetworkType);
    if (network != FieldValue::NetworkVpc)
        found << (network.isEmpty()
                ? tr("No network is chosen (step 5).", "@info plan refusal")
                : tr("The plan uses the classic network; only a VPC can be built as code.",
                    "@info plan refusal"));
    const QString vpcCidr = data.field(FieldKey::VpcCidr);
    const QList<PlannedVSwitch> vSwitches
        = PlannedVSwitch::listFromJson(data.field(FieldKey::VSwitches));
    if (vpcCidr.isEmpty() && vSwitches.isEmpty()) {
        found << tr("No address plan is stored: accept the proposed plan or enter one (step 5).",
            "@info plan refusal");
        return found;
    }
    // The verdicts the region page shows under each entry.
    const VpcPlanVerdict verdict = VpcPlan::check(vpcCidr, PlannedVSwitch::cidrs(vSwitches));
    if (verdict.vpc.blocks())
        found << tr("VPC CIDR block: %1", "@info plan refusal").arg(verdict.vpc.message);
    for (qsizetype i = 0; i < vSwitches.size(); ++i) {
        if (vSwitches[i].zone.trimmed().isEmpty())
            found << vSwitchReason(i, tr("no zone ID is entered.", "@info plan refusal"));
        if (verdict.vSwitches[i].blocks())
            found << vSwitchReason(i, verdict.vSwitches[i].message);
    }
    if (verdict.plan.blocks())
        found << verdict.plan.message;
    return found;
}

Result<NetworkPlan> NetworkPlan::read(const ProfileData &data)
{
    const QStringList problems = reasons(data);
    if (!problems.isEmpty())
        return Error {tr("The network plan cannot be written as code yet:", "@info"),
            problems.join(QLatin1Char('\n')), IncompleteCode};
    NetworkPlan plan;
    plan.m_regionId = data.field(FieldKey::RegionId);
    plan.m_vpcCidr = data.field(FieldKey::VpcCidr);
    plan.m_vSwitches = PlannedVSwitch::listFromJson(data.field(FieldKey::VSwitches));
    for (PlannedVSwitch &vSwitch : plan.m_vSwitches)
        vSwitch.zone = vSwitch.zone.trimmed();
    plan.m_companyName = data.field(FieldKey::CompanyName);
    plan.m_profileLabel = data.label();
    return plan;
}

QString NetworkPlan::nameBase() const
{
    QString base;
    bool pendingDash = false;
    for (const char32_t c : QStringView(m_companyName).toUcs4()) {
        if (!allowedInName(c)) {
            pendingDash = !base.isEmpty();
            continue;
        }
        if (pendingDash)
            base += QLatin1Char('-');
        pendingDash = false;
        base += QString::fromUcs4(&c, 1);
    }
    // A name starts with a letter; "http" is what a name must not start with.
    const QList<uint> ucs4 = base.toUcs4();
    if (ucs4.isEmpty() || !QChar::isLetter(char32_t(ucs4.first()))
        || base.startsWith(QLatin1String("http"), Qt::CaseInsensitive))
        base.prepend(QStringLiteral("fincloud-"));
    base = firstCodePoints(base, MaxBaseLength);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    return base;
}

QString NetworkPlan::vpcName() const
{
    return nameBase() + QStringLiteral("-vpc");
}

QString NetworkPlan::vSwitchName(int number) const
{
    return nameBase() + QStringLiteral("-vsw-%1").arg(number);
}

QString NetworkPlan::tagValue(const QString &text)
{
    return firstCodePoints(text, MaxNameLength);
}
