// The live zone list of each Finance Cloud region: DescribeZones per region,
// all at once (there are only a few). Each region answers or fails on its own;
// an endpoint that does not serve the region is retried once on the region's
// RegionEndpoint (RegionalCall).
// Must never fill a failed region with the guide's zones: the guide's table
// and the live list are separate sources, shown side by side.
#pragma once

#include "CloudErrorText.h"
#include "EndpointPolicy.h"
#include "ZoneList.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class OpenApiClient;
class RegionalCall;

struct RegionZones
{
    QString regionId;
    std::optional<QList<CloudZone>> zones; // empty: see failure
    std::optional<CloudFailure> failure; // facts, worded when shown (CloudErrorText)
};

class LiveZoneQuery : public QObject
{
    Q_OBJECT
public:
    LiveZoneQuery(OpenApiClient &client, EndpointPolicy endpoints, QObject *parent = nullptr);

    void start(const QStringList &regionIds);
    void cancel();
    bool isFinished() const { return m_finished; }
    // In the order of start()'s list.
    const QList<RegionZones> &regions() const { return m_regions; }
    bool complete() const;

signals:
    void finished();

private:
    void onZones(RegionalCall *call, int index);

    OpenApiClient &m_client;
    const EndpointPolicy m_endpoints;
    QList<RegionZones> m_regions;
    QList<QPointer<RegionalCall>> m_running;
    bool m_finished = false;
};
