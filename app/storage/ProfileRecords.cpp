#include "ProfileRecords.h"

#include "onboarding/FlowRules.h"

#include "StoreConnection.h"
#include "StoreErrorKind.h"
#include "StoreQuery.h"
#include "StoredValue.h"
#include "onboarding/FieldKey.h"
#include "onboarding/UnreadableValue.h"

ProfileRecords::ProfileRecords(StoreConnection &connection, EventLog events, bool marks)
    : m_connection(connection)
    , m_events(std::move(events))
    , m_marks(marks)
{ }

Result<QList<ProfileSummary>> ProfileRecords::list() const
{
    StoreQuery query(m_connection,
        QStringLiteral("SELECT p.id, COALESCE(f.value, ''), p.current_page, p.updated_at,"
                       " COALESCE(l.value, ''), p.version, ")
            + (m_marks ? QStringLiteral("p.archived_at") : QStringLiteral("NULL"))
            + QStringLiteral(" FROM profiles p"
                             " LEFT JOIN profile_fields f ON f.profile_id = p.id AND f.key = ?"
                             " LEFT JOIN profile_fields l ON l.profile_id = p.id AND l.key = ?")
            + (m_marks ? QStringLiteral(" WHERE p.deleted_at IS NULL") : QString())
            + QStringLiteral(" ORDER BY p.updated_at DESC, p.id DESC"));
    if (Result<> read = query.run(
            QStringLiteral("list profiles"), {FieldKey::CompanyName, FieldKey::ProfileLabel});
        !read)
        return read.error();
    QList<ProfileSummary> profiles;
    QHash<qint64, qsizetype> byId;
    while (query.next()) {
        byId.insert(query.value(0).toLongLong(), profiles.size());
        const QString company = query.value(1).toString();
        const QString label = query.value(4).toString();
        profiles.append({query.value(0).toLongLong(), company, query.value(2).toInt(),
            StoredValue::fromStored(query.value(3).toString()),
            label.trimmed().isEmpty() ? company : label, !query.value(6).isNull(),
            query.value(5).toInt()});
    }
    // Each profile's progress, for lists that show where it stands.
    StoreQuery steps(
        m_connection, QStringLiteral("SELECT profile_id, step, status FROM step_states"));
    if (Result<> read = steps.run(QStringLiteral("list step states"), {}); !read)
        return read.error();
    while (steps.next()) {
        const auto at = byId.constFind(steps.value(0).toLongLong());
        if (at == byId.cend())
            continue;
        ProfileSummary &summary = profiles[*at];
        const std::optional<StepId> step = stepFromKey(steps.value(1).toString());
        const std::optional<StepStatus> status = statusFromKey(steps.value(2).toString());
        if (!step || !status) {
            summary.statusUnreadable = true;
            continue;
        }
        summary.statuses[static_cast<size_t>(*step)] = *status;
    }
    return profiles;
}

Result<ProfileData> ProfileRecords::create(const QString &companyName, const QDateTime &now)
{
    if (Result<> storable = StoredValue::checkStorable(companyName); !storable)
        return storable.error();
    Result<qint64> created = m_connection.inTransaction([&]() -> Result<qint64> {
        const QString what = QStringLiteral("create profile");
        StoreQuery insert(m_connection,
            QStringLiteral("INSERT INTO profiles (created_at, updated_at, current_page,"
                           " version) VALUES (?, ?, 0, 1) RETURNING id"));
        if (Result<> done
            = insert.run(what, {StoredValue::toStored(now), StoredValue::toStored(now)});
            !done)
            return done.error();
        if (!insert.next())
            return insert.failure(what);
        const qint64 id = insert.value(0).toLongLong();
        insert.finish();
        if (Result<> field
            = StoreQuery(m_connection,
                QStringLiteral(
                    "INSERT INTO profile_fields (profile_id, key, value) VALUES (?, ?, ?)"))
                  .run(what, {id, FieldKey::CompanyName, StoredValue::notNull(companyName)});
            !field)
            return field.error();
        if (Result<> search = refreshSearchColumns(m_connection, id); !search)
            return search.error();
        if (Result<> event
            = m_events.append(id, now, EventKind::Created, QString(), QString(), companyName, 1);
            !event)
            return event.error();
        return id;
    });
    if (!created)
        return created.error();
    return load(created.value());
}

Result<ProfileData> ProfileRecords::load(qint64 id) const
{
    StoreQuery profile(m_connection,
        QStringLiteral("SELECT created_at, updated_at, current_page, version, ")
            + (m_marks ? QStringLiteral("archived_at, deleted_at") : QStringLiteral("NULL, NULL"))
            + QStringLiteral(" FROM profiles WHERE id = ?"));
    if (Result<> read = profile.run(QStringLiteral("load profile"), {id}); !read)
        return read.error();
    if (!profile.next())
        return Error {ProgressStore::tr("The profile no longer exists.", "@info"),
            QStringLiteral("profile %1").arg(id)};
    ProfileData data;
    data.id = id;
    // A value this version cannot read is named (UnreadableValue), never
    // shown as "not started" or left blank without a word.
    const auto storedTime = [&data](const QString &text, const auto &describe) {
        const QDateTime time = StoredValue::fromStored(text);
        if (!text.isEmpty() && !time.isValid())
            data.unreadable << describe();
        return time;
    };
    const QString created = profile.value(0).toString();
    const QString updated = profile.value(1).toString();
    data.createdAt
        = storedTime(created, [&] { return UnreadableValue::ofProfile(u"created_at", created); });
    data.updatedAt
        = storedTime(updated, [&] { return UnreadableValue::ofProfile(u"updated_at", updated); });
    data.currentPage = profile.value(2).toInt();
    data.version = profile.value(3).toInt();
    const QString archived = profile.value(4).toString();
    const QString deleted = profile.value(5).toString();
    data.archivedAt = storedTime(
        archived, [&] { return UnreadableValue::ofProfile(u"archived_at", archived); });
    data.deletedAt
        = storedTime(deleted, [&] { return UnreadableValue::ofProfile(u"deleted_at", deleted); });

    StoreQuery fields(
        m_connection, QStringLiteral("SELECT key, value FROM profile_fields WHERE profile_id = ?"));
    if (Result<> read = fields.run(QStringLiteral("load fields"), {id}); !read)
        return read.error();
    while (fields.next())
        data.fields.insert(fields.value(0).toString(), fields.value(1).toString());

    StoreQuery steps(m_connection,
        QStringLiteral(
            "SELECT step, status, since, expected_by FROM step_states WHERE profile_id = ?"));
    if (Result<> read = steps.run(QStringLiteral("load steps"), {id}); !read)
        return read.error();
    while (steps.next()) {
        const QString stepText = steps.value(0).toString();
        const QString statusText = steps.value(1).toString();
        const QString since = steps.value(2).toString();
        const QString expectedBy = steps.value(3).toString();
        const auto step = stepFromKey(stepText);
        if (!step) {
            data.unreadable << UnreadableValue::unknownStep(stepText, statusText);
            continue;
        }
        const auto status = statusFromKey(statusText);
        if (!status)
            data.unreadable << UnreadableValue::ofStep(*step, UnreadableValue::Status, statusText);
        data.step(*step) = StepState {status.value_or(StepStatus::NotStarted),
            storedTime(since,
                [&] { return UnreadableValue::ofStep(*step, UnreadableValue::Since, since); }),
            storedTime(expectedBy, [&] {
                return UnreadableValue::ofStep(*step, UnreadableValue::ExpectedBy, expectedBy);
            })};
    }
    return data;
}

Result<int> ProfileRecords::claimVersion(
    qint64 id, const QDateTime &now, int expectedVersion, Deleted deleted)
{
    // The first statement of every save: it takes the row's write lock, so
    // of two concurrent saves from one version exactly one gets through.
    // A deleted profile takes no saves: a window still open on it must not
    // write into a tombstone as if nothing had happened.
    const bool refuseDeleted = m_marks && deleted == Deleted::Refuse;
    int claimed = 0;
    {
        const bool anyVersion = expectedVersion == ProgressStore::AnyVersion;
        QString sql = QStringLiteral(
            "UPDATE profiles SET version = version + 1, updated_at = ? WHERE id = ?");
        if (!anyVersion)
            sql += QStringLiteral(" AND version = ?");
        if (refuseDeleted)
            sql += QStringLiteral(" AND deleted_at IS NULL");
        StoreQuery update(m_connection, sql + QStringLiteral(" RETURNING version"));
        QVariantList values {StoredValue::toStored(now), id};
        if (!anyVersion)
            values << expectedVersion;
        if (Result<> done = update.run(QStringLiteral("update profile"), values); !done)
            return done.error();
        if (update.next())
            claimed = update.value(0).toInt();
    }
    if (claimed > 0)
        return claimed;
    StoreQuery current(m_connection,
        QStringLiteral("SELECT version, ")
            + (m_marks ? QStringLiteral("deleted_at") : QStringLiteral("NULL"))
            + QStringLiteral(" FROM profiles WHERE id = ?"));
    if (Result<> read = current.run(QStringLiteral("read version"), {id}); !read)
        return read.error();
    if (!current.next())
        return Error {ProgressStore::tr("The profile no longer exists.", "@info"),
            QStringLiteral("profile %1").arg(id)};
    if (refuseDeleted && !current.value(1).isNull())
        return storeError(StoreErrorKind::Conflict,
            ProgressStore::tr("This profile was deleted, so your latest changes were not saved. "
                              "Its timeline says who deleted it; the deletion can be undone.",
                "@info"),
            QStringLiteral("profile %1: deleted at %2").arg(id).arg(current.value(1).toString()));
    return storeError(StoreErrorKind::Conflict,
        ProgressStore::tr("Someone else changed this profile after you opened it, so your latest "
                          "changes were not saved.",
            "@info"),
        QStringLiteral("profile %1: saved against version %2, the database has version %3")
            .arg(id)
            .arg(expectedVersion)
            .arg(current.value(0).toInt()));
}

Result<> ProfileRecords::refreshSearchColumns(const StoreConnection &connection, qint64 id)
{
    return StoreQuery(connection,
        QStringLiteral("UPDATE profiles SET ") + Schema::searchColumns()
            + QStringLiteral(" WHERE id = ?"))
        .run(QStringLiteral("search columns"), {id});
}

Result<int> ProfileRecords::saveFields(
    qint64 id, const QHash<QString, QString> &fields, const QDateTime &now, int expectedVersion)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (Result<> storable = StoredValue::checkStorable(it.value()); !storable)
            return storable.error();
    }
    return m_connection.inTransaction([&]() -> Result<int> {
        const Result<int> version = claimVersion(id, now, expectedVersion);
        if (!version)
            return version;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            if (Result<> saved = StoreQuery(m_connection,
                    QStringLiteral(
                        "INSERT INTO profile_fields (profile_id, key, value) VALUES (?, ?, ?)"
                        " ON CONFLICT (profile_id, key) DO UPDATE SET value = excluded.value"))
                                     .run(QStringLiteral("save field"),
                                         {id, it.key(), StoredValue::notNull(it.value())});
                !saved)
                return saved.error();
            // An account check's record is evidence, not personal data: each
            // run is its own line with its values (time, RequestId, finding).
            if (FieldKey::AccountChecks.contains(it.key())) {
                if (Result<> event = m_events.append(id, now, EventKind::AccountCheck, it.key(),
                        QString(), it.value(), version.value());
                    !event)
                    return event.error();
                continue;
            }
            // The network check's record, likewise (it holds ids and blocks).
            if (it.key() == FieldKey::NetworkCheck) {
                if (Result<> event = m_events.append(id, now, EventKind::NetworkCheck, it.key(),
                        QString(), it.value(), version.value());
                    !event)
                    return event.error();
                continue;
            }
            // Field edits are logged without their values: some are personal data.
            if (Result<> event = m_events.appendFieldEdit(id, now, it.key(), version.value());
                !event)
                return event.error();
        }
        if (fields.contains(FieldKey::CompanyName) || fields.contains(FieldKey::CreditCode)) {
            if (Result<> search = refreshSearchColumns(m_connection, id); !search)
                return search.error();
        }
        return version;
    });
}

Result<int> ProfileRecords::saveStepState(qint64 id, StepId step, const StepState &state,
    StepStatus previous, const QDateTime &now, int expectedVersion)
{
    return m_connection.inTransaction([&]() -> Result<int> {
        const Result<int> version = claimVersion(id, now, expectedVersion);
        if (!version)
            return version;
        if (Result<> saved = StoreQuery(m_connection,
                QStringLiteral(
                    "INSERT INTO step_states (profile_id, step, status, since, expected_by)"
                    " VALUES (?, ?, ?, ?, ?) ON CONFLICT (profile_id, step) DO UPDATE SET"
                    " status = excluded.status, since = excluded.since,"
                    " expected_by = excluded.expected_by"))
                                 .run(QStringLiteral("save status"),
                                     {id, stepKey(step), statusKey(state.status),
                                         StoredValue::toStored(state.since),
                                         StoredValue::toStored(state.expectedBy)});
            !saved)
            return saved.error();
        if (Result<> event = m_events.append(id, now, EventKind::Status, stepKey(step),
                statusKey(previous), statusKey(state.status), version.value());
            !event)
            return event.error();
        return version;
    });
}

Result<> ProfileRecords::saveCurrentPage(qint64 id, int page)
{
    if (Result<> writable = m_connection.reopenIfReadOnly(); !writable)
        return writable;
    return StoreQuery(
        m_connection, QStringLiteral("UPDATE profiles SET current_page = ? WHERE id = ?"))
        .run(QStringLiteral("save page"), {page, id});
}

Result<> ProfileRecords::settle(qint64 id, const QDateTime &now)
{
    const Result<ProfileData> data = load(id);
    if (!data)
        return data.error();
    const Settlement settlement = FlowRules::settle(data.value());
    if (!settlement.fields.isEmpty()) {
        QHash<QString, QString> fields;
        for (const auto &[key, value] : settlement.fields)
            fields.insert(key, value);
        if (const Result<int> saved = saveFields(id, fields, now, ProgressStore::AnyVersion);
            !saved)
            return saved.error();
    }
    for (const auto &[step, status] : settlement.statuses) {
        const StepState state {status, now, QDateTime()};
        if (const Result<int> saved = saveStepState(
                id, step, state, data.value().status(step), now, ProgressStore::AnyVersion);
            !saved)
            return saved.error();
    }
    return {};
}

Result<int> ProfileRecords::setMark(qint64 id, const QString &column, bool on, const QString &kind,
    const QDateTime &now, int expectedVersion, Deleted deleted)
{
    return m_connection.inTransaction([&]() -> Result<int> {
        const Result<ProfileData> before = load(id);
        if (!before)
            return before.error();
        const bool isOn = column == QLatin1String("deleted_at")
            ? before.value().deletedAt.isValid()
            : before.value().archivedAt.isValid();
        // Asked twice (two windows, a double press): the second changes
        // nothing and logs nothing, but a stale version is still a conflict.
        if (isOn == on) {
            if (expectedVersion != ProgressStore::AnyVersion
                && expectedVersion != before.value().version)
                return claimVersion(id, now, expectedVersion, deleted);
            return before.value().version;
        }
        const Result<int> version = claimVersion(id, now, expectedVersion, deleted);
        if (!version)
            return version;
        if (Result<> marked
            = StoreQuery(
                m_connection, QStringLiteral("UPDATE profiles SET %1 = ? WHERE id = ?").arg(column))
                  .run(QStringLiteral("mark profile"),
                      {StoredValue::toStored(on ? now : QDateTime()), id}); // null: none
            !marked)
            return marked.error();
        // The label it had: the timeline of a tombstone says what was deleted.
        if (Result<> event = m_events.append(
                id, now, kind, QString(), QString(), before.value().label(), version.value());
            !event)
            return event.error();
        return version;
    });
}

Result<int> ProfileRecords::setArchived(
    qint64 id, bool archived, const QDateTime &now, int expectedVersion)
{
    return setMark(id, QStringLiteral("archived_at"), archived,
        archived ? EventKind::Archived : EventKind::Unarchived, now, expectedVersion,
        Deleted::Refuse);
}

Result<int> ProfileRecords::setDeleted(
    qint64 id, bool deleted, const QDateTime &now, int expectedVersion)
{
    return setMark(id, QStringLiteral("deleted_at"), deleted,
        deleted ? EventKind::Deleted : EventKind::Undeleted, now, expectedVersion,
        deleted ? Deleted::Refuse : Deleted::Allow);
}
