#include "FakeCloudAccount.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QJsonArray items(int count, int page, int pageSize)
{
    QJsonArray list;
    const int first = (page - 1) * pageSize;
    for (int i = first; i < qMin(count, first + pageSize); ++i)
        list.append(QJsonObject {{"InstanceId", QString("i-%1").arg(i)}});
    return list;
}

} // namespace

FakeResponse FakeCloudAccount::respond(const FakeRequest &request) const
{
    const QString region = request.parameter("RegionId");
    const QString key = region + '/' + request.action();
    if (faults.contains(key))
        return faults.value(key);
    const QString host = QString::fromLatin1(request.headers.value("host"));
    if (unsupportedEndpoints.contains(host + '/' + region))
        return FakeResponse::error("InvalidOperation.NotSupportedEndpoint", 400,
            "The specified endpoint can't operate this region. Please use API DescribeRegions to "
            "get the appropriate endpoint, or upgrade your SDK to latest version.");
    const int page = qMax(1, request.parameter("PageNumber").toInt());
    const int pageSize = qMax(1, request.parameter("PageSize").toInt());
    if (request.action() == "DescribeRegions") {
        QJsonArray regions;
        for (const QString &id : this->regions)
            regions.append(QJsonObject {{"RegionId", id}, {"LocalName", "name of " + id},
                {"RegionEndpoint", "ecs." + id + ".aliyuncs.com"}, {"Status", "available"}});
        return FakeResponse::json(
            {{"RequestId", "R-regions"}, {"Regions", QJsonObject {{"Region", regions}}}});
    }
    if (request.action() == "DescribeInstances") {
        const int count = ecs.value(region);
        QJsonObject answer {{"RequestId", "R-ecs"}, {"PageNumber", page},
            {"Instances", QJsonObject {{"Instance", items(count, page, pageSize)}}}};
        if (!omitTotals)
            answer.insert("TotalCount", count);
        return FakeResponse::json(answer);
    }
    if (request.action() == "DescribeDBInstances") {
        const int count = rds.value(region);
        QJsonObject answer {{"RequestId", "R-rds"},
            {"Items", QJsonObject {{"DBInstance", items(count, page, pageSize)}}}};
        if (!omitTotals)
            answer.insert("TotalRecordCount", count);
        return FakeResponse::json(answer);
    }
    if (request.action() == "DescribeZones") {
        QJsonArray zones;
        for (const QString &id : this->zones.value(region))
            zones.append(QJsonObject {{"ZoneId", id}, {"LocalName", "zone " + id.right(1)}});
        return FakeResponse::json(
            {{"RequestId", "R-zones"}, {"Zones", QJsonObject {{"Zone", zones}}}});
    }
    return FakeResponse::error("InvalidAction.NotFound", 404);
}
