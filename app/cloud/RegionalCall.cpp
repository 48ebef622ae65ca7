#include "RegionalCall.h"

#include "OpenApiClient.h"
#include "OpenApiReply.h"
#include "RegionList.h"

RegionalCall::RegionalCall(OpenApiClient &client, EndpointPolicy endpoints, CloudProduct product,
    QString regionId, OpenApiRequest request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_endpoints(std::move(endpoints))
    , m_product(product)
    , m_regionId(std::move(regionId))
    , m_request(std::move(request))
{ }

RegionalCall::~RegionalCall()
{
    if (m_reply)
        m_reply->deleteLater();
}

void RegionalCall::start()
{
    send(m_endpoints.endpoint(m_product, m_regionId));
}

void RegionalCall::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->cancel(); // finishes through the reply's finished()
}

Result<QJsonObject> RegionalCall::result() const
{
    if (m_result)
        return *m_result;
    return Error {tr("The request has not finished yet.", "@info"), QString()};
}

CloudFailure RegionalCall::unexpectedShape(const Error &parseError) const
{
    CloudFailure failure = m_shapeBase.value_or(CloudFailure {});
    failure.kind = CloudFailure::Kind::Malformed;
    failure.technical = parseError.details;
    return failure;
}

void RegionalCall::send(const QUrl &endpoint)
{
    m_tried.append(endpoint);
    m_request.endpoint = endpoint;
    m_reply = m_client.send(m_request);
    connect(m_reply, &OpenApiReply::finished, this, &RegionalCall::onCallFinished);
}

void RegionalCall::onCallFinished()
{
    OpenApiReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const std::optional<CloudFailure> &failure = reply->failure();
    const bool wrongEndpoint = failure && failure->code == QLatin1String(NotSupportedEndpoint);
    const bool ownRegionList = m_product == CloudProduct::Ecs || m_product == CloudProduct::Vpc;
    if (!wrongEndpoint || m_cancelled || !ownRegionList || m_tried.size() > 1)
        return finishWith(*reply);
    m_firstFailure = *failure;
    // Each product's own DescribeRegions reports its own RegionEndpoint.
    const QUrl central = m_endpoints.centralEndpoint(m_product);
    const QString regions = QStringLiteral("DescribeRegions");
    m_reply = m_client.send(m_product == CloudProduct::Ecs ? OpenApiRequest::ecs(central, regions)
                                                           : OpenApiRequest::vpc(central, regions));
    connect(m_reply, &OpenApiReply::finished, this, &RegionalCall::onRegionsFinished);
}

void RegionalCall::onRegionsFinished()
{
    OpenApiReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const Result<QJsonObject> answer = reply->result();
    const Result<QList<CloudRegion>> regions
        = answer ? RegionList::parse(answer.value()) : Result<QList<CloudRegion>>(answer.error());
    // Without a usable RegionEndpoint the first answer is the one that counts:
    // it names the real problem (the endpoint), DescribeRegions' failure would not.
    if (m_cancelled && reply->failure())
        return finishWithFailure(*reply->failure());
    if (!regions)
        return finishWithFailure(*m_firstFailure);
    for (const CloudRegion &region : regions.value()) {
        if (region.id != m_regionId)
            continue;
        const QUrl fallback = m_endpoints.endpoint(m_product, m_regionId, region.endpoint);
        if (region.endpoint.isEmpty() || fallback == m_tried.constFirst())
            break;
        return send(fallback);
    }
    finishWithFailure(*m_firstFailure);
}

void RegionalCall::finishWith(const OpenApiReply &reply)
{
    m_result = reply.result();
    m_failure = reply.failure();
    if (m_failure) {
        emit finished();
        return;
    }
    m_shapeBase = reply.unexpectedShape(Error {});
    emit finished();
}

void RegionalCall::finishWithFailure(CloudFailure failure)
{
    m_result = Result<QJsonObject>(CloudErrorText::toError(failure));
    m_failure = std::move(failure);
    emit finished();
}
