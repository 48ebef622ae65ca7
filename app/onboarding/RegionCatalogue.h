// A zone/network table of the Finance Cloud regions, each from its own data
// file with its source and date: the guide's (resources/data/regions.json,
// 2020) and today's documentation (resources/data/regions-today.json). Each
// region's name in both languages comes from the file. The two are never
// merged into one, and live data from the API is a third, separate source.
// It never translates a name itself.
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
    // Offered only to accounts the provider invites (邀测).
    bool invitationalPreview = false;

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
    // Today's documented regions, zones and networks (built in, loaded once).
    static const RegionCatalogue &today();
    // The region in today's table, else in the guide's: for naming a region
    // a profile stores. Null for an id neither knows.
    static const RegionInfo *known(const QString &id);
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
