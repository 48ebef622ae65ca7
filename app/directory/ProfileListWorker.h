// Runs the profile list's queries on its own thread with its own database
// connection, so that a slow or unreachable server never stops the window.
// A request that a newer one has replaced is skipped unread. It never writes,
// and never touches the model: answers leave as signals (queued across the
// thread boundary).
#pragma once

#include "ConnectionOpener.h"
#include "ProfileListQuery.h"

#include <QObject>

#include <atomic>
#include <memory>

class ProfileListWorker : public QObject
{
    Q_OBJECT
public:
    // `newest`: the generation of the newest request; older ones are skipped.
    ProfileListWorker(ConnectionOpener opener, std::shared_ptr<const std::atomic<quint64>> newest);
    ~ProfileListWorker() override;

    // Both run in the worker's thread (queued calls).
    void load(quint64 generation, const ProfileListQuery &query, int offset, int limit);
    // `whole`: the count of every profile the list could show (the search
    // and the status filter left out), for "showing N of M".
    void countRows(quint64 generation, const ProfileListQuery &query, bool whole = false);

signals:
    void pageLoaded(
        quint64 generation, int offset, const QList<ProfileListRow> &rows, bool hasMore);
    void counted(quint64 generation, int count, bool whole);
    void failed(quint64 generation, const Error &error);

private:
    bool superseded(quint64 generation) const { return generation < m_newest->load(); }
    Result<QSqlDatabase> connection();
    void dropConnection();

    ConnectionOpener m_opener;
    std::shared_ptr<const std::atomic<quint64>> m_newest;
    QString m_connectionName;
    bool m_connected = false;
};
