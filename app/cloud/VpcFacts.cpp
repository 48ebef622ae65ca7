#include "VpcFacts.h"

#include "ResponseShape.h"

namespace {

Result<QHash<QString, QString>> tags(const QJsonObject &entry)
{
    QHash<QString, QString> read;
    if (!ResponseShape::has(entry, "Tags"))
        return read;
    const Result<QList<QJsonObject>> list = ResponseShape::objects(entry, "Tags", "Tag");
    if (!list)
        return list.error();
    for (const QJsonObject &tag : list.value()) {
        const Result<QString> key = ResponseShape::string(tag, "Key", true);
        const Result<QString> value = ResponseShape::string(tag, "Value", false);
        if (!key)
            return key.error();
        if (!value)
            return value.error();
        read.insert(key.value(), value.value());
    }
    return read;
}

template<typename Item>
Result<VpcPage<Item>> pageFacts(const QJsonObject &response)
{
    const Result<qint64> total = ResponseShape::count(response, "TotalCount");
    if (!total)
        return total.error();
    const Result<QString> requestId = ResponseShape::string(response, "RequestId", false);
    if (!requestId)
        return requestId.error();
    VpcPage<Item> page;
    page.totalCount = total.value();
    page.requestId = requestId.value();
    return page;
}

} // namespace

Result<VpcPage<BuiltVpc>> VpcFacts::vpcs(const QJsonObject &response)
{
    Result<VpcPage<BuiltVpc>> page = pageFacts<BuiltVpc>(response);
    if (!page)
        return page;
    const Result<QList<QJsonObject>> entries = ResponseShape::objects(response, "Vpcs", "Vpc");
    if (!entries)
        return entries.error();
    for (const QJsonObject &entry : entries.value()) {
        const Result<QString> id = ResponseShape::string(entry, "VpcId", true);
        const Result<QString> name = ResponseShape::string(entry, "VpcName", false);
        const Result<QString> cidr = ResponseShape::string(entry, "CidrBlock", true);
        const Result<QHash<QString, QString>> read = tags(entry);
        for (const Error *error :
            {id.ok() ? nullptr : &id.error(), name.ok() ? nullptr : &name.error(),
                cidr.ok() ? nullptr : &cidr.error(), read.ok() ? nullptr : &read.error()}) {
            if (error)
                return *error;
        }
        page.value().items.append({id.value(), name.value(), cidr.value(), read.value()});
    }
    return page;
}

Result<VpcPage<BuiltVSwitch>> VpcFacts::vSwitches(const QJsonObject &response)
{
    Result<VpcPage<BuiltVSwitch>> page = pageFacts<BuiltVSwitch>(response);
    if (!page)
        return page;
    const Result<QList<QJsonObject>> entries
        = ResponseShape::objects(response, "VSwitches", "VSwitch");
    if (!entries)
        return entries.error();
    for (const QJsonObject &entry : entries.value()) {
        const Result<QString> id = ResponseShape::string(entry, "VSwitchId", true);
        const Result<QString> name = ResponseShape::string(entry, "VSwitchName", false);
        const Result<QString> zone = ResponseShape::string(entry, "ZoneId", true);
        const Result<QString> cidr = ResponseShape::string(entry, "CidrBlock", true);
        for (const Error *error :
            {id.ok() ? nullptr : &id.error(), name.ok() ? nullptr : &name.error(),
                zone.ok() ? nullptr : &zone.error(), cidr.ok() ? nullptr : &cidr.error()}) {
            if (error)
                return *error;
        }
        page.value().items.append({id.value(), name.value(), zone.value(), cidr.value()});
    }
    return page;
}
