#include "StatusReport.h"

#include "core/Clock.h"
#include "core/UntrustedText.h"
#include "i18n/DateText.h"
#include "onboarding/FieldKey.h"
#include "onboarding/FlowRules.h"
#include "onboarding/RegionCatalogue.h"
#include "onboarding/StepText.h"
#include "onboarding/UnreadableValue.h"
#include "onboarding/WaitEstimate.h"
#include "session/EventText.h"

#include <QJsonArray>

namespace {

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

StatusReport::StatusReport(const Clock &clock, const WaitEstimate &estimate)
    : m_clock(clock)
    , m_estimate(estimate)
{ }

void StatusReport::setLastChange(qint64 id, const ProfileEvent &event)
{
    m_lastChanges.insert(id, event);
}

QJsonObject StatusReport::profileJson(const ProfileData &data) const
{
    const QDateTime now = m_clock.now();
    QJsonArray steps;
    for (StepId step : AllSteps) {
        const StepState &state = data.step(step);
        const int overdue = m_estimate.overdueWorkingDays(state, now, m_clock.timeZone());
        QJsonArray unknownYears;
        for (int year : m_estimate.yearsWithoutHolidays(state, m_clock.timeZone()))
            unknownYears.append(year);
        const bool statusUnreadable
            = UnreadableValue::concerns(data.unreadable, step, UnreadableValue::Status);
        steps.append(QJsonObject {
            {QStringLiteral("step"), stepKey(step)},
            {QStringLiteral("number"), stepNumber(step)},
            {QStringLiteral("status"),
                statusUnreadable ? UnreadableStatusKey : statusKey(state.status)},
            {QStringLiteral("damaged"), UnreadableValue::concerns(data.unreadable, step)},
            {QStringLiteral("since"), isoOrNull(state.since)},
            {QStringLiteral("expectedBy"), isoOrNull(state.expectedBy)},
            {QStringLiteral("overdue"), overdue > 0},
            {QStringLiteral("overdueWorkingDays"), overdue},
            {QStringLiteral("holidaysUnknownFor"), unknownYears},
            {QStringLiteral("needsAttention"), FlowRules::needsAttention(data, step)},
        });
    }
    const std::optional<StepId> next = FlowRules::nextStep(data);
    // Who: the role the server recorded (null on SQLite); the client's own
    // name beside it, secondary.
    QJsonValue lastChange;
    if (const auto found = m_lastChanges.constFind(data.id); found != m_lastChanges.cend())
        lastChange = QJsonObject {
            {QStringLiteral("at"), isoOrNull(found->at)},
            {QStringLiteral("role"),
                found->role.isEmpty() ? QJsonValue() : QJsonValue(found->role)},
            {QStringLiteral("onMachine"), found->actor},
            {QStringLiteral("kind"), found->kind},
        };
    return QJsonObject {
        {QStringLiteral("id"), data.id},
        {QStringLiteral("company"), data.field(FieldKey::CompanyName)},
        {QStringLiteral("version"), data.version},
        {QStringLiteral("updatedAt"), isoOrNull(data.updatedAt)},
        {QStringLiteral("lastChange"), lastChange},
        {QStringLiteral("nextStep"), next ? QJsonValue(stepKey(*next)) : QJsonValue()},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("damagedData"), QJsonArray::fromStringList(data.unreadable)},
    };
}

QJsonObject StatusReport::document(const QList<ProfileData> &profiles) const
{
    QJsonArray list;
    for (const ProfileData &data : profiles)
        list.append(profileJson(data));
    return QJsonObject {
        {QStringLiteral("format"), QStringLiteral("fincloud-onboard.status")},
        {QStringLiteral("formatVersion"), FormatVersion},
        {QStringLiteral("now"), isoOrNull(m_clock.now())},
        {QStringLiteral("profiles"), list},
    };
}

QString StatusReport::localTime(const QDateTime &utc) const
{
    return DateText::dateTime(utc, m_clock.timeZone());
}

QString StatusReport::profileText(const ProfileData &data) const
{
    const QDateTime now = m_clock.now();
    // Stored text may come from a file imported long ago: printed escaped.
    QString text = tr("%1 (profile %2)", "@info status command")
                       .arg(UntrustedText::printable(data.field(FieldKey::CompanyName)))
                       .arg(data.id)
        + QLatin1Char('\n');
    if (!data.unreadable.isEmpty()) {
        text += QStringLiteral("  ")
            + tr("DAMAGED DATA: the database holds values this program cannot read:",
                "@info status command")
            + QLatin1Char('\n');
        for (const QString &entry : data.unreadable)
            text += QStringLiteral("    ") + entry + QLatin1Char('\n');
    }
    const auto unreadable = [&data](StepId step, const QString &column) {
        return UnreadableValue::concerns(data.unreadable, step, column);
    };
    for (StepId step : AllSteps) {
        const StepState &state = data.step(step);
        const bool statusUnreadable = unreadable(step, UnreadableValue::Status);
        QString line = QStringLiteral("  %1. %2: %3")
                           .arg(stepNumber(step))
                           .arg(StepText::title(step),
                               statusUnreadable
                                   ? tr("status unreadable (damaged data)", "@info status command")
                                   : StepText::status(state.status));
        if (unreadable(step, UnreadableValue::Since))
            line += QStringLiteral(", ")
                + tr("since: unreadable (damaged data)", "@info status command");
        else if ((state.status != StepStatus::NotStarted || statusUnreadable)
            && state.since.isValid())
            line += QStringLiteral(", ")
                + tr("since %1", "@info status command").arg(localTime(state.since));
        if (state.status == StepStatus::Waiting) {
            if (unreadable(step, UnreadableValue::ExpectedBy))
                line += QStringLiteral(", ")
                    + tr("expected by: unreadable (damaged data)", "@info status command");
            else if (state.expectedBy.isValid())
                line += QStringLiteral(", ")
                    + tr("expected by %1", "@info status command").arg(localTime(state.expectedBy));
            const int overdue = m_estimate.overdueWorkingDays(state, now, m_clock.timeZone());
            if (overdue > 0)
                line += QStringLiteral(" — ")
                    + (overdue == 1 ? tr("OVERDUE by 1 working day", "@info status command")
                                    : tr("OVERDUE by %1 working days", "@info status command")
                                          .arg(overdue));
            const QList<int> unknown = m_estimate.yearsWithoutHolidays(state, m_clock.timeZone());
            if (!unknown.isEmpty())
                line += QStringLiteral(" (")
                    + tr("public holidays of %1 not known; weekends only", "@info status command")
                          .arg(QString::number(unknown.constFirst()))
                    + QLatin1Char(')');
        }
        if (FlowRules::needsAttention(data, step))
            line += QStringLiteral(" — ") + tr("needs attention", "@info status command");
        text += line + QLatin1Char('\n');
    }
    // The plan's region, named in the language of the report like the steps.
    if (const RegionInfo *region = RegionCatalogue::known(data.field(FieldKey::RegionId)))
        text += QStringLiteral("  ")
            + tr("Region: %1 (%2)", "@info status command: %1 region name, %2 region ID")
                  .arg(region->name(), region->id)
            + QLatin1Char('\n');
    if (const auto found = m_lastChanges.constFind(data.id); found != m_lastChanges.cend())
        text += QStringLiteral("  ")
            + tr("Last change %1 by %2", "@info status command: %1 time, %2 who")
                  .arg(localTime(found->at), UntrustedText::printable(EventText::who(*found)))
            + QLatin1Char('\n');
    const std::optional<StepId> next = FlowRules::nextStep(data);
    text += next ? tr("Next: step %1 (%2).", "@info status command")
                       .arg(stepNumber(*next))
                       .arg(StepText::title(*next))
                 : tr("All steps are done.", "@info status command");
    return text + QLatin1Char('\n');
}
