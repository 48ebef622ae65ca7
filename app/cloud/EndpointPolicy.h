// Which base URL an OpenAPI call goes to, in the order of the official SDKs:
// an override (the --api-endpoint option or FINCLOUD_API_ENDPOINT) sends every
// call to one base URL (private gateways, proxies, tests); then a
// RegionEndpoint the caller passes (what DescribeRegions reported, ECS only);
// then the product's entry for the region in EndpointTable
// (resources/data/endpoints.json); then the product's rule (regional
// <prefix>.<region>.aliyuncs.com, or central; a finance region the table does
// not name goes to the central endpoint).
// Must never allow plain http, except for an override that points at this
// machine's loopback address (the test server).
#pragma once

#include <QProcessEnvironment>

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// The products whose endpoints EndpointTable knows.
enum class CloudProduct { Ecs, Rds, Bss, Sts, Vpc, Ros };

class EndpointPolicy
{
    Q_DECLARE_TR_FUNCTIONS(EndpointPolicy)
public:
    static constexpr const char *OverrideVariable = "FINCLOUD_API_ENDPOINT";

    EndpointPolicy() = default; // the real endpoints
    // An https URL, or http to 127.0.0.1, ::1 or localhost; no query, no fragment.
    static Result<EndpointPolicy> withOverride(const QUrl &base);
    // The override from the command line (`option`), else from OverrideVariable,
    // else the real endpoints.
    static Result<EndpointPolicy> chosen(
        const QString &option, const QProcessEnvironment &environment);

    static bool isFinanceRegion(const QString &regionId);
    static bool isLoopback(const QUrl &url);

    bool hasOverride() const { return m_override.isValid(); }
    QUrl overrideUrl() const { return m_override; }

    // For calls that name no region (DescribeRegions).
    QUrl centralEndpoint(CloudProduct product) const;
    // regionEndpoint: the host the product's own DescribeRegions reported for
    // this region (ECS and VPC only; ignored unless it is an aliyuncs.com host).
    QUrl endpoint(
        CloudProduct product, const QString &regionId, const QString &regionEndpoint = {}) const;

private:
    explicit EndpointPolicy(QUrl base) : m_override(std::move(base)) { }
    static QUrl httpsHost(const QString &host);

    QUrl m_override;
};
