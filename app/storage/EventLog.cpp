#include "EventLog.h"

#include "StoreConnection.h"
#include "StoreQuery.h"
#include "StoredValue.h"

namespace {

const QString InsertEvent
    = QStringLiteral("INSERT INTO events (profile_id, at, actor, kind, subject,"
                     " old_value, new_value, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
const QString InsertEventWithRole
    = QStringLiteral("INSERT INTO events (profile_id, at, actor, kind, subject,"
                     " old_value, new_value, version, db_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");

QList<ProfileEvent> readEvents(StoreQuery &query)
{
    QList<ProfileEvent> events;
    while (query.next()) {
        events.append(
            {query.value(0).toLongLong(), StoredValue::fromStored(query.value(1).toString()),
                query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
                query.value(5).toString(), query.value(6).toString(), query.value(7).toString()});
    }
    return events;
}

} // namespace

EventLog::EventLog(StoreConnection &connection, Writer writer)
    : m_connection(connection)
    , m_writer(std::move(writer))
{ }

QString EventLog::columns() const
{
    return QStringLiteral("id, at, actor, kind, subject, old_value, new_value, ")
        + (m_writer.roleColumn ? QStringLiteral("db_role") : QStringLiteral("NULL"));
}

Result<> EventLog::append(qint64 id, const QDateTime &now, const QString &kind,
    const QString &subject, const QString &oldValue, const QString &newValue, int version)
{
    const auto nullable
        = [](const QString &text) { return text.isNull() ? QVariant() : QVariant(text); };
    return StoreQuery(m_connection, InsertEvent)
        .run(QStringLiteral("append event"),
            {id, StoredValue::toStored(now), StoredValue::notNull(m_writer.actor), kind,
                StoredValue::notNull(subject), nullable(oldValue), nullable(newValue), version});
}

Result<> EventLog::appendFieldEdit(qint64 id, const QDateTime &now, const QString &key, int version)
{
    // Typing is saved in bursts; one burst of edits to a field by one person
    // is one line in the timeline: the newest event is moved forward instead
    // of adding another while it is the same field, person and a short while.
    // The first keystroke in a step's field starts the step, and a status is
    // saved at once, between the burst's first save and the rest: the
    // burst's line then moves past that start rather than being listed twice.
    StoreQuery recent(m_connection,
        QStringLiteral("SELECT ") + columns()
            + QStringLiteral(" FROM events WHERE profile_id = ? ORDER BY id DESC LIMIT 3"));
    if (Result<> read = recent.run(QStringLiteral("read events"), {id}); !read)
        return read;
    const QList<ProfileEvent> events = readEvents(recent);
    recent.finish();
    const auto sameBurst = [&](const ProfileEvent &event) {
        // The same person: the same client name and the same server role
        // (on PostgreSQL the server would name the updater on the line).
        return event.actor == m_writer.actor && event.role == m_writer.role
            && event.at.secsTo(now) <= ProgressStore::FieldEventMergeSeconds;
    };
    const auto isStepStart = [](const ProfileEvent &event) {
        return event.kind == EventKind::Status
            && event.oldValue == statusKey(StepStatus::NotStarted)
            && event.newValue == statusKey(StepStatus::InProgress);
    };
    qsizetype last = 0;
    while (last < events.size() && isStepStart(events[last]) && sameBurst(events[last]))
        ++last;
    const bool joins = last < events.size() && events[last].kind == EventKind::Field
        && events[last].subject == key && sameBurst(events[last]);
    if (joins && last == 0)
        return StoreQuery(
            m_connection, QStringLiteral("UPDATE events SET at = ?, version = ? WHERE id = ?"))
            .run(QStringLiteral("update event"),
                {StoredValue::toStored(now), version, events[last].id});
    if (joins) {
        if (Result<> moved
            = StoreQuery(m_connection, QStringLiteral("DELETE FROM events WHERE id = ?"))
                  .run(QStringLiteral("move event"), {events[last].id});
            !moved)
            return moved;
    }
    return append(id, now, EventKind::Field, key, QString(), QString(), version);
}

Result<> EventLog::restore(qint64 id, const ProfileEvent &event, int version)
{
    const auto valueOrNull
        = [](const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); };
    QVariantList values {id, StoredValue::toStored(event.at), StoredValue::notNull(event.actor),
        event.kind, StoredValue::notNull(event.subject), valueOrNull(event.oldValue),
        valueOrNull(event.newValue), version};
    if (!m_writer.roleColumn)
        return StoreQuery(m_connection, InsertEvent).run(QStringLiteral("import event"), values);
    values.append(valueOrNull(event.role));
    return StoreQuery(m_connection, InsertEventWithRole)
        .run(QStringLiteral("import event"), values);
}

Result<QList<ProfileEvent>> EventLog::all(qint64 id) const
{
    StoreQuery query(m_connection,
        QStringLiteral("SELECT ") + columns()
            + QStringLiteral(" FROM events WHERE profile_id = ? ORDER BY id DESC"));
    if (Result<> read = query.run(QStringLiteral("read events"), {id}); !read)
        return read.error();
    return readEvents(query);
}

Result<QList<ProfileEvent>> EventLog::changesSince(qint64 id, int version) const
{
    StoreQuery query(m_connection,
        QStringLiteral("SELECT ") + columns()
            + QStringLiteral(" FROM events WHERE profile_id = ? AND version > ? ORDER BY id"));
    if (Result<> read = query.run(QStringLiteral("read events"), {id, version}); !read)
        return read.error();
    return readEvents(query);
}
