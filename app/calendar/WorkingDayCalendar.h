// Which days are working days in mainland China, and when a step that "takes
// N working days" is due. The holidays and the adjusted working weekends come
// from the State Council notices in resources/data/holidays-cn.json (the one
// copy of them).
// It must never read today's date (callers pass dates and instants in), and
// never guess holidays for a year the data does not cover: such a year counts
// weekends only, and yearsWithoutData() lets the UI say so.
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QTimeZone>

class WorkingDayCalendar
{
public:
    // The calendar built into the program (loaded once, on first use).
    static const WorkingDayCalendar &mainland();
    // Refuses data it cannot vouch for: a year without its notice, a date
    // outside its year, an adjusted working day that is not a weekend day.
    static Result<WorkingDayCalendar> fromJson(const QByteArray &json);

    QString source() const { return m_source; }
    // The years whose notice is in the data, ascending.
    QList<int> coveredYears() const;
    bool knowsYear(int year) const { return m_years.contains(year); }

    // Monday to Friday unless a holiday; Saturday and Sunday only when the
    // notice makes them working days. False for an invalid date.
    bool isWorkingDay(QDate date) const;

    // The day at whose end n full working days after `start` have passed. The
    // day of submission never counts, even when it is a working day: submitted
    // on a Friday, 2 working days are Monday and Tuesday, so Tuesday; submitted
    // on a Saturday, the count also starts on Monday. n == 0 gives `start`.
    // Invalid QDate for an invalid start or n outside [0, maxWorkingDays].
    QDate addWorkingDays(QDate start, int n) const;

    // How many working days lie after `from` up to and including `to` (the
    // same counting as addWorkingDays, so workingDaysBetween(d,
    // addWorkingDays(d, n)) == n). Negative, with the same magnitude, when
    // `to` is before `from`; 0 when either date is invalid. Used for
    // "overdue by N working days": workingDaysBetween(dueDay, today).
    int workingDaysBetween(QDate from, QDate to) const;

    // The instant a step submitted at `submittedUtc` is due: the user's local
    // day of submission (in `userZone`) starts the count, and the step is due
    // at the end (23:59:59 local) of the last of `workingDays`. Returned in
    // UTC; invalid when an argument is invalid.
    QDateTime expectedBy(
        const QDateTime &submittedUtc, int workingDays, const QTimeZone &userZone) const;

    // The years between `from` and `to` (both included, either order) that
    // the data does not cover, ascending: "the estimate ignores holidays for
    // 2027".
    QList<int> yearsWithoutData(QDate from, QDate to) const;

    // Counts beyond this are a caller's bug (a corrupt stored value), not an
    // onboarding step; refusing them keeps the day-by-day count short.
    static constexpr int maxWorkingDays = 3660;

private:
    QString m_source;
    QSet<int> m_years;
    QSet<QDate> m_holidays;
    QSet<QDate> m_adjustedWorkdays;
};
