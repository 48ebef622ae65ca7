// One vSwitch of the VPC address plan as the profile stores it (field
// FieldKey::VSwitches: a compact JSON array of {"zone", "cidr"}), and the one
// place that reads and writes that JSON. It never judges the addresses
// (VpcPlan does).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct PlannedVSwitch
{
    QString zone;
    QString cidr;

    friend bool operator==(const PlannedVSwitch &, const PlannedVSwitch &) = default;

    // Text that is not such JSON reads as no vSwitches.
    static QList<PlannedVSwitch> listFromJson(const QString &json);
    static QString listToJson(const QList<PlannedVSwitch> &vSwitches);
    // Each vSwitch's block, in order: what VpcPlan::check() judges.
    static QStringList cidrs(const QList<PlannedVSwitch> &vSwitches);
};
