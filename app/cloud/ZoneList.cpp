#include "ZoneList.h"

#include "ResponseShape.h"

Result<QList<CloudZone>> ZoneList::parse(const QJsonObject &response)
{
    const Result<QList<QJsonObject>> items = ResponseShape::objects(response, "Zones", "Zone");
    if (!items)
        return items.error();
    QList<CloudZone> zones;
    for (const QJsonObject &item : items.value()) {
        const Result<QString> id = ResponseShape::string(item, "ZoneId", true);
        const Result<QString> name = ResponseShape::string(item, "LocalName", false);
        const Result<QString> type = ResponseShape::string(item, "ZoneType", false);
        for (const Result<QString> *field : {&id, &name, &type}) {
            if (!*field)
                return field->error();
        }
        zones.append({id.value(), name.value(), type.value()});
    }
    return zones;
}
