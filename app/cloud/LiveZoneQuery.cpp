#include "LiveZoneQuery.h"

#include "OpenApiClient.h"
#include "OpenApiReply.h"

LiveZoneQuery::LiveZoneQuery(OpenApiClient &client, EndpointPolicy endpoints, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_endpoints(std::move(endpoints))
{ }

void LiveZoneQuery::start(const QStringList &regionIds)
{
    for (const QString &regionId : regionIds) {
        const int index = int(m_regions.size());
        m_regions.append({regionId, std::nullopt, std::nullopt});
        OpenApiRequest request = OpenApiRequest::ecs(
            m_endpoints.endpoint(CloudProduct::Ecs, regionId), QStringLiteral("DescribeZones"));
        request.with(QStringLiteral("RegionId"), regionId);
        OpenApiReply *reply = m_client.send(request);
        m_running.append(reply);
        connect(
            reply, &OpenApiReply::finished, this, [this, reply, index] { onZones(reply, index); });
    }
    if (m_running.isEmpty()) {
        m_finished = true;
        QMetaObject::invokeMethod(this, &LiveZoneQuery::finished, Qt::QueuedConnection);
    }
}

void LiveZoneQuery::cancel()
{
    const QList<QPointer<OpenApiReply>> running = m_running;
    for (const QPointer<OpenApiReply> &reply : running) {
        if (reply)
            reply->cancel();
    }
}

bool LiveZoneQuery::complete() const
{
    return std::all_of(m_regions.cbegin(), m_regions.cend(),
        [](const RegionZones &region) { return region.zones.has_value(); });
}

void LiveZoneQuery::onZones(OpenApiReply *reply, int index)
{
    m_running.removeAll(reply);
    reply->deleteLater();
    const Result<QJsonObject> answer = reply->result();
    const Result<QList<CloudZone>> zones
        = answer ? ZoneList::parse(answer.value()) : Result<QList<CloudZone>>(answer.error());
    if (zones)
        m_regions[index].zones = zones.value();
    else
        m_regions[index].failure
            = reply->failure() ? *reply->failure() : reply->unexpectedShape(zones.error());
    if (m_running.isEmpty() && !m_finished) {
        m_finished = true;
        emit finished();
    }
}
