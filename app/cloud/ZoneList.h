// The availability zones DescribeZones (ECS 2014-05-26) reports for one
// region: the live list, per account. Must never be merged into the guide's
// catalogue; the two are shown side by side.
#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

struct CloudZone
{
    QString id; // e.g. cn-shanghai-finance-1f
    QString localName;
    QString zoneType; // e.g. AvailabilityZone; may be empty
};

class ZoneList
{
public:
    static Result<QList<CloudZone>> parse(const QJsonObject &response);
};
