// The check of the built network against the plan (issue 21, item 3):
// VPC 2016-04-28 DescribeVpcs, first with the tag filter
// CreatedBy=fincloud-onboard, then (no VPC of this profile tagged) every VPC
// of the region for one named as the profile with the plan's block; then
// DescribeVSwitches of that VPC. Every call goes where the endpoint table
// sends VPC calls for the plan's region (RegionalCall), one page of at most
// 50 at a time until TotalCount is reached. The outcome is one
// NetworkEvidence with every call's RequestId (NetworkComparison decides).
// Must never store anything or change a status (the caller records the
// evidence; the user confirms a match), never write to the account (read
// calls only), and never keep a cancelled or key-less run as evidence.
#pragma once

#include "CloudErrorText.h"
#include "EndpointPolicy.h"
#include "core/Result.h"
#include "onboarding/NetworkComparison.h"
#include "onboarding/NetworkEvidence.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

class Clock;
class OpenApiClient;
class RegionalCall;
struct ProfileData;

class NetworkCheck : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageSize = 50; // the API's largest page
    // Beyond this many pages the answers are not paging honestly.
    static constexpr int MaxPages = 200;

    NetworkCheck(OpenApiClient &client, EndpointPolicy endpoints, const Clock &clock,
        QObject *parent = nullptr);
    ~NetworkCheck() override;

    // What the profile's plan expects; an Error (in words) when it has no
    // VPC plan to check against: no region, not a VPC, no block.
    static Result<NetworkTarget> targetOf(const ProfileData &data);

    void start(const NetworkTarget &target);
    void cancel();
    bool isFinished() const { return m_finished; }
    // None when nothing was asked of the account (cancelled, no key).
    const std::optional<NetworkEvidence> &evidence() const { return m_evidence; }
    // The failure behind an Unchecked outcome, for words and details.
    const std::optional<CloudFailure> &failure() const { return m_failure; }
    static bool isPermissionRefusal(const CloudFailure &failure);

signals:
    void finished();

private:
    enum class Phase { TaggedVpcs, AllVpcs, VSwitches };

    void request(int page);
    void onPage();
    void afterVpcs();
    void finishWith(NetworkEvidence evidence);
    void fail(const CloudFailure &failure);

    OpenApiClient &m_client;
    const EndpointPolicy m_endpoints;
    const Clock &m_clock;
    NetworkTarget m_target;
    Phase m_phase = Phase::TaggedVpcs;
    int m_page = 1;
    QList<BuiltVpc> m_vpcs;
    QList<BuiltVSwitch> m_vSwitches;
    std::optional<BuiltVpc> m_vpc;
    NetworkEvidence::FoundBy m_foundBy = NetworkEvidence::FoundBy::None;
    QStringList m_requestIds;
    QPointer<RegionalCall> m_call;
    bool m_finished = false;
    std::optional<NetworkEvidence> m_evidence;
    std::optional<CloudFailure> m_failure;
};
