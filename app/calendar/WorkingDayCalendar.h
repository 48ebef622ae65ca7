// Which days are working days in mainland China, and when a step that "takes
// N working days" is due. The holidays and the adjusted working weekends come
// from the State Council notices in resources/data/holidays-cn.json (the one
// copy of them, built into the program and installed as
// /usr/share/fincloud-onboard/holidays-cn.json), plus the years an
// administrator adds in a file of that name in an XDG data folder
// (docs/holidays.md), so that a newly published year needs no new build.
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
#include <QStringList>
#include <QTimeZone>

class WorkingDayCalendar
{
public:
    // The calendar the program uses (loaded once, on first use): the built-in
    // data, overlaid with the years of every dataFiles() file. A file that
    // cannot be read or vouched for is left out with a warning on the log.
    static const WorkingDayCalendar &mainland();
    // The relative path looked up in the XDG data folders.
    static QString dataFileName() { return QStringLiteral("fincloud-onboard/holidays-cn.json"); }
    // Every holiday file in the XDG data folders ($XDG_DATA_HOME, then each
    // of $XDG_DATA_DIRS), the one that wins first.
    static QStringList dataFiles();
    // `base` with the years of the `files` (the one that wins first) laid
    // over it: a year a file lists replaces that year of everything below it
    // as a whole. A file that fails is skipped, its reason added to `skipped`.
    static WorkingDayCalendar overlaid(
        WorkingDayCalendar base, const QStringList &files, QStringList *skipped);
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

    // Replaces the years `other` covers with its data.
    void takeYearsOf(const WorkingDayCalendar &other, const QString &from);
};
