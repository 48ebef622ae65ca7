// The guide's zone/network table, read from resources/data/regions.json (the
// one copy of it). Live data from the API is a separate source and is never
// merged into this one.
#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

struct RegionInfo
{
    QString id; // e.g. cn-hangzhou-finance
    QString consoleName; // the console's label, shown as is in every language
    QString englishName;
    int zoneCount = 0;
    bool classic = false;
    bool vpc = false;
};

class RegionCatalogue
{
public:
    // The catalogue built into the program (loaded once).
    static const RegionCatalogue &guide();
    static Result<RegionCatalogue> fromJson(const QByteArray &json);

    QString source() const { return m_source; }
    QString version() const { return m_version; }
    const QList<RegionInfo> &regions() const { return m_regions; }
    const RegionInfo *find(const QString &id) const;
    bool allowsNetwork(const QString &regionId, const QString &network) const;

private:
    QString m_source;
    QString m_version;
    QList<RegionInfo> m_regions;
};
