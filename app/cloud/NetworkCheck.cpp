#include "NetworkCheck.h"
#include "plan/NetworkPlan.h"

#include "OpenApiRequest.h"
#include "RegionalCall.h"
#include "VpcFacts.h"
#include "core/Clock.h"
#include "onboarding/FieldKey.h"
#include "onboarding/ProfileData.h"

NetworkCheck::NetworkCheck(
    OpenApiClient &client, EndpointPolicy endpoints, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_endpoints(std::move(endpoints))
    , m_clock(clock)
{ }

NetworkCheck::~NetworkCheck()
{
    delete m_call.data();
}

Result<NetworkTarget> NetworkCheck::targetOf(const ProfileData &data)
{
    NetworkTarget target;
    target.regionId = data.field(FieldKey::RegionId).trimmed();
    target.vpcCidr = data.field(FieldKey::VpcCidr).trimmed();
    target.vSwitches = PlannedVSwitch::listFromJson(data.field(FieldKey::VSwitches));
    if (target.regionId.isEmpty() || data.field(FieldKey::NetworkType) != FieldValue::NetworkVpc
        || target.vpcCidr.isEmpty())
        return Error {tr("The profile has no VPC plan to check against yet: choose the region, "
                         "the VPC network and its address block in step 5 first.",
                          "@info"),
            {}};
    const QString label = data.label().trimmed();
    if (!label.isEmpty()) {
        target.profileTags.append(label);
        target.names.append(label);
    }
    target.profileTags.append(QStringLiteral("#%1").arg(data.id));
    // What `plan` writes: the label cut to a tag's length, and the VPC
    // name it derives from the company.
    if (const Result<NetworkPlan> plan = NetworkPlan::read(data)) {
        const QString written = NetworkPlan::tagValue(plan.value().profileLabel());
        if (!target.profileTags.contains(written))
            target.profileTags.append(written);
        target.names.append(plan.value().vpcName());
    }
    return target;
}

bool NetworkCheck::isPermissionRefusal(const CloudFailure &failure)
{
    return failure.kind == CloudFailure::Kind::Service
        && (failure.code.startsWith(QLatin1String("Forbidden.RAM"))
            || failure.code == QLatin1String("Forbidden")
            || failure.code == QLatin1String("NoPermission")
            || failure.code.startsWith(QLatin1String("NoPermission.")));
}

void NetworkCheck::start(const NetworkTarget &target)
{
    m_target = target;
    m_phase = Phase::TaggedVpcs;
    request(1);
}

void NetworkCheck::cancel()
{
    if (m_call)
        m_call->cancel();
}

void NetworkCheck::request(int page)
{
    m_page = page;
    OpenApiRequest call = OpenApiRequest::vpc(
        QUrl(), QLatin1String(m_phase == Phase::VSwitches ? "DescribeVSwitches" : "DescribeVpcs"));
    call.with(QStringLiteral("RegionId"), m_target.regionId);
    if (m_phase == Phase::TaggedVpcs) {
        call.with(QStringLiteral("Tag.1.Key"), NetworkComparison::CreatedByKey);
        call.with(QStringLiteral("Tag.1.Value"), NetworkComparison::CreatedByValue);
    }
    if (m_phase == Phase::VSwitches)
        call.with(QStringLiteral("VpcId"), m_vpc->id);
    call.with(QStringLiteral("PageNumber"), QString::number(page));
    call.with(QStringLiteral("PageSize"), QString::number(PageSize));
    m_call = new RegionalCall(
        m_client, m_endpoints, CloudProduct::Vpc, m_target.regionId, std::move(call), this);
    connect(m_call, &RegionalCall::finished, this, &NetworkCheck::onPage);
    m_call->start();
}

void NetworkCheck::onPage()
{
    RegionalCall *call = m_call;
    m_call = nullptr;
    call->deleteLater();
    const Result<QJsonObject> answer = call->result();
    if (!answer)
        return fail(call->failure() ? *call->failure() : call->unexpectedShape(answer.error()));
    qint64 total = 0;
    qsizetype read = 0;
    qsizetype have = 0;
    if (m_phase == Phase::VSwitches) {
        const Result<VpcPage<BuiltVSwitch>> page = VpcFacts::vSwitches(answer.value());
        if (!page)
            return fail(call->unexpectedShape(page.error()));
        m_requestIds.append(page.value().requestId);
        m_vSwitches += page.value().items;
        total = page.value().totalCount;
        read = page.value().items.size();
        have = m_vSwitches.size();
    } else {
        const Result<VpcPage<BuiltVpc>> page = VpcFacts::vpcs(answer.value());
        if (!page)
            return fail(call->unexpectedShape(page.error()));
        m_requestIds.append(page.value().requestId);
        m_vpcs += page.value().items;
        total = page.value().totalCount;
        read = page.value().items.size();
        have = m_vpcs.size();
    }
    // An empty page ends the list whatever TotalCount says (a list that
    // shrank while it was read).
    if (have < total && read > 0) {
        if (m_page >= MaxPages)
            return fail(call->unexpectedShape(
                Error {{}, QStringLiteral("more than %1 pages").arg(MaxPages)}));
        return request(m_page + 1);
    }
    if (m_phase != Phase::VSwitches)
        return afterVpcs();
    NetworkEvidence evidence;
    evidence.vpcId = m_vpc->id;
    evidence.vpcName = m_vpc->name;
    evidence.foundBy = m_foundBy;
    evidence.differences = NetworkComparison::compare(m_target, *m_vpc, m_vSwitches);
    evidence.outcome = evidence.differences.isEmpty() ? NetworkEvidence::Outcome::Match
                                                      : NetworkEvidence::Outcome::Differences;
    finishWith(evidence);
}

void NetworkCheck::afterVpcs()
{
    const NetworkComparison::Chosen chosen = m_phase == Phase::TaggedVpcs
        ? NetworkComparison::byTag(m_target, m_vpcs)
        : NetworkComparison::byNameAndCidr(m_target, m_vpcs);
    m_vpcs.clear();
    if (chosen.choice == NetworkComparison::Choice::Ambiguous) {
        NetworkEvidence evidence;
        evidence.outcome = NetworkEvidence::Outcome::Unchecked;
        evidence.errorCode = QStringLiteral("ambiguous");
        return finishWith(evidence);
    }
    if (chosen.choice == NetworkComparison::Choice::Found) {
        m_vpc = chosen.vpc;
        m_foundBy = m_phase == Phase::TaggedVpcs ? NetworkEvidence::FoundBy::Tag
                                                 : NetworkEvidence::FoundBy::NameAndCidr;
        m_phase = Phase::VSwitches;
        return request(1);
    }
    if (m_phase == Phase::TaggedVpcs) {
        m_phase = Phase::AllVpcs;
        return request(1);
    }
    NetworkEvidence evidence;
    evidence.outcome = NetworkEvidence::Outcome::Differences;
    evidence.differences.append(
        {NetworkDifference::Kind::VpcMissing, {}, {}, m_target.vpcCidr, {}, {}});
    finishWith(evidence);
}

void NetworkCheck::fail(const CloudFailure &failure)
{
    m_failure = failure;
    // Nothing was asked of the account: no evidence to keep.
    if (failure.kind == CloudFailure::Kind::Cancelled
        || failure.kind == CloudFailure::Kind::MissingKey) {
        m_finished = true;
        emit finished();
        return;
    }
    if (!failure.requestId.isEmpty())
        m_requestIds.append(failure.requestId);
    NetworkEvidence evidence;
    evidence.outcome = NetworkEvidence::Outcome::Unchecked;
    evidence.errorCode = CloudErrorText::recordCode(failure);
    if (isPermissionRefusal(failure))
        evidence.policy = NetworkEvidence::readOnlyPolicy();
    finishWith(evidence);
}

void NetworkCheck::finishWith(NetworkEvidence evidence)
{
    evidence.at = m_clock.now();
    evidence.regionId = m_target.regionId;
    evidence.requestIds = m_requestIds;
    m_evidence = std::move(evidence);
    m_finished = true;
    emit finished();
}
