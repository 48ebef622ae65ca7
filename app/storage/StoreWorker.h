// The progress store's own thread: owns the ProgressStore (a database
// connection belongs to the thread that opened it) and runs the work queued
// by StoreClient, in order. It notices a lost server, says so once, and
// reconnects with growing pauses. It never touches widgets and never makes
// the thread that queued the work wait.
#pragma once

#include "core/Result.h"
#include "storage/ProgressStore.h"
#include "storage/StoreAddress.h"

#include <QObject>

#include <functional>
#include <memory>

class QTimer;

class StoreWorker : public QObject
{
    Q_OBJECT
public:
    // Pauses between reconnection attempts: doubling from the first to the last.
    static constexpr int FirstRetryMs = 250;
    static constexpr int LastRetryMs = 8000;

    explicit StoreWorker(StoreAddress address);
    ~StoreWorker() override;

    // On the worker's thread: opens and migrates the store.
    Result<> open();
    // On the worker's thread: closes the store and hands this object back to
    // `home` (so that it can be deleted there once the thread has ended).
    void close(QThread *home);

    // On the worker's thread: runs `work`. While the server is gone it fails
    // at once with StoreErrorKind::Disconnected, without waiting for it.
    template<typename T>
    Result<T> run(const std::function<Result<T>(ProgressStore &)> &work)
    {
        if (!m_store || !m_connected)
            return disconnectedError();
        Result<T> result = work(*m_store);
        if (!m_store->hasLostConnection())
            return result;
        noticeLoss(result ? Error {} : result.error());
        if (!result)
            return disconnectedError();
        return result; // its own errors say Disconnected
    }

signals:
    void connectionLost(const Error &error);
    void connectionRestored();

private:
    void noticeLoss(const Error &error);
    void tryReconnect();
    Error disconnectedError() const;

    StoreAddress m_address;
    std::unique_ptr<ProgressStore> m_store;
    QTimer *m_retry = nullptr;
    int m_retryMs = FirstRetryMs;
    bool m_connected = false;
    Error m_loss;
};
