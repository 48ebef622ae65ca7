// The profiles in the progress store: created, listed, loaded, and saved
// field by field and step by step. Every save first claims the next version
// of the profile, so of two saves from one version exactly one gets through
// and the other fails with StoreErrorKind::Conflict; every change appends its
// event (EventLog). It never opens a database, never judges what a field
// holds beyond whether the store can keep it, and never drops a value it
// cannot read: that is named (UnreadableValue).
#pragma once

#include "core/Result.h"
#include "onboarding/ProfileData.h"
#include "storage/EventLog.h"
#include "storage/ProgressStore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

class StoreConnection;

class ProfileRecords
{
public:
    // `marks`: whether the schema has the archive and delete columns
    // (Schema::ArchiveAndDelete); false only while older migrations run.
    ProfileRecords(StoreConnection &connection, EventLog events, bool marks = true);

    // Newest change first; not the deleted ones.
    Result<QList<ProfileSummary>> list() const;
    Result<ProfileData> create(const QString &companyName, const QDateTime &now);
    Result<ProfileData> load(qint64 id) const;
    // As ProgressStore::saveFields() and saveStepState().
    Result<int> saveFields(qint64 id, const QHash<QString, QString> &fields, const QDateTime &now,
        int expectedVersion);
    Result<int> saveStepState(qint64 id, StepId step, const StepState &state, StepStatus previous,
        const QDateTime &now, int expectedVersion);
    Result<> saveCurrentPage(qint64 id, int page);
    // As ProgressStore::setArchived(), deleteProfile() and undeleteProfile().
    Result<int> setArchived(qint64 id, bool archived, const QDateTime &now, int expectedVersion);
    Result<int> setDeleted(qint64 id, bool deleted, const QDateTime &now, int expectedVersion);
    // As ProgressStore::settle().
    Result<> settle(qint64 id, const QDateTime &now);

    // After a change of the company name or credit code: the profile's
    // search columns (Schema::searchColumns) from its fields.
    static Result<> refreshSearchColumns(const StoreConnection &connection, qint64 id);

private:
    // Whether a save may reach a deleted profile: only its undo may.
    enum class Deleted { Refuse, Allow };
    // The first statement of every save: the profile's next version, or
    // Conflict when it is no longer at `expectedVersion` or was deleted.
    Result<int> claimVersion(
        qint64 id, const QDateTime &now, int expectedVersion, Deleted deleted = Deleted::Refuse);
    // Sets the time column `column` (archived_at, deleted_at) to `now` or
    // none, with event `kind`; a no-op when it already is.
    Result<int> setMark(qint64 id, const QString &column, bool on, const QString &kind,
        const QDateTime &now, int expectedVersion, Deleted deleted);

    StoreConnection &m_connection;
    EventLog m_events;
    bool m_marks = true;
};
