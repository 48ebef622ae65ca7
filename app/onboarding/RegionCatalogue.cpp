#include "RegionCatalogue.h"

#include "FieldKey.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString RegionInfo::name(const QLocale &locale) const
{
    return locale.language() == QLocale::Chinese ? consoleName : englishName;
}

namespace {

RegionCatalogue builtIn(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The built-in region catalogue %s is missing from the resources", qPrintable(path));
    Result<RegionCatalogue> parsed = RegionCatalogue::fromJson(file.readAll());
    if (!parsed)
        qFatal("The built-in region catalogue %s is invalid: %s", qPrintable(path),
            qPrintable(parsed.error().details));
    return std::move(parsed).value();
}

} // namespace

const RegionCatalogue &RegionCatalogue::guide()
{
    static const RegionCatalogue catalogue
        = builtIn(QStringLiteral(":/fincloud/data/regions.json"));
    return catalogue;
}

const RegionCatalogue &RegionCatalogue::today()
{
    static const RegionCatalogue catalogue
        = builtIn(QStringLiteral(":/fincloud/data/regions-today.json"));
    return catalogue;
}

const RegionInfo *RegionCatalogue::known(const QString &id)
{
    if (const RegionInfo *region = today().find(id))
        return region;
    return guide().find(id);
}

Result<RegionCatalogue> RegionCatalogue::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error {QString(), parseError.errorString()};
    const QJsonObject root = document.object();
    RegionCatalogue catalogue;
    catalogue.m_source = root.value(QLatin1String("source")).toString();
    catalogue.m_version = root.value(QLatin1String("version")).toString();
    for (const QJsonValue &value : root.value(QLatin1String("regions")).toArray()) {
        const QJsonObject object = value.toObject();
        RegionInfo region;
        region.id = object.value(QLatin1String("id")).toString();
        region.consoleName = object.value(QLatin1String("consoleName")).toString();
        region.englishName = object.value(QLatin1String("englishName")).toString();
        region.zoneCount = object.value(QLatin1String("zones")).toInt();
        const QJsonArray networks = object.value(QLatin1String("networks")).toArray();
        region.classic = networks.contains(FieldValue::NetworkClassic);
        region.vpc = networks.contains(FieldValue::NetworkVpc);
        const QString availability = object.value(QLatin1String("availability")).toString();
        if (!availability.isEmpty() && availability != QLatin1String("invitationalPreview"))
            return Error {QString(),
                QStringLiteral("unknown availability \"%1\" of %2").arg(availability, region.id)};
        region.invitationalPreview = !availability.isEmpty();
        // Both names: an English UI showing only the Chinese one is what the
        // English name is for.
        if (region.id.isEmpty() || region.consoleName.isEmpty() || region.englishName.isEmpty()
            || region.zoneCount <= 0 || !(region.classic || region.vpc))
            return Error {QString(), QStringLiteral("incomplete region entry %1").arg(region.id)};
        catalogue.m_regions.append(region);
    }
    if (catalogue.m_source.isEmpty() || catalogue.m_version.isEmpty())
        return Error {QString(), QStringLiteral("no source or version")};
    if (catalogue.m_regions.isEmpty())
        return Error {QString(), QStringLiteral("no regions")};
    return catalogue;
}

const RegionInfo *RegionCatalogue::find(const QString &id) const
{
    for (const RegionInfo &region : m_regions) {
        if (region.id == id)
            return &region;
    }
    return nullptr;
}

bool RegionCatalogue::allowsNetwork(const QString &regionId, const QString &network) const
{
    const RegionInfo *region = find(regionId);
    if (!region)
        return false;
    if (network == FieldValue::NetworkClassic)
        return region->classic;
    if (network == FieldValue::NetworkVpc)
        return region->vpc;
    return false;
}
