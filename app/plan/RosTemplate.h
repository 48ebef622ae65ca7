// A NetworkPlan as a Resource Orchestration Service template (format version
// 2015-09-01): one ALIYUN::ECS::VPC, one ALIYUN::ECS::VSwitch per planned
// vSwitch, tags naming the program and the profile, Outputs with the IDs.
// JSON rather than YAML: ROS reads both, and Qt writes JSON with every
// string escaped and the keys in a fixed (sorted) order, so the same plan
// gives the same bytes and no company name can break the syntax; YAML would
// need a writer of our own and its quoting rules. The region is not part of
// a template (it is chosen when the stack is created): the Description
// names it, and the zone IDs tie the template to it. It must never hold a
// secret nor anything that changes between runs (a date, the language).
#pragma once

#include <QByteArray>
#include <QString>

class NetworkPlan;

class RosTemplate
{
public:
    static constexpr const char *FormatVersion = "2015-09-01";
    // The start of the Description of every template it writes (PlanFile
    // knows its own files by it).
    static const QString DescriptionStart;

    static QByteArray json(const NetworkPlan &plan);
    // The logical ID of vSwitch `number` (1-based) and of the VPC.
    static QString vSwitchId(int number);
    static QString vpcId();
};
