// What one check of the built network against the plan found (issue 21,
// item 3): when, in which region, the RequestIds of every call it made,
// which VPC it took for the plan's and how it found it, and each
// difference by name. Kept on the profile as one field
// (FieldKey::NetworkCheck, a small JSON object) and, like the account
// checks, as a timeline event of its own kind, so that support staff on a
// shared store see the same evidence. A match suggests step 5 done.
// Must never change a status itself (the user confirms the suggestion),
// never hold sentences (NetworkEvidenceText words them) and never hold a
// credential.
#pragma once

#include "onboarding/AccountEvidence.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct ProfileData;

struct NetworkDifference
{
    enum class Kind {
        VpcMissing, // no VPC found for the plan
        VpcCidrDifferent, // the VPC's block is not the plan's
        VSwitchMissing, // a planned vSwitch has no built one
        VSwitchCidrDifferent, // built in the planned zone, with another block
        VSwitchZoneDifferent, // built with the planned block, in another zone
        VSwitchNotInPlan, // built, and no planned vSwitch matches it
    };

    Kind kind = Kind::VpcMissing;
    QString resourceId; // the built VPC or vSwitch, when there is one
    QString plannedZone;
    QString plannedCidr;
    QString builtZone;
    QString builtCidr;

    static QString kindKey(Kind kind); // vpc_missing, vswitch_zone_different, …
    static std::optional<Kind> kindFromKey(const QString &key);

    friend bool operator==(const NetworkDifference &, const NetworkDifference &) = default;
};

struct NetworkEvidence
{
    enum class Outcome {
        Match, // the VPC and its vSwitches are as planned
        Differences, // found something other than the plan
        Unchecked, // could not be compared (permission, network, several candidates, …)
    };
    enum class FoundBy {
        None,
        Tag, // CreatedBy=fincloud-onboard and FincloudProfile=<this profile>
        NameAndCidr, // the profile's name and the plan's block
    };

    Outcome outcome = Outcome::Unchecked;
    QDateTime at; // UTC
    QString regionId;
    QStringList requestIds; // every call's, in the order made
    QString vpcId;
    QString vpcName;
    FoundBy foundBy = FoundBy::None;
    QList<NetworkDifference> differences;
    // Unchecked: the service's error code, else a word for the failure
    // (timeout, network, ambiguous, …); and the read-only policy that
    // grants the calls when the service refused them for lack of one.
    QString errorCode;
    QString policy;

    static QString outcomeKey(Outcome outcome); // match, differences, unchecked
    static QString foundByKey(FoundBy foundBy); // "", tag, name_cidr
    // The read-only policy that grants DescribeVpcs and DescribeVSwitches.
    static QString readOnlyPolicy();

    // The profile field's value: compact JSON, stable keys.
    QString toFieldValue() const;
    // None for a value that is not a readable record.
    static std::optional<NetworkEvidence> fromFieldValue(const QString &value);
    static std::optional<NetworkEvidence> fromProfile(const ProfileData &data);

    // A match suggests step 5 done, unless the profile already says so.
    std::optional<AccountSuggestion> suggestion(const ProfileData &data) const;
    std::optional<AccountSuggestion> suggestion() const;
    // The CLI's exit status: 0 match, 1 differences, 2 could not check.
    int exitStatus() const;
};
