#include "EndpointTable.h"

#include "EndpointPolicy.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

bool isHostName(const QString &host)
{
    static const QRegularExpression Pattern(
        QStringLiteral("^[a-z0-9]+([.-][a-z0-9]+)*\\.aliyuncs\\.com$"));
    return Pattern.match(host).hasMatch();
}

Result<EndpointEntry> readEntry(const QJsonValue &value, const QString &where)
{
    EndpointEntry entry;
    if (value.isString()) {
        entry.host = value.toString();
    } else {
        const QJsonObject object = value.toObject();
        entry.host = object.value(QLatin1String("host")).toString();
        entry.sdkMap = object.value(QLatin1String("sdkMap")).toString();
        entry.why = object.value(QLatin1String("why")).toString();
    }
    if (!isHostName(entry.host))
        return Error {QString(), QStringLiteral("%1: not an aliyuncs.com host").arg(where)};
    return entry;
}

} // namespace

const EndpointTable &EndpointTable::builtIn()
{
    static const EndpointTable table = [] {
        QFile file(QStringLiteral(":/fincloud/data/endpoints.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in endpoint table is missing from the resources");
        Result<EndpointTable> parsed = fromJson(file.readAll());
        if (!parsed)
            qFatal(
                "The built-in endpoint table is invalid: %s", qPrintable(parsed.error().details));
        return std::move(parsed).value();
    }();
    return table;
}

QString EndpointTable::key(CloudProduct product)
{
    switch (product) {
    case CloudProduct::Ecs:
        return QStringLiteral("ecs");
    case CloudProduct::Rds:
        return QStringLiteral("rds");
    case CloudProduct::Vpc:
        return QStringLiteral("vpc");
    case CloudProduct::Bss:
        return QStringLiteral("bss");
    case CloudProduct::Sts:
        return QStringLiteral("sts");
    case CloudProduct::Ros:
        return QStringLiteral("ros");
    }
    return {};
}

QList<CloudProduct> EndpointTable::products()
{
    return {CloudProduct::Ecs, CloudProduct::Rds, CloudProduct::Vpc, CloudProduct::Bss,
        CloudProduct::Sts, CloudProduct::Ros};
}

Result<EndpointTable> EndpointTable::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error {QString(), parseError.errorString()};
    const QJsonObject root = document.object();
    EndpointTable table;
    table.m_source = root.value(QLatin1String("source")).toString();
    table.m_checked = root.value(QLatin1String("checked")).toString();
    if (table.m_source.isEmpty() || table.m_checked.isEmpty())
        return Error {QString(), QStringLiteral("the table names no source or date")};
    const QJsonObject products = root.value(QLatin1String("products")).toObject();
    // Every product the program calls must be described: a missing one would
    // silently fall back to a rule the table was meant to replace.
    for (const CloudProduct product : EndpointTable::products()) {
        const QString name = key(product);
        const QJsonObject object = products.value(name).toObject();
        ProductEndpoints endpoints;
        endpoints.key = name;
        endpoints.version = object.value(QLatin1String("version")).toString();
        endpoints.prefix = object.value(QLatin1String("prefix")).toString();
        const QString rule = object.value(QLatin1String("rule")).toString();
        if (endpoints.version.isEmpty() || endpoints.prefix.isEmpty()
            || (rule != QLatin1String("regional") && rule != QLatin1String("central")))
            return Error {QString(), QStringLiteral("incomplete product %1").arg(name)};
        endpoints.regional = rule == QLatin1String("regional");
        const QJsonObject regions = object.value(QLatin1String("regions")).toObject();
        for (auto it = regions.constBegin(); it != regions.constEnd(); ++it) {
            Result<EndpointEntry> entry = readEntry(it.value(), name + QLatin1Char('/') + it.key());
            if (!entry)
                return entry.error();
            endpoints.regions.insert(it.key(), entry.value());
        }
        table.m_products.insert(name, endpoints);
    }
    return table;
}

const ProductEndpoints *EndpointTable::product(CloudProduct product) const
{
    const auto found = m_products.constFind(key(product));
    return found == m_products.constEnd() ? nullptr : &found.value();
}

const EndpointEntry *EndpointTable::entry(CloudProduct product, const QString &regionId) const
{
    const ProductEndpoints *endpoints = this->product(product);
    if (!endpoints)
        return nullptr;
    const auto found = endpoints->regions.constFind(regionId);
    return found == endpoints->regions.constEnd() ? nullptr : &found.value();
}
