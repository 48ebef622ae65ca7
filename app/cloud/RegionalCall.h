// One OpenAPI call to a product in one region, with the SDKs' fallback: when
// the endpoint EndpointPolicy chose answers InvalidOperation.NotSupportedEndpoint,
// it asks the product's own DescribeRegions (ECS 2014-05-26, VPC 2016-04-28)
// for the region's RegionEndpoint and tries once more there. Offers the same
// outcome as OpenApiReply (result, failure, finished() exactly once, from the
// event loop).
// Must never retry more than once, never retry a product without a region
// list of its own (RDS, BSS, STS, ROS: no host of another product is
// borrowed), and never send the call to a host outside aliyuncs.com
// (EndpointPolicy refuses those).
#pragma once

#include "CloudErrorText.h"
#include "EndpointPolicy.h"
#include "OpenApiRequest.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

class OpenApiClient;
class OpenApiReply;

class RegionalCall : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *NotSupportedEndpoint = "InvalidOperation.NotSupportedEndpoint";

    // `request`'s endpoint is replaced by the one the policy chooses.
    RegionalCall(OpenApiClient &client, EndpointPolicy endpoints, CloudProduct product,
        QString regionId, OpenApiRequest request, QObject *parent = nullptr);
    ~RegionalCall() override;

    void start();
    void cancel();

    bool isFinished() const { return m_result.has_value(); }
    Result<QJsonObject> result() const;
    const std::optional<CloudFailure> &failure() const { return m_failure; }
    CloudFailure unexpectedShape(const Error &parseError) const;
    // The endpoints tried, in order (one, or two after the fallback).
    const QList<QUrl> &endpointsTried() const { return m_tried; }

signals:
    void finished();

private:
    void send(const QUrl &endpoint);
    void onCallFinished();
    void onRegionsFinished();
    void finishWith(const OpenApiReply &reply);
    void finishWithFailure(CloudFailure failure);

    OpenApiClient &m_client;
    const EndpointPolicy m_endpoints;
    const CloudProduct m_product;
    const QString m_regionId;
    OpenApiRequest m_request;
    QPointer<OpenApiReply> m_reply;
    std::optional<CloudFailure> m_firstFailure; // kept while DescribeRegions runs
    QList<QUrl> m_tried;
    bool m_cancelled = false;
    std::optional<Result<QJsonObject>> m_result;
    std::optional<CloudFailure> m_failure;
    std::optional<CloudFailure> m_shapeBase; // a whole answer's facts, for unexpectedShape()
};
