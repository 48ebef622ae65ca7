#include "LiveZoneQuery.h"

#include "RegionalCall.h"

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
        OpenApiRequest request = OpenApiRequest::ecs(QUrl(), QStringLiteral("DescribeZones"));
        request.with(QStringLiteral("RegionId"), regionId)
            .with(QStringLiteral("AcceptLanguage"), OpenApiRequest::acceptLanguage(QLocale()));
        auto *call
            = new RegionalCall(m_client, m_endpoints, CloudProduct::Ecs, regionId, request, this);
        m_running.append(call);
        connect(call, &RegionalCall::finished, this, [this, call, index] { onZones(call, index); });
        call->start();
    }
    if (m_running.isEmpty()) {
        m_finished = true;
        QMetaObject::invokeMethod(this, &LiveZoneQuery::finished, Qt::QueuedConnection);
    }
}

void LiveZoneQuery::cancel()
{
    const QList<QPointer<RegionalCall>> running = m_running;
    for (const QPointer<RegionalCall> &call : running) {
        if (call)
            call->cancel();
    }
}

bool LiveZoneQuery::complete() const
{
    return std::all_of(m_regions.cbegin(), m_regions.cend(),
        [](const RegionZones &region) { return region.zones.has_value(); });
}

void LiveZoneQuery::onZones(RegionalCall *call, int index)
{
    m_running.removeAll(call);
    call->deleteLater();
    const Result<QJsonObject> answer = call->result();
    const Result<QList<CloudZone>> zones
        = answer ? ZoneList::parse(answer.value()) : Result<QList<CloudZone>>(answer.error());
    if (zones)
        m_regions[index].zones = zones.value();
    else
        m_regions[index].failure
            = call->failure() ? *call->failure() : call->unexpectedShape(zones.error());
    if (m_running.isEmpty() && !m_finished) {
        m_finished = true;
        emit finished();
    }
}
