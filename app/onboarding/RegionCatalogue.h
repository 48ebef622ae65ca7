// The guide's zone/network table, read from resources/data/regions.json (the
// one copy of it, with each region's name in both languages). Live data from
// the API is a separate source and is never merged into this one. It never
// translates a name itself: both come from the data file.
#pragma once

#include "core/Result.h"

#include <QList>
#include <QLocale>
#include <QString>

struct RegionInfo
{
    QString id; // e.g. cn-hangzhou-finance
    QString consoleName; // the Chinese console's label, e.g. 华东1金融云（杭州）
    QString englishName; // e.g. East China 1 Finance (Hangzhou)
    int zoneCount = 0;
    bool classic = false;
    bool vpc = false;

    // The name to show in the language of `locale` (by default the UI's,
    // which LanguageSwitcher sets): the console's own name in Chinese, the
    // English name in every other language.
    QString name(const QLocale &locale = QLocale()) const;
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
