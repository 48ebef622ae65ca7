// One question to the profile list: search text, status filter, sort order
// and the moment it is asked. It builds portable SQL (SQLite and PostgreSQL:
// every value bound, LIKE with an explicit escape character, no driver's own
// functions) and reads the answer a page at a time on the connection it is
// given. It never writes, and never reads the whole table into memory.
#pragma once

#include "ProfileListRow.h"
#include "core/Result.h"
#include "core/UserTimeZone.h"

#include <QSqlDatabase>
#include <QTimeZone>

#include <functional>

class WorkingDayCalendar;

// The list's columns, in the order they are shown.
enum class ProfileListColumn {
    Company,
    CreditCode,
    CurrentStep,
    Status,
    PendingSince,
    ExpectedBy,
    LastChange
};
inline constexpr int ProfileListColumnCount = 7;

// Waiting includes overdue: both are steps submitted and waiting for review.
enum class StandingFilter { All, Waiting, Overdue, Done };

class ProfileListQuery
{
public:
    QString search; // company name or credit code, a substring; case-insensitive for ASCII
    StandingFilter filter = StandingFilter::All;
    // Archived profiles too ("Show archived"); deleted ones never.
    bool withArchived = false;
    ProfileListColumn sortColumn = ProfileListColumn::LastChange;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
    QDateTime now; // decides "overdue"
    QTimeZone zone = UserTimeZone::system(); // the user's: decides which day it is

    // Rows [offset, offset + limit) in order.
    Result<QList<ProfileListRow>> page(const QSqlDatabase &db, int offset, int limit) const;
    // Every row in order, one at a time, without keeping them; returns how many.
    Result<int> visit(
        const QSqlDatabase &db, const std::function<void(const ProfileListRow &)> &visitor) const;
    Result<int> count(const QSqlDatabase &db) const;
    // Whether the search or the status filter leaves profiles out.
    bool narrows() const;

    // A waiting step is overdue when its expected date lies before this
    // instant: the start of the latest working day up to today. The same
    // answer as WaitEstimate::overdueWorkingDays(...) > 0 (which counts
    // working days after the expected day), put so that SQL can compare it.
    static QDateTime overdueCutoff(
        const QDateTime &now, const QTimeZone &zone, const WorkingDayCalendar &calendar);
};
