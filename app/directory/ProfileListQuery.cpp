#include "ProfileListQuery.h"

#include "calendar/WorkingDayCalendar.h"
#include "onboarding/FieldKey.h"
#include "onboarding/FlowRules.h"
#include "onboarding/UnreadableValue.h"
#include "onboarding/WaitEstimate.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

// The tables: profiles p (with its search columns search_name and
// search_code: the company name and credit code lower-cased, see
// Schema::searchColumns); the company name n and credit code c as stored
// (profile_fields); the five steps s0…s4 (step_states, one join per step, in
// the order of AllSteps); and w, the waiting steps of a profile.

namespace {

// Statement text and its bound values, built together so that every `?`
// meets its value in order.
struct Sql
{
    QString text;
    QVariantList values;

    Sql &operator<<(const QString &fragment)
    {
        text += fragment;
        return *this;
    }
    Sql &operator<<(const Sql &other)
    {
        text += other.text;
        values += other.values;
        return *this;
    }
    Sql &bind(const QVariant &value)
    {
        text += QLatin1Char('?');
        values << value;
        return *this;
    }
};

// The store's own format: UTC, ISO 8601 with milliseconds. Texts in one
// format compare in time order, so SQL compares them as text.
QString toStored(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStored(const QVariant &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString stepStatus(size_t index)
{
    return QStringLiteral("s%1.status").arg(index);
}

Sql fieldJoins()
{
    Sql sql;
    sql << QStringLiteral(" LEFT JOIN profile_fields n ON n.profile_id = p.id AND n.key = ");
    sql.bind(FieldKey::CompanyName);
    sql << QStringLiteral(" LEFT JOIN profile_fields c ON c.profile_id = p.id AND c.key = ");
    return sql.bind(FieldKey::CreditCode);
}

Sql stepJoins()
{
    Sql sql;
    for (size_t i = 0; i < AllSteps.size(); ++i) {
        sql << QStringLiteral(" LEFT JOIN step_states s%1 ON s%1.profile_id = p.id"
                              " AND s%1.step = ")
                   .arg(i);
        sql.bind(stepKey(AllSteps[i]));
    }
    return sql;
}

// The earliest submission still waiting and the earliest expected date of a
// waiting step: per profile (w, to sort by them) …
Sql waitingJoin()
{
    Sql sql;
    sql << QStringLiteral(" LEFT JOIN (SELECT profile_id, MIN(since) AS since,"
                          " MIN(CASE WHEN expected_by > '' THEN expected_by END) AS expected_by"
                          " FROM step_states WHERE status = ");
    sql.bind(statusKey(StepStatus::Waiting));
    return sql << QStringLiteral(" GROUP BY profile_id) w ON w.profile_id = p.id");
}

// What the list shows of one profile p, each its own small subquery rather
// than a join: with seven joins PostgreSQL spent more time planning the page
// than reading it (docs/performance.md).
Sql fieldOfProfile(const QString &key)
{
    Sql sql;
    sql << QStringLiteral("(SELECT f.value FROM profile_fields f WHERE f.profile_id = p.id"
                          " AND f.key = ");
    return sql.bind(key) << QStringLiteral(")");
}

Sql stepStatusOfProfile(StepId step)
{
    Sql sql;
    sql << QStringLiteral("(SELECT s.status FROM step_states s WHERE s.profile_id = p.id"
                          " AND s.step = ");
    return sql.bind(stepKey(step)) << QStringLiteral(")");
}

// … and the same for one profile p (to show them: a page costs a page).
Sql waitingOfProfile()
{
    Sql sql;
    sql << QStringLiteral("(SELECT MIN(w.since) FROM step_states w WHERE w.profile_id = p.id"
                          " AND w.status = ");
    sql.bind(statusKey(StepStatus::Waiting));
    sql << QStringLiteral("), (SELECT MIN(w.expected_by) FROM step_states w"
                          " WHERE w.profile_id = p.id AND w.expected_by > '' AND w.status = ");
    sql.bind(statusKey(StepStatus::Waiting));
    return sql << QStringLiteral(")");
}

// FlowRules::nextStep in SQL: the first step that is not done. `what` gives
// what to return for step i (its number, or its status).
Sql firstStepNotDone(const std::function<QString(size_t)> &what, const QString &otherwise)
{
    Sql sql;
    sql << QStringLiteral("CASE");
    for (size_t i = 0; i < AllSteps.size(); ++i) {
        sql << QStringLiteral(" WHEN COALESCE(%1, '') <> ").arg(stepStatus(i));
        sql.bind(statusKey(StepStatus::Done)) << QStringLiteral(" THEN ") + what(i);
    }
    return sql << QStringLiteral(" ELSE ") + otherwise + QStringLiteral(" END");
}

Sql currentStepNumber()
{
    return firstStepNotDone(
        [](size_t i) { return QString::number(i); }, QString::number(AllSteps.size()));
}

// Any step that is `status`; with a cutoff, only those expected before it.
Sql anyStep(StepStatus status, const QDateTime &expectedBefore = {})
{
    Sql sql;
    sql << QStringLiteral("(");
    for (size_t i = 0; i < AllSteps.size(); ++i) {
        sql << (i ? QStringLiteral(" OR ") : QString())
            << QStringLiteral("(") + stepStatus(i) + QStringLiteral(" = ");
        sql.bind(statusKey(status));
        if (expectedBefore.isValid()) {
            sql << QStringLiteral(" AND s%1.expected_by > '' AND s%1.expected_by < ").arg(i);
            sql.bind(toStored(expectedBefore));
        }
        sql << QStringLiteral(")");
    }
    return sql << QStringLiteral(")");
}

// ProfileStanding::of in SQL, as its rank (the order of enum Standing).
Sql standingRank(const QDateTime &cutoff)
{
    const auto rank = [](Standing s) { return QString::number(static_cast<int>(s)); };
    const Sql currentStatus = firstStepNotDone(stepStatus, QStringLiteral("NULL"));
    Sql sql;
    sql << QStringLiteral("CASE WHEN ") << currentStepNumber()
        << QStringLiteral(" = %1 THEN ").arg(AllSteps.size()) + rank(Standing::Done);
    sql << QStringLiteral(" WHEN ") << anyStep(StepStatus::Waiting, cutoff)
        << QStringLiteral(" THEN ") + rank(Standing::Overdue);
    sql << QStringLiteral(" WHEN ") << anyStep(StepStatus::Waiting)
        << QStringLiteral(" THEN ") + rank(Standing::Waiting);
    sql << QStringLiteral(" WHEN ") << currentStatus << QStringLiteral(" = ");
    sql.bind(statusKey(StepStatus::Failed)) << QStringLiteral(" THEN ") + rank(Standing::Failed);
    sql << QStringLiteral(" WHEN ") << currentStatus << QStringLiteral(" = ");
    sql.bind(statusKey(StepStatus::InProgress))
        << QStringLiteral(" THEN ") + rank(Standing::InProgress);
    return sql << QStringLiteral(" ELSE ") + rank(Standing::NotStarted) + QStringLiteral(" END");
}

// `text` as a LIKE pattern that matches it anywhere, '!' escaping the
// pattern characters. Lower case on both sides (the search columns hold the
// database's LOWER of the fields): SQLite's lower() folds ASCII only,
// PostgreSQL's every letter; Chinese has no case either way.
QString containsPattern(const QString &text)
{
    QString escaped;
    for (const QChar c : text.toLower()) {
        if (c == QLatin1Char('!') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('!');
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The search and the company order read the profile's own search columns;
// only the credit code sorts by the field as stored.
bool needsFields(const ProfileListQuery &query)
{
    return query.sortColumn == ProfileListColumn::CreditCode;
}

bool needsSteps(const ProfileListQuery &query)
{
    return query.filter == StandingFilter::Done
        || query.sortColumn == ProfileListColumn::CurrentStep
        || query.sortColumn == ProfileListColumn::Status;
}

bool needsWaiting(const ProfileListQuery &query)
{
    return query.sortColumn == ProfileListColumn::PendingSince
        || query.sortColumn == ProfileListColumn::ExpectedBy;
}

// The search and the filter, on the tables the query joins (see needs…).
Sql conditions(const ProfileListQuery &query, const QDateTime &cutoff)
{
    Sql sql;
    sql << QStringLiteral(" WHERE p.deleted_at IS NULL");
    if (!query.withArchived)
        sql << QStringLiteral(" AND p.archived_at IS NULL");
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        const QString pattern = containsPattern(search);
        sql << QStringLiteral(" AND (p.search_name LIKE ");
        sql.bind(pattern) << QStringLiteral(" ESCAPE '!' OR p.search_code LIKE ");
        sql.bind(pattern) << QStringLiteral(" ESCAPE '!')");
    }
    switch (query.filter) {
    case StandingFilter::All:
        break;
    case StandingFilter::Waiting:
        sql << QStringLiteral(" AND p.id IN (SELECT f.profile_id FROM step_states f"
                              " WHERE f.status = ");
        sql.bind(statusKey(StepStatus::Waiting)) << QStringLiteral(")");
        break;
    case StandingFilter::Overdue:
        sql << QStringLiteral(" AND p.id IN (SELECT f.profile_id FROM step_states f"
                              " WHERE f.status = ");
        sql.bind(statusKey(StepStatus::Waiting))
            << QStringLiteral(" AND f.expected_by > '' AND f.expected_by < ");
        sql.bind(toStored(cutoff)) << QStringLiteral(")");
        break;
    case StandingFilter::Done:
        // The same rule as the current step: none is left that is not done.
        sql << QStringLiteral(" AND ") << currentStepNumber()
            << QStringLiteral(" = %1").arg(AllSteps.size());
        break;
    }
    return sql;
}

// What a column sorts by, most significant first, each with its direction.
QList<QPair<Sql, QString>> sortKeys(const ProfileListQuery &query, const QDateTime &cutoff)
{
    const QString dir
        = query.sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const auto plain = [](const QString &expression) {
        Sql sql;
        return sql << expression;
    };
    // Rows without a date go last in either direction, the same in both databases.
    const auto nullsLast = [&dir, &plain](const QString &column) {
        return QList<QPair<Sql, QString>> {
            {plain(QStringLiteral("CASE WHEN %1 IS NULL THEN 1 ELSE 0 END").arg(column)),
                QStringLiteral(" ASC")},
            {plain(column), dir}};
    };
    switch (query.sortColumn) {
    case ProfileListColumn::Company:
        return {{plain(QStringLiteral("p.search_name")), dir}};
    case ProfileListColumn::CreditCode:
        return {{plain(QStringLiteral("COALESCE(c.value, '')")), dir}};
    case ProfileListColumn::CurrentStep:
        return {{currentStepNumber(), dir}};
    case ProfileListColumn::Status:
        return {{standingRank(cutoff), dir}};
    case ProfileListColumn::PendingSince:
        return nullsLast(QStringLiteral("w.since"));
    case ProfileListColumn::ExpectedBy:
        return nullsLast(QStringLiteral("w.expected_by"));
    case ProfileListColumn::LastChange:
        break;
    }
    return {{plain(QStringLiteral("p.updated_at")), dir}};
}

// Two steps, so that a page costs a page: the inner query finds the ids of
// the page in order, joining only what the search, filter and order need;
// the outer one reads what the list shows for those ids alone.
Sql rowsStatement(const ProfileListQuery &query, int offset, int limit)
{
    const QDateTime cutoff
        = ProfileListQuery::overdueCutoff(query.now, query.zone, WorkingDayCalendar::mainland());
    const QList<QPair<Sql, QString>> keys = sortKeys(query, cutoff);
    const QString idDir = keys.constLast().second;
    Sql inner;
    inner << QStringLiteral("SELECT p.id AS id");
    QString order;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        inner << QStringLiteral(", ") << keys[i].first << QStringLiteral(" AS k%1").arg(i);
        order += QStringLiteral("k%1").arg(i) + keys[i].second + QStringLiteral(", ");
    }
    inner << QStringLiteral(" FROM profiles p");
    if (needsFields(query))
        inner << fieldJoins();
    if (needsSteps(query))
        inner << stepJoins();
    if (needsWaiting(query))
        inner << waitingJoin();
    inner << conditions(query, cutoff)
          << QStringLiteral(" ORDER BY ") + order + QStringLiteral("id") + idDir;
    if (limit >= 0) {
        inner << QStringLiteral(" LIMIT ");
        inner.bind(limit) << QStringLiteral(" OFFSET ");
        inner.bind(offset);
    }

    Sql sql;
    sql << QStringLiteral("SELECT k.id, ") << fieldOfProfile(FieldKey::CompanyName)
        << QStringLiteral(", ") << fieldOfProfile(FieldKey::CreditCode)
        << QStringLiteral(", p.updated_at");
    for (const StepId step : AllSteps)
        sql << QStringLiteral(", ") << stepStatusOfProfile(step);
    sql << QStringLiteral(", ") << waitingOfProfile() << QStringLiteral(", ")
        << fieldOfProfile(FieldKey::ProfileLabel)
        << QStringLiteral(", p.archived_at, p.version FROM (") << inner
        << QStringLiteral(") k JOIN profiles p ON p.id = k.id ORDER BY ");
    for (qsizetype i = 0; i < keys.size(); ++i)
        sql << QStringLiteral("k.k%1").arg(i) + keys[i].second + QStringLiteral(", ");
    return sql << QStringLiteral("k.id") + idDir;
}

Error readError(const QSqlQuery &query)
{
    return Error {QCoreApplication::translate(
                      "ProfileListQuery", "The list of profiles could not be read.", "@info"),
        query.lastError().text(), QStringLiteral("directory.read")};
}

Result<> run(QSqlQuery &query, const Sql &sql)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql.text))
        return readError(query);
    for (const QVariant &value : sql.values)
        query.addBindValue(value);
    if (!query.exec())
        return readError(query);
    return {};
}

ProfileListRow readRow(const QSqlQuery &query, const WaitEstimate &estimate, const QDateTime &now,
    const QTimeZone &zone)
{
    ProfileListRow row;
    row.id = query.value(0).toLongLong();
    row.company = query.value(1).toString();
    row.creditCode = query.value(2).toString();
    // A date that does not parse is damaged data, not "no date".
    const auto unparsed = [&query](int column) {
        const QString text = query.value(column).toString();
        return text.isEmpty() || fromStored(text).isValid() ? QString() : text;
    };
    row.updatedAt = fromStored(query.value(3));
    if (const QString bad = unparsed(3); !bad.isEmpty())
        row.unreadable.append(UnreadableValue::ofProfile(u"updated_at", bad));
    ProfileData steps;
    for (size_t i = 0; i < AllSteps.size(); ++i) {
        const QString text = query.value(4 + static_cast<int>(i)).toString();
        const std::optional<StepStatus> status = statusFromKey(text);
        if (!status && !text.isEmpty()) // empty: the step has no row yet
            row.unreadable.append(
                UnreadableValue::ofStep(AllSteps[i], UnreadableValue::Status, text));
        row.statuses[i] = status.value_or(StepStatus::NotStarted);
        steps.steps[i].status = row.statuses[i];
    }
    const int next = 4 + static_cast<int>(AllSteps.size());
    row.pendingSince = fromStored(query.value(next));
    if (const QString bad = unparsed(next); !bad.isEmpty())
        row.unreadable.append(UnreadableValue::ofSomeStep(UnreadableValue::Since, bad));
    row.expectedBy = fromStored(query.value(next + 1));
    if (const QString bad = unparsed(next + 1); !bad.isEmpty())
        row.unreadable.append(UnreadableValue::ofSomeStep(UnreadableValue::ExpectedBy, bad));
    // The earliest expected date decides whether any waiting step is overdue.
    for (StepState &state : steps.steps) {
        if (state.status == StepStatus::Waiting)
            state = StepState {StepStatus::Waiting, row.pendingSince, row.expectedBy};
    }
    row.label = query.value(next + 2).toString();
    row.archived = !query.value(next + 3).isNull();
    row.version = query.value(next + 4).toInt();
    row.currentStep = FlowRules::nextStep(steps);
    row.standing = ProfileStanding::of(steps, estimate, now, zone);
    return row;
}

} // namespace

QDateTime ProfileListQuery::overdueCutoff(
    const QDateTime &now, const QTimeZone &zone, const WorkingDayCalendar &calendar)
{
    // overdueWorkingDays > 0 ⇔ a working day W lies after the expected day
    // and no later than today ⇔ the expected day is before the latest such
    // W ⇔ the expected instant is before W's first moment.
    QDate day = now.toTimeZone(zone).date();
    for (int back = 0; back < 60 && !calendar.isWorkingDay(day); ++back)
        day = day.addDays(-1);
    return QDateTime(day, QTime(0, 0), zone).toUTC();
}

Result<QList<ProfileListRow>> ProfileListQuery::page(
    const QSqlDatabase &db, int offset, int limit) const
{
    const WaitEstimate estimate(WorkingDayCalendar::mainland());
    QSqlQuery query(db);
    if (Result<> done = run(query, rowsStatement(*this, offset, qMax(0, limit))); !done)
        return done.error();
    QList<ProfileListRow> rows;
    while (query.next())
        rows.append(readRow(query, estimate, now, zone));
    return rows;
}

Result<int> ProfileListQuery::visit(
    const QSqlDatabase &db, const std::function<void(const ProfileListRow &)> &visitor) const
{
    const WaitEstimate estimate(WorkingDayCalendar::mainland());
    QSqlQuery query(db);
    if (Result<> done = run(query, rowsStatement(*this, 0, -1)); !done)
        return done.error();
    int count = 0;
    while (query.next()) {
        visitor(readRow(query, estimate, now, zone));
        ++count;
    }
    return count;
}

bool ProfileListQuery::narrows() const
{
    return !search.trimmed().isEmpty() || filter != StandingFilter::All;
}

Result<int> ProfileListQuery::count(const QSqlDatabase &db) const
{
    const QDateTime cutoff = overdueCutoff(now, zone, WorkingDayCalendar::mainland());
    Sql sql;
    sql << QStringLiteral("SELECT COUNT(*) FROM profiles p");
    if (filter == StandingFilter::Done)
        sql << stepJoins();
    sql << conditions(*this, cutoff);
    QSqlQuery query(db);
    if (Result<> done = run(query, sql); !done)
        return done.error();
    if (!query.next())
        return readError(query);
    return query.value(0).toInt();
}
