#include "ImportRecords.h"

#include "ProfileRecords.h"
#include "StoreConnection.h"
#include "StoreQuery.h"
#include "StoredValue.h"

ImportRecords::ImportRecords(StoreConnection &connection, EventLog events)
    : m_connection(connection)
    , m_events(std::move(events))
{ }

Result<QList<qint64>> ImportRecords::profilesWithField(
    const QString &key, const QString &value) const
{
    StoreQuery query(m_connection,
        QStringLiteral("SELECT f.profile_id FROM profile_fields f JOIN profiles p"
                       " ON p.id = f.profile_id WHERE f.key = ? AND f.value = ?"
                       " AND p.deleted_at IS NULL ORDER BY f.profile_id"));
    if (Result<> found
        = query.run(QStringLiteral("find profiles"), {key, StoredValue::notNull(value)});
        !found)
        return found.error();
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

Result<int> ImportRecords::clear(qint64 replaceId, const ProfileData &profile, const QDateTime &now)
{
    const QString what = QStringLiteral("replace profile");
    const QDateTime created = profile.createdAt.isValid() ? profile.createdAt : now;
    StoreQuery update(m_connection,
        QStringLiteral("UPDATE profiles SET created_at = ?, updated_at = ?,"
                       " current_page = ?, version = version + 1 WHERE id = ?"
                       " RETURNING version"));
    if (Result<> done = update.run(what,
            {StoredValue::toStored(created), StoredValue::toStored(now), profile.currentPage,
                replaceId});
        !done)
        return done.error();
    if (!update.next())
        return Error {ProgressStore::tr("The profile no longer exists.", "@info"),
            QStringLiteral("profile %1").arg(replaceId)};
    const int version = update.value(0).toInt();
    update.finish();
    for (const QString &sql : {QStringLiteral("DELETE FROM profile_fields WHERE profile_id = ?"),
             QStringLiteral("DELETE FROM step_states WHERE profile_id = ?"),
             QStringLiteral("DELETE FROM events WHERE profile_id = ?")}) {
        if (Result<> cleared = StoreQuery(m_connection, sql).run(what, {replaceId}); !cleared)
            return cleared.error();
    }
    return version;
}

Result<qint64> ImportRecords::insert(const ProfileData &profile, const QDateTime &now)
{
    const QString what = QStringLiteral("import profile");
    const QDateTime created = profile.createdAt.isValid() ? profile.createdAt : now;
    StoreQuery insert(m_connection,
        QStringLiteral("INSERT INTO profiles (created_at, updated_at,"
                       " current_page, version) VALUES (?, ?, ?, 1) RETURNING id"));
    if (Result<> done = insert.run(what,
            {StoredValue::toStored(created), StoredValue::toStored(now), profile.currentPage});
        !done)
        return done.error();
    if (!insert.next())
        return insert.failure(what);
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    return id;
}

Result<qint64> ImportRecords::importProfile(const ProfileData &profile,
    const QList<ProfileEvent> &events, qint64 replaceId, const QDateTime &now)
{
    for (const QString &value : profile.fields) {
        if (Result<> storable = StoredValue::checkStorable(value); !storable)
            return storable.error();
    }
    for (const ProfileEvent &event : events) {
        for (const QString &text :
            {event.actor, event.subject, event.oldValue, event.newValue, event.role}) {
            if (Result<> storable = StoredValue::checkStorable(text); !storable)
                return storable.error();
        }
    }
    return m_connection.inTransaction([&]() -> Result<qint64> {
        qint64 id = replaceId;
        int version = 1;
        if (replaceId != 0) {
            const Result<int> cleared = clear(replaceId, profile, now);
            if (!cleared)
                return cleared.error();
            version = cleared.value();
        } else {
            const Result<qint64> inserted = insert(profile, now);
            if (!inserted)
                return inserted;
            id = inserted.value();
        }
        for (auto it = profile.fields.cbegin(); it != profile.fields.cend(); ++it) {
            if (Result<> field = StoreQuery(m_connection,
                    QStringLiteral(
                        "INSERT INTO profile_fields (profile_id, key, value) VALUES (?, ?, ?)"))
                                     .run(QStringLiteral("import field"),
                                         {id, it.key(), StoredValue::notNull(it.value())});
                !field)
                return field.error();
        }
        if (Result<> search = ProfileRecords::refreshSearchColumns(m_connection, id); !search)
            return search.error();
        for (StepId step : AllSteps) {
            const StepState &state = profile.step(step);
            if (state == StepState {})
                continue; // as never touched: no row, as the wizard leaves it
            if (Result<> saved = StoreQuery(m_connection,
                    QStringLiteral("INSERT INTO step_states (profile_id, step, status,"
                                   " since, expected_by) VALUES (?, ?, ?, ?, ?)"))
                                     .run(QStringLiteral("import status"),
                                         {id, stepKey(step), statusKey(state.status),
                                             StoredValue::toStored(state.since),
                                             StoredValue::toStored(state.expectedBy)});
                !saved)
                return saved.error();
        }
        for (const ProfileEvent &event : events) {
            if (Result<> restored = m_events.restore(id, event, version); !restored)
                return restored.error();
        }
        return id;
    });
}
