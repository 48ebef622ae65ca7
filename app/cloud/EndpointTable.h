// The endpoint table of the products the wizard calls, per finance region:
// read from resources/data/endpoints.json (the one copy, with its source and
// the date it was checked). EndpointPolicy asks it; nothing else hard-codes a
// finance host.
// Must never guess: a region the table does not name has no entry, and the
// caller falls back to the product's rule.
#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>

enum class CloudProduct; // EndpointPolicy.h

struct EndpointEntry
{
    QString host; // what the wizard calls, e.g. ecs-cn-hangzhou.aliyuncs.com
    QString sdkMap; // the SDK map's host when it differs from `host` (see `why`)
    QString why; // why the entry is as it is, when it is not plain
};

struct ProductEndpoints
{
    QString key; // ecs, vpc, rds, bss, sts, ros
    QString version; // the API version, e.g. 2014-05-26
    bool regional = true; // the rule: <prefix>.<region>.aliyuncs.com, else <prefix>.aliyuncs.com
    QString prefix; // e.g. ecs, business
    QHash<QString, EndpointEntry> regions;
};

class EndpointTable
{
public:
    // The table built into the program (loaded once).
    static const EndpointTable &builtIn();
    static Result<EndpointTable> fromJson(const QByteArray &json);

    static QString key(CloudProduct product);
    static QList<CloudProduct> products();

    QString source() const { return m_source; }
    QString checked() const { return m_checked; }
    // Null for a product the table does not describe.
    const ProductEndpoints *product(CloudProduct product) const;
    // The map entry for the region; null when there is none.
    const EndpointEntry *entry(CloudProduct product, const QString &regionId) const;

private:
    QString m_source;
    QString m_checked;
    QHash<QString, ProductEndpoints> m_products;
};
