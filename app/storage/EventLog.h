// A profile's timeline in the progress store (the events table): who changed
// what and when, and at which version of the profile. A burst of edits to one
// field by one person is one line. Field edits are logged without their
// values (some are personal data). It only appends and reads events: it
// never changes a profile, and never rewrites an event except to move a
// field edit's line forward. It never names a database role itself: on
// PostgreSQL the server does (Schema::ServerRecordedRole).
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
    struct Writer
    {
        QString actor; // the client's name for itself (the OS user)
        QString role; // the server's name for this connection; empty on SQLite
        bool roleColumn = true; // whether events have db_role (older schemas do not)
    };

    EventLog(StoreConnection &connection, Writer writer);

    Result<> append(qint64 id, const QDateTime &now, const QString &kind, const QString &subject,
        const QString &oldValue, const QString &newValue, int version);
    // An edit of field `key`: joins the newest event when that is an edit of
    // the same field by the same person a short while ago.
    Result<> appendFieldEdit(qint64 id, const QDateTime &now, const QString &key, int version);
    // An event read from an exported profile, kept as it was (its time, its
    // actor; an empty value stored as none). Its role is kept on SQLite; on
    // PostgreSQL the server records the importing role instead.
    Result<> restore(qint64 id, const ProfileEvent &event, int version);

    // Newest first.
    Result<QList<ProfileEvent>> all(qint64 id) const;
    // What was changed after the profile was at `version`, oldest first.
    Result<QList<ProfileEvent>> changesSince(qint64 id, int version) const;

private:
    QString columns() const;

    StoreConnection &m_connection;
    Writer m_writer;
};
