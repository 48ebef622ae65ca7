// A NetworkPlan as Terraform for the aliyun/alicloud provider: the provider
// pinned and set to the plan's region, one alicloud_vpc, one alicloud_vswitch
// per planned vSwitch, tags naming the program and the profile, outputs with
// the IDs. The text is the same, byte for byte, for the same plan (no date,
// no language, no path in it). It must never hold a secret (no keys, no
// credentials block: the provider takes them from its own chain), and never
// put profile text anywhere but inside a quoted HCL string.
#pragma once

#include <QByteArray>
#include <QString>

class NetworkPlan;

class TerraformPlan
{
public:
    // The first line of every file it writes (PlanFile knows its own files by it).
    static const QByteArray Header;
    // The provider constraint: see the .cpp for where the version comes from.
    static const QString ProviderVersion;

    static QByteArray text(const NetworkPlan &plan);
    // `text` as an HCL quoted string: quotes, backslashes and control
    // characters escaped, and "${" and "%{" doubled so that they stay text
    // instead of starting an interpolation or a directive.
    static QString quoted(const QString &text);
};
