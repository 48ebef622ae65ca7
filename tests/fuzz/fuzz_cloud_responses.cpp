// Fuzzes the readers of Alibaba Cloud's answers: DescribeRegions,
// DescribeZones, DescribeInstances and DescribeDBInstances bodies, as the
// client hands them over (any bytes that parse as a JSON object). A reader may
// refuse an answer, but must never crash, invent a region or zone without an
// id, or turn a malformed page into a count.
#include "FuzzInput.h"

#include "cloud/InstanceCount.h"
#include "cloud/RegionList.h"
#include "cloud/ZoneList.h"

#include <QJsonDocument>
#include <QJsonObject>

using FuzzInput::require;

namespace {

void checkPage(const Result<InstancePage> &page)
{
    if (!page) {
        require(!page.error().message.isEmpty());
        return;
    }
    require(page.value().itemsOnPage >= 0);
    require(!page.value().total || *page.value().total >= 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return 0;
    const QJsonObject response = document.object();

    const Result<QList<CloudRegion>> regions = RegionList::parse(response);
    if (regions) {
        for (const CloudRegion &region : regions.value())
            require(!region.id.isEmpty());
    } else {
        require(!regions.error().message.isEmpty());
    }
    const Result<QList<CloudZone>> zones = ZoneList::parse(response);
    if (zones) {
        for (const CloudZone &zone : zones.value())
            require(!zone.id.isEmpty());
    } else {
        require(!zones.error().message.isEmpty());
    }
    checkPage(InstanceCount::parseEcs(response));
    checkPage(InstanceCount::parseRds(response));
    return 0;
}
