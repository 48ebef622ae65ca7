#include "ZoneComparison.h"

#include "onboarding/RegionCatalogue.h"

QList<ZoneDifference> ZoneComparison::compare(
    const RegionCatalogue &guide, const QList<RegionZones> &live)
{
    QList<ZoneDifference> result;
    for (const RegionZones &region : live) {
        ZoneDifference difference;
        difference.regionId = region.regionId;
        const RegionInfo *info = guide.find(region.regionId);
        difference.guideCount = info ? info->zoneCount : 0;
        if (!region.zones) {
            difference.kind = ZoneDifference::Kind::Unavailable;
            difference.error = region.error;
            result.append(difference);
            continue;
        }
        for (const CloudZone &zone : *region.zones)
            difference.liveZones.append(zone.id);
        const int liveCount = int(difference.liveZones.size());
        if (!info)
            difference.kind = ZoneDifference::Kind::NotInGuide;
        else if (liveCount > info->zoneCount)
            difference.kind = ZoneDifference::Kind::MoreLive;
        else if (liveCount < info->zoneCount)
            difference.kind = ZoneDifference::Kind::FewerLive;
        else
            difference.kind = ZoneDifference::Kind::Same;
        result.append(difference);
    }
    return result;
}

QString ZoneComparison::describe(const ZoneDifference &difference)
{
    const int liveCount = int(difference.liveZones.size());
    switch (difference.kind) {
    case ZoneDifference::Kind::Same:
        return tr("As many zones as in the guide.", "@info zone comparison");
    case ZoneDifference::Kind::MoreLive:
        return tr("%n zone(s) more than in the guide.", "@info zone comparison",
            liveCount - difference.guideCount);
    case ZoneDifference::Kind::FewerLive:
        return tr("%n zone(s) fewer than in the guide; the list depends on the account.",
            "@info zone comparison", difference.guideCount - liveCount);
    case ZoneDifference::Kind::NotInGuide:
        return tr("This region is not in the guide.", "@info zone comparison");
    case ZoneDifference::Kind::Unavailable:
        return difference.error ? difference.error->message
                                : tr("Could not be read.", "@info zone comparison");
    }
    return {};
}
