#include "Profile.h"

#include "UnreadableValue.h"

#include <algorithm>

#include "WaitEstimate.h"
#include "calendar/WorkingDayCalendar.h"
#include "core/Clock.h"

Profile::Profile(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock) { }

void Profile::load(const ProfileData &data)
{
    m_data = data;
    emit reset();
}

void Profile::setField(const QString &key, const QString &value)
{
    if (!storeField(key, value))
        return;
    apply(FlowRules::afterFieldChange(m_data, key));
}

bool Profile::storeField(const QString &key, const QString &value)
{
    if (m_data.fields.value(key) == value && (m_data.fields.contains(key) || value.isEmpty()))
        return false;
    m_data.fields.insert(key, value);
    emit fieldChanged(key, value);
    return true;
}

void Profile::apply(const Settlement &settlement)
{
    for (const auto &[key, value] : settlement.fields)
        storeField(key, value);
    for (const auto &[step, status] : settlement.statuses)
        storeStatus(step, status);
}

Verdict Profile::requestStatus(StepId step, StepStatus status)
{
    const StepStatus previous = m_data.status(step);
    // A status that could not be read shows as no status: choosing any,
    // "not started" included, writes a readable one.
    const bool unreadable = isStatusUnreadable(step);
    if (previous == status && !unreadable)
        return Verdict::allow();
    Verdict verdict = FlowRules::canSetStatus(m_data, step, status);
    if (!verdict.allowed)
        return verdict;
    storeStatus(step, status);
    apply(FlowRules::afterStatusChange(m_data, step));
    return verdict;
}

void Profile::storeStatus(StepId step, StepStatus status)
{
    StepState state;
    state.status = status;
    state.since = m_clock.now();
    state.expectedBy = status == StepStatus::Waiting
        ? WaitEstimate(WorkingDayCalendar::mainland())
              .expectedBy(m_data, step, state.since, m_clock.timeZone())
        : QDateTime();
    putStepState(step, state);
}

void Profile::restoreStepState(StepId step, const StepState &state)
{
    if (m_data.step(step) == state && !isStatusUnreadable(step))
        return;
    putStepState(step, state);
}

void Profile::putStepState(StepId step, const StepState &state)
{
    const StepStatus previous = m_data.status(step);
    if (isStatusUnreadable(step)) {
        // The save rewrites the step's status and dates: nothing of it is unreadable now.
        m_data.unreadable.erase(
            std::remove_if(m_data.unreadable.begin(), m_data.unreadable.end(),
                [step](const QString &entry) { return UnreadableValue::concerns({entry}, step); }),
            m_data.unreadable.end());
    }
    m_data.step(step) = state;
    emit stepStateChanged(step, state, previous);
}

bool Profile::isStatusUnreadable(StepId step) const
{
    return UnreadableValue::concerns(m_data.unreadable, step, UnreadableValue::Status);
}

void Profile::setCurrentPage(int page)
{
    if (m_data.currentPage == page)
        return;
    m_data.currentPage = page;
    emit currentPageChanged(page);
}
