// The progress store's side of importing a profile file (app/exchange): the
// profiles that already hold a value (to find the one an import replaces),
// and the imported profile written in one transaction, as a new profile or in
// place of an old one, its events kept as they were. It never decides which
// profile to replace, and never reads the file itself.
#pragma once

#include "core/Result.h"
#include "onboarding/ProfileData.h"
#include "storage/EventLog.h"
#include "storage/ProgressStore.h"

#include <QDateTime>
#include <QList>
#include <QString>

class StoreConnection;

class ImportRecords
{
public:
    ImportRecords(StoreConnection &connection, EventLog events);

    // As ProgressStore::profilesWithField() and importProfile().
    Result<QList<qint64>> profilesWithField(const QString &key, const QString &value) const;
    Result<qint64> importProfile(const ProfileData &profile, const QList<ProfileEvent> &events,
        qint64 replaceId, const QDateTime &now);

private:
    // Profile `replaceId` emptied of its fields, steps and events, at its
    // next version: returns that version.
    Result<int> clear(qint64 replaceId, const ProfileData &profile, const QDateTime &now);
    // A new profile row: returns its id.
    Result<qint64> insert(const ProfileData &profile, const QDateTime &now);

    StoreConnection &m_connection;
    EventLog m_events;
};
