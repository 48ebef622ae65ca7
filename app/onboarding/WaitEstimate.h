// How long a submitted step is expected to wait, and whether it is overdue.
// The durations are the guide's (bank-account verification: 2–3 working
// days; the later bound is used); a step without a known duration has no
// expected date rather than a made-up one. Working days come from
// WorkingDayCalendar; the user's time zone decides which day it is.
#pragma once

#include "ProfileData.h"

#include <QTimeZone>

#include <optional>

class WorkingDayCalendar;

class WaitEstimate
{
public:
    explicit WaitEstimate(const WorkingDayCalendar &calendar);

    // Working days the provider takes for `step` as the profile stands, if known.
    static std::optional<int> workingDays(const ProfileData &data, StepId step);

    // When a step submitted at `since` is expected through; invalid if unknown.
    QDateTime expectedBy(
        const ProfileData &data, StepId step, const QDateTime &since, const QTimeZone &zone) const;

    // Working days past the expected date (0 while not overdue, or unknown).
    int overdueWorkingDays(
        const StepState &state, const QDateTime &now, const QTimeZone &zone) const;

    // Years between the submission and the expected date whose holidays the
    // calendar does not know: the estimate counts weekends only for them.
    QList<int> yearsWithoutHolidays(const StepState &state, const QTimeZone &zone) const;

private:
    const WorkingDayCalendar &m_calendar;
};
