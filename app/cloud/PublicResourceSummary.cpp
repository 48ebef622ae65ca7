#include "PublicResourceSummary.h"

#include "i18n/DateText.h"
#include "onboarding/FieldKey.h"
#include "onboarding/ProfileData.h"

#include <QTimeZone>

using Verdict = PublicResourceReport::Verdict;

QString PublicResourceSummary::verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::NoneVisible:
        return QStringLiteral("none-visible");
    case Verdict::Found:
        return QStringLiteral("found");
    case Verdict::Incomplete:
        return QStringLiteral("incomplete");
    }
    return {};
}

std::optional<Verdict> PublicResourceSummary::verdictFromKey(const QString &key)
{
    for (const Verdict verdict : {Verdict::NoneVisible, Verdict::Found, Verdict::Incomplete}) {
        if (verdictKey(verdict) == key)
            return verdict;
    }
    return std::nullopt;
}

QString PublicResourceSummary::verdictText(const PublicResourceReport &report)
{
    switch (report.verdict) {
    case Verdict::NoneVisible:
        return tr("No ECS or RDS instances are visible to this key in %n public-cloud "
                  "region(s). That is not proof that the account holds none: the key of a "
                  "RAM user without read permission sees empty lists too. Check with the main "
                  "account's key or in the console before applying.",
            "@info verdict", int(report.regions.size()));
    case Verdict::Found:
        return tr("Public-cloud resources found: %n instance(s). An account that holds "
                  "public-cloud resources cannot pass Finance Cloud certification; release "
                  "them, or apply with a new account.",
            "@info verdict", int(report.instancesFound()));
    case Verdict::Incomplete:
        return tr("The check could not be completed: %n part(s) could not be read (see "
                  "below). Nothing can be said yet about the parts that are missing.",
            "@info verdict", int(report.problems.size()));
    }
    return {};
}

QHash<QString, QString> PublicResourceSummary::profileFields(
    const PublicResourceReport &report, const QDateTime &checkedAt)
{
    qint64 ecs = 0;
    qint64 rds = 0;
    for (const RegionResources &region : report.regions) {
        ecs += region.ecs.value_or(0);
        rds += region.rds.value_or(0);
    }
    return {
        {FieldKey::PrecheckAt, checkedAt.toUTC().toString(Qt::ISODate)},
        {FieldKey::PrecheckVerdict, verdictKey(report.verdict)},
        {FieldKey::PrecheckRegions, QString::number(report.regions.size())},
        {FieldKey::PrecheckEcs, QString::number(ecs)},
        {FieldKey::PrecheckRds, QString::number(rds)},
    };
}

std::optional<StoredPrecheck> PublicResourceSummary::fromProfile(const ProfileData &data)
{
    const std::optional<Verdict> verdict = verdictFromKey(data.field(FieldKey::PrecheckVerdict));
    const QDateTime at = QDateTime::fromString(data.field(FieldKey::PrecheckAt), Qt::ISODate);
    bool regionsOk = false;
    bool ecsOk = false;
    bool rdsOk = false;
    StoredPrecheck stored;
    stored.regions = data.field(FieldKey::PrecheckRegions).toInt(&regionsOk);
    stored.ecs = data.field(FieldKey::PrecheckEcs).toLongLong(&ecsOk);
    stored.rds = data.field(FieldKey::PrecheckRds).toLongLong(&rdsOk);
    if (!verdict || !at.isValid() || !regionsOk || !ecsOk || !rdsOk || stored.regions < 0
        || stored.ecs < 0 || stored.rds < 0)
        return std::nullopt;
    stored.verdict = *verdict;
    stored.checkedAt = at.toUTC();
    return stored;
}

bool PublicResourceSummary::recordsField(const QString &key)
{
    return key == FieldKey::PrecheckAt || key == FieldKey::PrecheckVerdict
        || key == FieldKey::PrecheckRegions || key == FieldKey::PrecheckEcs
        || key == FieldKey::PrecheckRds;
}

QString PublicResourceSummary::describe(const StoredPrecheck &stored, const QTimeZone &zone)
{
    const QString when = DateText::dateTime(stored.checkedAt, zone);
    switch (stored.verdict) {
    case Verdict::Found:
        return tr("Last checked on %1: public-cloud resources found (%2 ECS and %3 RDS "
                  "instances).",
            "@info %1 a date and time")
            .arg(when)
            .arg(stored.ecs)
            .arg(stored.rds);
    case Verdict::NoneVisible:
        return tr("Last checked on %1: no instances visible to the key in %n region(s).",
            "@info %1 a date and time", stored.regions)
            .arg(when);
    case Verdict::Incomplete:
        return tr("Last checked on %1: the check could not be completed (%2 ECS and %3 RDS "
                  "instances counted so far).",
            "@info %1 a date and time")
            .arg(when)
            .arg(stored.ecs)
            .arg(stored.rds);
    }
    return {};
}
