#include "StatusCommand.h"

#include "StatusReport.h"
#include "calendar/WorkingDayCalendar.h"
#include "core/Clock.h"
#include "core/UntrustedText.h"
#include "directory/ConnectionOpener.h"
#include "directory/ProfileListQuery.h"
#include "i18n/DateText.h"
#include "onboarding/FieldKey.h"
#include "onboarding/StepText.h"
#include "onboarding/UnreadableValue.h"
#include "onboarding/WaitEstimate.h"
#include "storage/ProfileLookup.h"
#include "storage/ProgressStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

// `status --all --json` (README: "status --all --json").
constexpr int ListFormatVersion = 1;

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

// Where a profile stands cannot be told from a status that cannot be read.
bool anyStatusUnreadable(const ProfileListRow &row)
{
    for (StepId step : AllSteps) {
        if (UnreadableValue::concerns(row.unreadable, step, UnreadableValue::Status))
            return true;
    }
    return false;
}

QJsonObject listedJson(const ProfileListRow &row)
{
    QJsonObject steps;
    for (size_t i = 0; i < AllSteps.size(); ++i) {
        const bool unreadable
            = UnreadableValue::concerns(row.unreadable, AllSteps[i], UnreadableValue::Status);
        steps.insert(stepKey(AllSteps[i]),
            unreadable ? StatusReport::UnreadableStatusKey : statusKey(row.statuses[i]));
    }
    return QJsonObject {
        {QStringLiteral("id"), row.id},
        {QStringLiteral("company"), row.company},
        {QStringLiteral("label"),
            row.label.trimmed().isEmpty() ? QJsonValue(row.company) : QJsonValue(row.label)},
        {QStringLiteral("archived"), row.archived},
        {QStringLiteral("creditCode"),
            row.creditCode.isEmpty() ? QJsonValue() : QJsonValue(row.creditCode)},
        {QStringLiteral("status"),
            anyStatusUnreadable(row) ? StatusReport::UnreadableStatusKey
                                     : ProfileStanding::key(row.standing)},
        {QStringLiteral("nextStep"),
            row.currentStep ? QJsonValue(stepKey(*row.currentStep)) : QJsonValue()},
        {QStringLiteral("pendingSince"), isoOrNull(row.pendingSince)},
        {QStringLiteral("expectedBy"), isoOrNull(row.expectedBy)},
        {QStringLiteral("updatedAt"), isoOrNull(row.updatedAt)},
        {QStringLiteral("stepStatuses"), steps},
        {QStringLiteral("damagedData"), QJsonArray::fromStringList(row.unreadable)},
    };
}

QString listedText(const ProfileListRow &row, const Clock &clock)
{
    const auto local
        = [&clock](const QDateTime &utc) { return DateText::dateTime(utc, clock.timeZone()); };
    // What the lists call it: the label when it has one ("… (2)").
    const QString label = row.label.trimmed().isEmpty() ? row.company : row.label;
    QString line = QString::number(row.id) + QStringLiteral("  ")
        + (label.isEmpty() ? QCoreApplication::translate(
               "StatusCommand", "(no company name)", "@info status --all")
                           : UntrustedText::printable(label));
    if (row.archived)
        line += QStringLiteral(" [")
            + QCoreApplication::translate("StatusCommand", "archived", "@info status --all")
            + QLatin1Char(']');
    if (!row.creditCode.isEmpty())
        line += QStringLiteral(" (") + UntrustedText::printable(row.creditCode) + QLatin1Char(')');
    line += QStringLiteral(" — ")
        + (row.currentStep
                ? QCoreApplication::translate("StatusCommand", "step %1: %2", "@info status --all")
                      .arg(stepNumber(*row.currentStep))
                      .arg(StepText::title(*row.currentStep))
                : QCoreApplication::translate(
                    "StatusCommand", "all steps done", "@info status --all"));
    if (!anyStatusUnreadable(row))
        line += QStringLiteral(" — ") + ProfileStanding::text(row.standing);
    // The same words as the report of one profile.
    if (row.pendingSince.isValid())
        line += QStringLiteral(", ")
            + QCoreApplication::translate("StatusReport", "since %1", "@info status command")
                  .arg(local(row.pendingSince));
    if (row.expectedBy.isValid())
        line += QStringLiteral(", ")
            + QCoreApplication::translate("StatusReport", "expected by %1", "@info status command")
                  .arg(local(row.expectedBy));
    if (row.updatedAt.isValid())
        line += QStringLiteral(" — ")
            + QCoreApplication::translate("StatusCommand", "last change %1", "@info status --all")
                  .arg(local(row.updatedAt));
    // A date or status that cannot be read is named, never left out silently.
    if (!row.unreadable.isEmpty())
        line += QStringLiteral(" — ")
            + QCoreApplication::translate("StatusCommand", "DAMAGED DATA: %1", "@info status --all")
                  .arg(row.unreadable.join(QStringLiteral("; ")));
    return line;
}

// Every profile in the order of the profile list, printed as each row is
// read: a hundred thousand profiles never sit in memory at once.
int listProfiles(const ProgressStore &store, const Clock &clock, bool json, bool archived,
    QTextStream &out, QTextStream &err)
{
    ProfileListQuery query;
    query.withArchived = archived;
    query.now = clock.now();
    query.zone = clock.timeZone();
    const auto begin = [&] {
        out << "{\n  \"format\": \"fincloud-onboard.status-list\",\n  \"formatVersion\": "
            << ListFormatVersion << ",\n  \"now\": \""
            << query.now.toUTC().toString(Qt::ISODateWithMs) << "\",\n  \"profiles\": [";
    };
    // The store's own connection: read-only, and on a database that does
    // not exist yet an empty one in memory (a second connection would create it).
    bool first = true;
    const Result<int> listed = query.visit(
        store.connectionForReading(), [&](const ProfileListRow &row) {
            if (!json) {
                out << listedText(row, clock) << '\n';
                return;
            }
            if (first)
                begin();
            out << (first ? "\n    " : ",\n    ")
                << QString::fromUtf8(QJsonDocument(listedJson(row)).toJson(QJsonDocument::Compact));
            first = false;
        });
    if (!listed) {
        err << listed.error().message << '\n' << listed.error().details << '\n';
        return 2;
    }
    if (json) {
        if (listed.value() == 0)
            begin();
        out << (listed.value() == 0 ? "]\n}\n" : "\n  ]\n}\n");
    } else if (listed.value() == 0) {
        out << QCoreApplication::translate("StatusCommand", "There is no profile yet.") << '\n';
    }
    return 0;
}

} // namespace

QString allWithProfileRefusal()
{
    return QCoreApplication::translate(
        "StatusCommand", "Use either --all or --profile, not both.", "@info status --all");
}

int runStatusCommand(ProgressStore &store, const Clock &clock, const StatusOptions &options,
    QTextStream &out, QTextStream &err)
{
    if (options.all) {
        if (!options.profile.isEmpty()) {
            err << allWithProfileRefusal() << '\n';
            return 2;
        }
        return listProfiles(store, clock, options.json, options.archived, out, err);
    }
    // No such profile is 1; an ambiguous name or an unreadable database is 2.
    Result<ProfileData> data = ProfileLookup::load(store, options.profile);
    if (!data)
        return ProfileLookup::report(data.error(), err);
    // Also on standard error, for scripts that read only the JSON's old keys.
    if (const QStringList &damaged = data.value().unreadable; !damaged.isEmpty())
        err << QCoreApplication::translate("StatusCommand",
            "Warning: profile %1 (%2) holds %n value(s) this program cannot read (damaged "
            "data): %3",
            "@info status", int(damaged.size()))
                   .arg(data.value().id)
                   .arg(UntrustedText::printable(data.value().field(FieldKey::CompanyName)),
                       damaged.join(QStringLiteral("; ")))
            << '\n';
    const WaitEstimate estimate(WorkingDayCalendar::mainland());
    StatusReport report(clock, estimate);
    const Result<QList<ProfileEvent>> events = store.events(data.value().id);
    if (!events) {
        err << events.error().message << '\n' << events.error().details << '\n';
        return 2;
    }
    if (!events.value().isEmpty())
        report.setLastChange(data.value().id, events.value().constFirst());
    if (options.json)
        out << QJsonDocument(report.document({data.value()})).toJson(QJsonDocument::Indented);
    else
        out << report.profileText(data.value());
    return 0;
}
