// The guide's zone count for each Finance Cloud region beside what
// DescribeZones reports today, and how they differ. The guide names only how
// many zones a region has, so the comparison is by count; the live zone ids
// are listed as they are.
// Must never fill a region that could not be read with the guide's data.
#pragma once

#include "LiveZoneQuery.h"

#include <QCoreApplication>

class RegionCatalogue;

struct ZoneDifference
{
    enum class Kind {
        Same, // as many zones as in the guide
        MoreLive, // the region has gained zones since the guide
        FewerLive, // fewer zones are offered to this account than the guide lists
        NotInGuide, // a region the guide does not know
        Unavailable, // the live list could not be read (see failure)
    };
    Kind kind = Kind::Unavailable;
    QString regionId;
    int guideCount = 0; // 0 when not in the guide
    QStringList liveZones; // zone ids, in the service's order
    std::optional<CloudFailure> failure;

    bool differs() const { return kind != Kind::Same; }
};

class ZoneComparison
{
    Q_DECLARE_TR_FUNCTIONS(ZoneComparison)
public:
    static QList<ZoneDifference> compare(
        const RegionCatalogue &guide, const QList<RegionZones> &live);
    // One short sentence: "2 more than the guide", "as in the guide",
    // "Could not be read: cannot reach … (connection refused)." …
    static QString describe(const ZoneDifference &difference);
    // The visible line when regions could not be read: "1 of 3 regions could
    // not be read: cannot reach … (connection refused). Check …" — the first
    // cause, and how many others there are. Empty when all were read.
    static QString problemsText(const QList<ZoneDifference> &differences);
};
