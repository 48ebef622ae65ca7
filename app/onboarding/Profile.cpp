#include "Profile.h"

#include "WaitEstimate.h"
#include "calendar/WorkingDayCalendar.h"
#include "core/Clock.h"

Profile::Profile(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock) { }

void Profile::load(const ProfileData &data)
{
    m_data = data;
    emit reset();
    emit changed();
}

void Profile::setField(const QString &key, const QString &value)
{
    if (m_data.fields.value(key) == value && (m_data.fields.contains(key) || value.isEmpty()))
        return;
    m_data.fields.insert(key, value);
    emit fieldChanged(key, value);
    emit changed();
}

Verdict Profile::requestStatus(StepId step, StepStatus status)
{
    const StepStatus previous = m_data.status(step);
    if (previous == status)
        return Verdict::allow();
    Verdict verdict = FlowRules::canSetStatus(m_data, step, status);
    if (!verdict.allowed)
        return verdict;
    StepState &state = m_data.step(step);
    state.status = status;
    state.since = m_clock.now();
    state.expectedBy = status == StepStatus::Waiting
        ? WaitEstimate(WorkingDayCalendar::mainland())
              .expectedBy(m_data, step, state.since, m_clock.timeZone())
        : QDateTime();
    emit stepStateChanged(step, state, previous);
    emit changed();
    return verdict;
}

void Profile::setCurrentPage(int page)
{
    if (m_data.currentPage == page)
        return;
    m_data.currentPage = page;
    emit currentPageChanged(page);
}
