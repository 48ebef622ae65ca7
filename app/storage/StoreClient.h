// The GUI side's handle on the progress store. Threaded (the normal program):
// every store call runs on the store's own thread (StoreWorker), so a slow or
// vanished server never freezes the window; results come back as callbacks
// on the caller's thread. Inline (tests, screenshots, headless commands): the
// same calls run at once on the caller's thread against a ProgressStore it
// owns. Never hands out the store itself to another thread.
#pragma once

#include "storage/StoreWorker.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QMutex>
#include <QPointer>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>
#include <type_traits>

class StoreClient : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Work = std::function<Result<T>(ProgressStore &)>;
    template<typename T>
    using Done = std::function<void(const Result<T> &)>;

    // A store call waited for with call() gives up after this long.
    static constexpr int CallTimeoutMs = 60 * 1000;

    // Inline: runs everything at once on this thread against `store`.
    explicit StoreClient(ProgressStore &store, QObject *parent = nullptr);
    // Threaded: the store lives on a thread of its own; start() opens it.
    explicit StoreClient(const StoreAddress &address, QObject *parent = nullptr);
    ~StoreClient() override;

    // Threaded only: opens the store on its thread and reports with opened().
    void start();
    // Opens a threaded client and waits for the opening (program start-up).
    static Result<std::unique_ptr<StoreClient>> open(const StoreAddress &address);

    bool isThreaded() const { return m_thread != nullptr; }
    bool isShared() const;
    // False between connectionLost() and connectionRestored().
    bool isConnected() const { return m_connected; }
    // The file path, or the server address without its password.
    QString location() const;

    // Queues `work`; `done` runs later on this client's thread with the result,
    // unless `context` is gone by then. Inline: both run before post() returns.
    template<typename T>
    void post(Work<T> work, QObject *context, Done<T> done)
    {
        if (!isThreaded()) {
            const Result<T> result = work(*m_inline);
            if (context)
                done(result);
            return;
        }
        QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, client = this, work = std::move(work),
                guard = QPointer<QObject>(context), done = std::move(done)]() {
                Result<T> result = worker->run<T>(work);
                QMetaObject::invokeMethod(
                    client,
                    [guard, done, result = std::move(result)]() {
                        if (guard)
                            done(result);
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

    // Runs `work` and waits for its result. Threaded, with an event loop
    // running: meanwhile this thread keeps painting and running timers (user
    // input waits), so the window stays alive. Before the event loop runs
    // (start-up, plain test functions) it simply blocks, as a direct call
    // would. After `timeoutMs` the wait ends with an error.
    template<typename T>
    Result<T> call(Work<T> work, int timeoutMs = CallTimeoutMs)
    {
        if (!isThreaded())
            return work(*m_inline);
        struct Answer
        {
            QMutex mutex;
            std::optional<Result<T>> result;
            QSemaphore ready;
        };
        auto answer = std::make_shared<Answer>();
        QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, client = this, work = std::move(work), answer]() {
                Result<T> result = worker->run<T>(work);
                {
                    const QMutexLocker lock(&answer->mutex);
                    answer->result = std::move(result);
                }
                answer->ready.release();
                // Wakes a waiting processEvents() below.
                QMetaObject::invokeMethod(
                    client, [] {}, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
        if (QThread::currentThread()->loopLevel() == 0) {
            // No loop to keep alive, and processing events here could run a
            // quit() that the event loop, not started yet, would never see.
            answer->ready.tryAcquire(1, timeoutMs);
        } else {
            QDeadlineTimer deadline(timeoutMs);
            QTimer wake; // so that waiting for events cannot outlast the deadline
            wake.start(std::max(1, timeoutMs));
            while (!answer->ready.tryAcquire() && !deadline.hasExpired())
                QCoreApplication::processEvents(
                    QEventLoop::ExcludeUserInputEvents | QEventLoop::WaitForMoreEvents);
        }
        const QMutexLocker lock(&answer->mutex);
        if (!answer->result)
            return timeoutError();
        return *answer->result;
    }

    // Runs any `f(ProgressStore &)` on the store's thread and waits for it
    // as call() does: for code written against ProgressStore (export,
    // import, diagnostics). After a timeout a Result gives an error, any
    // other type its default value.
    template<typename F>
    auto run(F f) -> std::invoke_result_t<F, ProgressStore &>
    {
        using R = std::invoke_result_t<F, ProgressStore &>;
        if (!isThreaded())
            return f(*m_inline);
        if constexpr (std::is_void_v<R>) {
            call<std::monostate>([f](ProgressStore &store) -> Result<> {
                f(store);
                return {};
            });
        } else {
            // Shared: a late answer after a timeout must have somewhere to go.
            auto answer = std::make_shared<std::optional<R>>();
            call<std::monostate>([f, answer](ProgressStore &store) -> Result<> {
                answer->emplace(f(store));
                return {};
            });
            if (answer->has_value())
                return std::move(**answer);
            if constexpr (std::is_constructible_v<R, Error>)
                return R(timeoutError());
            else
                return R {};
        }
    }

    // The store's everyday calls, each waited for as call() does.
    Result<QList<ProfileSummary>> listProfiles();
    Result<ProfileData> createProfile(const QString &companyName, const QDateTime &now);
    Result<ProfileData> loadProfile(qint64 id);
    Result<QList<ProfileEvent>> events(qint64 id);
    Result<QList<ProfileEvent>> changesSince(qint64 id, int version);
    QString setting(const QString &key);
    Result<> setSetting(const QString &key, const QString &value);

signals:
    void opened(const Error &error); // error.code empty: open
    void connectionLost(const Error &error);
    void connectionRestored();

private:
    Error timeoutError() const;

    ProgressStore *m_inline = nullptr;
    StoreAddress m_address;
    QThread *m_thread = nullptr;
    StoreWorker *m_worker = nullptr;
    bool m_connected = true;
};
