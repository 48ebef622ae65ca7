// The regions DescribeRegions (ECS 2014-05-26) reports for this account.
// Must never invent regions or fill in missing ids: a malformed entry makes
// the whole answer an Error.
#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

struct CloudRegion
{
    QString id; // e.g. cn-hangzhou
    QString localName; // in the language the service chose
    QString endpoint; // RegionEndpoint, may be empty
    QString status; // e.g. available
};

class RegionList
{
public:
    static Result<QList<CloudRegion>> parse(const QJsonObject &response);
};
