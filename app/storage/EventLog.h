// A profile's timeline in the progress store (the events table): who changed
// what and when, and at which version of the profile. A burst of edits to one
// field by one person is one line. Field edits are logged without their
// values (some are personal data). It only appends and reads events: it
// never changes a profile, and never rewrites an event except to move a
// field edit's line forward.
#pragma once

#include "core/Result.h"
#include "storage/ProgressStore.h"

#include <QDateTime>
#include <QList>
#include <QString>

class StoreConnection;

class EventLog
{
public:
    // `actor`: who the events appended through this log name.
    EventLog(StoreConnection &connection, QString actor);

    Result<> append(qint64 id, const QDateTime &now, const QString &kind, const QString &subject,
        const QString &oldValue, const QString &newValue, int version);
    // An edit of field `key`: joins the newest event when that is an edit of
    // the same field by the same person a short while ago.
    Result<> appendFieldEdit(qint64 id, const QDateTime &now, const QString &key, int version);
    // An event read from an exported profile, kept as it was (its time, its
    // actor; an empty value stored as none).
    Result<> restore(qint64 id, const ProfileEvent &event, int version);

    // Newest first.
    Result<QList<ProfileEvent>> all(qint64 id) const;
    // What was changed after the profile was at `version`, oldest first.
    Result<QList<ProfileEvent>> changesSince(qint64 id, int version) const;

private:
    StoreConnection &m_connection;
    QString m_actor;
};
