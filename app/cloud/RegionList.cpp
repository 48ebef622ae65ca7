#include "RegionList.h"

#include "ResponseShape.h"

Result<QList<CloudRegion>> RegionList::parse(const QJsonObject &response)
{
    const Result<QList<QJsonObject>> items = ResponseShape::objects(response, "Regions", "Region");
    if (!items)
        return items.error();
    QList<CloudRegion> regions;
    for (const QJsonObject &item : items.value()) {
        const Result<QString> id = ResponseShape::string(item, "RegionId", true);
        const Result<QString> name = ResponseShape::string(item, "LocalName", false);
        const Result<QString> endpoint = ResponseShape::string(item, "RegionEndpoint", false);
        const Result<QString> status = ResponseShape::string(item, "Status", false);
        for (const Result<QString> *field : {&id, &name, &endpoint, &status}) {
            if (!*field)
                return field->error();
        }
        regions.append({id.value(), name.value(), endpoint.value(), status.value()});
    }
    return regions;
}
