#include "InstanceCount.h"

#include "ResponseShape.h"

namespace {

Result<InstancePage> parsePage(
    const QJsonObject &response, const char *outer, const char *inner, const char *totalKey)
{
    const Result<QList<QJsonObject>> items = ResponseShape::objects(response, outer, inner);
    if (!items)
        return items.error();
    InstancePage page;
    page.itemsOnPage = items.value().size();
    if (ResponseShape::has(response, totalKey)) {
        const Result<qint64> total = ResponseShape::count(response, totalKey);
        if (!total)
            return total.error();
        if (total.value() < page.itemsOnPage)
            return ResponseShape::unexpected(
                QStringLiteral("%1 is smaller than the list").arg(QLatin1String(totalKey)));
        page.total = total.value();
    }
    return page;
}

} // namespace

Result<InstancePage> InstanceCount::parseEcs(const QJsonObject &response)
{
    return parsePage(response, "Instances", "Instance", "TotalCount");
}

Result<InstancePage> InstanceCount::parseRds(const QJsonObject &response)
{
    return parsePage(response, "Items", "DBInstance", "TotalRecordCount");
}
