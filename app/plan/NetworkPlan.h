// The network of step 5 as code can build it: region, VPC block and the
// vSwitches with their zones, read from a profile and judged by the rules the
// wizard uses (VpcPlan::check, the same verdicts the region page shows), plus
// what a plan for code needs beyond them (a region, a VPC rather than the
// classic network, a zone for every vSwitch). Also the resource names derived
// from the company. It must never write a file or format code itself
// (TerraformPlan, RosTemplate do), and never query the account.
#pragma once

#include "core/Result.h"
#include "onboarding/PlannedVSwitch.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

struct ProfileData;

class NetworkPlan
{
    Q_DECLARE_TR_FUNCTIONS(NetworkPlan)
public:
    // The program's name in tags and file headers (never translated).
    static constexpr const char *ProgramName = "fincloud-onboard";
    // What a tag value or a resource name may hold (the provider's limits).
    static constexpr int MaxNameLength = 128;
    // Error::code of a plan that cannot be written yet.
    static const QString IncompleteCode;

    // The plan of `data`, or an Error whose details hold one translated
    // reason per line (what reasons() returns).
    static Result<NetworkPlan> read(const ProfileData &data);
    // Why `data` holds no plan that code can build; empty when it does.
    static QStringList reasons(const ProfileData &data);

    QString regionId() const { return m_regionId; }
    QString vpcCidr() const { return m_vpcCidr; }
    const QList<PlannedVSwitch> &vSwitches() const { return m_vSwitches; }
    // The profile's label (the company name unless the profile has its own
    // label), as given: only quoted, never put into a name or a comment.
    QString profileLabel() const { return m_profileLabel; }

    // The VPC's name: the company name reduced to what names allow (letters
    // of any script, digits, '.', '_', '-'), starting with a letter, with
    // "-vpc" after it; never longer than MaxNameLength characters nor bytes.
    QString vpcName() const;
    // The name of vSwitch `number` (1-based): the same base, "-vsw-N".
    QString vSwitchName(int number) const;
    // A tag value: the text cut at MaxNameLength characters (whole code points).
    static QString tagValue(const QString &text);

private:
    QString nameBase() const;

    QString m_regionId;
    QString m_vpcCidr;
    QList<PlannedVSwitch> m_vSwitches;
    QString m_companyName;
    QString m_profileLabel;
};
