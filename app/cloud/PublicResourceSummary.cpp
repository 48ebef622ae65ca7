#include "PublicResourceSummary.h"

#include "i18n/DateText.h"
#include "onboarding/FieldKey.h"
#include "onboarding/ProfileData.h"

#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

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
    case Verdict::Found: {
        const QString found
            = tr("Public-cloud resources found: %n instance(s). An account that holds "
                 "public-cloud resources cannot pass Finance Cloud certification; release "
                 "them, or apply with a new account.",
                "@info verdict", int(report.instancesFound()));
        const QString missing = problemsText(report);
        return missing.isEmpty() ? found
                                 : tr("%1 %2", "@info two sentences in a row").arg(found, missing);
    }
    case Verdict::Incomplete:
        return tr("The check could not be completed. %1 Nothing can be said yet about what "
                  "could not be read.",
            "@info verdict, %1 what could not be read and why")
            .arg(problemsText(report));
    }
    return {};
}

namespace {

// The problems in the order of the regions (the region list itself first),
// ECS before RDS: the same first cause however the answers raced.
QList<ResourceProblem> inRegionOrder(const PublicResourceReport &report)
{
    const auto position = [&report](const ResourceProblem &problem) {
        for (int i = 0; i < report.regions.size(); ++i) {
            if (report.regions.at(i).regionId == problem.regionId)
                return i;
        }
        return -1;
    };
    QList<ResourceProblem> problems = report.problems;
    std::stable_sort(problems.begin(), problems.end(),
        [&position](const ResourceProblem &a, const ResourceProblem &b) {
            const int pa = position(a);
            const int pb = position(b);
            return pa != pb ? pa < pb : a.product < b.product;
        });
    return problems;
}

int otherCauses(const QList<ResourceProblem> &problems)
{
    QList<CloudFailure> causes;
    for (const ResourceProblem &problem : problems) {
        const bool known
            = std::any_of(causes.cbegin(), causes.cend(), [&problem](const CloudFailure &cause) {
                  return CloudErrorText::sameCause(cause, problem.failure);
              });
        if (!known)
            causes.append(problem.failure);
    }
    return int(causes.size()) - 1;
}

} // namespace

QString PublicResourceSummary::problemsText(const PublicResourceReport &report)
{
    if (report.problems.isEmpty()) {
        if (!report.regions.isEmpty())
            return {};
        return tr("Alibaba Cloud listed no public-cloud regions for this key (%n region(s) in "
                  "all), so nothing could be checked.",
            "@info", report.regionsListed);
    }
    const QList<ResourceProblem> problems = inRegionOrder(report);
    const ResourceProblem &first = problems.constFirst();
    QString cause = CloudErrorText::cause(first.failure);
    if (const int others = otherCauses(problems); others > 0)
        cause
            = tr("%1, and %n other cause(s) (see the details)", "@info %1 the first cause", others)
                  .arg(cause);
    QString line;
    if (first.regionId.isEmpty()) {
        line = tr("The list of regions could not be read: %1.", "@info %1 the cause").arg(cause);
    } else {
        QSet<QString> unread;
        for (const ResourceProblem &problem : problems)
            unread.insert(problem.regionId);
        line = tr("%1 of %n region(s) could not be read: %2.",
            "@info %1 how many could not be read, %2 the cause", int(report.regions.size()))
                   .arg(QLocale().toString(unread.size()), cause);
    }
    const QString advice = CloudErrorText::advice(first.failure);
    return advice.isEmpty() ? line : tr("%1 %2", "@info two sentences in a row").arg(line, advice);
}

QString PublicResourceSummary::problemDetails(const PublicResourceReport &report)
{
    QStringList blocks;
    if (report.problems.isEmpty() && report.regions.isEmpty())
        blocks.append(
            QStringLiteral("DescribeRegions: %1 region(s), none public").arg(report.regionsListed));
    for (const ResourceProblem &problem : inRegionOrder(report)) {
        QString block = problem.regionId.isEmpty()
            ? QStringLiteral("DescribeRegions")
            : QStringLiteral("%1 %2").arg(problem.regionId, problem.product);
        block += QStringLiteral(": ") + CloudErrorText::message(problem.failure);
        const QString details = CloudErrorText::details(problem.failure);
        if (!details.isEmpty())
            block += QLatin1Char('\n') + details;
        blocks.append(block);
    }
    return blocks.join(QStringLiteral("\n\n"));
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
