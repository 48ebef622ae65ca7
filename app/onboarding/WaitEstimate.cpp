#include "WaitEstimate.h"

#include "FieldKey.h"
#include "FlowRules.h"
#include "calendar/WorkingDayCalendar.h"

namespace {
// The guide: the bank transfer starts at once, but banks take 2–3 working days.
constexpr int BankDepositWorkingDays = 3;
} // namespace

WaitEstimate::WaitEstimate(const WorkingDayCalendar &calendar) : m_calendar(calendar) { }

std::optional<int> WaitEstimate::workingDays(const ProfileData &data, StepId step)
{
    if (step == StepId::RealName && FlowRules::isBankAccountMethod(data))
        return BankDepositWorkingDays;
    return std::nullopt;
}

QDateTime WaitEstimate::expectedBy(
    const ProfileData &data, StepId step, const QDateTime &since, const QTimeZone &zone) const
{
    const std::optional<int> days = workingDays(data, step);
    if (!days)
        return {};
    return m_calendar.expectedBy(since, *days, zone);
}

int WaitEstimate::overdueWorkingDays(
    const StepState &state, const QDateTime &now, const QTimeZone &zone) const
{
    if (state.status != StepStatus::Waiting || !state.expectedBy.isValid()
        || now <= state.expectedBy)
        return 0;
    const QDate due = state.expectedBy.toTimeZone(zone).date();
    const QDate today = now.toTimeZone(zone).date();
    return qMax(0, m_calendar.workingDaysBetween(due, today));
}

QList<int> WaitEstimate::yearsWithoutHolidays(const StepState &state, const QTimeZone &zone) const
{
    if (!state.since.isValid() || !state.expectedBy.isValid())
        return {};
    return m_calendar.yearsWithoutData(
        state.since.toTimeZone(zone).date(), state.expectedBy.toTimeZone(zone).date());
}
