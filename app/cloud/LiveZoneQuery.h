// The live zone list of each Finance Cloud region: DescribeZones per region,
// all at once (there are only a few). Each region answers or fails on its own.
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
class OpenApiReply;

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
    void onZones(OpenApiReply *reply, int index);

    OpenApiClient &m_client;
    const EndpointPolicy m_endpoints;
    QList<RegionZones> m_regions;
    QList<QPointer<OpenApiReply>> m_running;
    bool m_finished = false;
};
