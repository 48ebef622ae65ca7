#include "ZoneComparison.h"

#include "onboarding/RegionCatalogue.h"

#include <QLocale>

#include <algorithm>

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
            difference.failure = region.failure;
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
        if (!difference.failure)
            return tr("Could not be read.", "@info zone comparison");
        return tr("Could not be read: %1.", "@info zone comparison, %1 the cause")
            .arg(CloudErrorText::cause(*difference.failure));
    }
    return {};
}

QString ZoneComparison::problemsText(const QList<ZoneDifference> &differences)
{
    int unreadable = 0;
    QList<CloudFailure> causes;
    for (const ZoneDifference &difference : differences) {
        if (difference.kind != ZoneDifference::Kind::Unavailable)
            continue;
        ++unreadable;
        if (!difference.failure)
            continue;
        const bool known
            = std::any_of(causes.cbegin(), causes.cend(), [&difference](const CloudFailure &cause) {
                  return CloudErrorText::sameCause(cause, *difference.failure);
              });
        if (!known)
            causes.append(*difference.failure);
    }
    if (unreadable == 0)
        return {};
    const QString count = QLocale().toString(unreadable);
    const int total = int(differences.size());
    if (causes.isEmpty())
        return tr("%1 of %n region(s) could not be read.", "@info %1 how many", total).arg(count);
    QString cause = CloudErrorText::cause(causes.constFirst());
    if (causes.size() > 1)
        cause = tr("%1, and %n other cause(s) (see the rows)", "@info %1 the first cause",
            int(causes.size()) - 1)
                    .arg(cause);
    const QString line = tr("%1 of %n region(s) could not be read: %2.",
        "@info %1 how many could not be read, %2 the cause", total)
                             .arg(count, cause);
    const QString advice = CloudErrorText::advice(causes.constFirst());
    return advice.isEmpty() ? line : tr("%1 %2", "@info two sentences in a row").arg(line, advice);
}
