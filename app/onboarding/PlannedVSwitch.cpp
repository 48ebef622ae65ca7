#include "PlannedVSwitch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString ZoneKey = QStringLiteral("zone");
const QString CidrKey = QStringLiteral("cidr");
} // namespace

QList<PlannedVSwitch> PlannedVSwitch::listFromJson(const QString &json)
{
    QList<PlannedVSwitch> vSwitches;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &entry : array) {
        const QJsonObject object = entry.toObject();
        vSwitches.append({object.value(ZoneKey).toString(), object.value(CidrKey).toString()});
    }
    return vSwitches;
}

QString PlannedVSwitch::listToJson(const QList<PlannedVSwitch> &vSwitches)
{
    QJsonArray array;
    for (const PlannedVSwitch &vSwitch : vSwitches)
        array.append(QJsonObject {{ZoneKey, vSwitch.zone}, {CidrKey, vSwitch.cidr}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QStringList PlannedVSwitch::cidrs(const QList<PlannedVSwitch> &vSwitches)
{
    QStringList blocks;
    blocks.reserve(vSwitches.size());
    for (const PlannedVSwitch &vSwitch : vSwitches)
        blocks.append(vSwitch.cidr);
    return blocks;
}
