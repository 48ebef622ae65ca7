// The GUI side's handle on the progress store. Threaded (the normal program):
// every store call runs on the store's own thread (StoreWorker), so a slow or
// vanished server never freezes the window; results come back as callbacks
// on the caller's thread. Inline (tests, screenshots, headless commands): the
// same calls run at once on the caller's thread against a ProgressStore it
// owns. Never hands out the store itself to another thread.
#pragma once

#include "storage/StoreWorker.h"

#include <QCoreApplication>
#include <QMutex>
#include <QPointer>
#include <QSemaphore>
#include <QThread>

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

    // Runs `work` and waits for its result, blocking this thread: nothing
    // else runs here meanwhile, no paint, no timer, no other store result.
    // Only for moments without a running event loop: start-up before the
    // window shows, after the loop has ended, plain test functions. While a
    // loop runs, GUI code uses post() (waiting there would freeze the window
    // for as long as a vanished server takes to time out; a warning says so).
    // After `timeoutMs` the wait ends with an error.
    template<typename T>
    Result<T> call(Work<T> work, int timeoutMs = CallTimeoutMs)
    {
        if (!isThreaded())
            return work(*m_inline);
        warnIfLoopRuns();
        struct Answer
        {
            QMutex mutex;
            std::optional<Result<T>> result;
            QSemaphore ready;
        };
        auto answer = std::make_shared<Answer>();
        QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, work = std::move(work), answer]() {
                Result<T> result = worker->run<T>(work);
                {
                    const QMutexLocker lock(&answer->mutex);
                    answer->result = std::move(result);
                }
                answer->ready.release();
            },
            Qt::QueuedConnection);
        answer->ready.tryAcquire(1, timeoutMs);
        const QMutexLocker lock(&answer->mutex);
        if (!answer->result)
            return timeoutError();
        return *answer->result;
    }

    // Waits, blocking as call() does, until the store's thread has run
    // everything posted so far, then runs those posts' `done` callbacks now,
    // in order (only store results are delivered: no paint, timer or input
    // event). For the same moments as call(), e.g. the last save on the way
    // out. False when the store did not answer within `timeoutMs`.
    bool settle(int timeoutMs = CallTimeoutMs);

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

    // The store's everyday calls, each waited for as call() does (so only
    // where no event loop runs).
    Result<QList<ProfileSummary>> listProfiles();
    Result<ProfileData> createProfile(const QString &companyName, const QDateTime &now);
    Result<ProfileData> loadProfile(qint64 id);
    Result<QList<ProfileEvent>> events(qint64 id);
    Result<QList<ProfileEvent>> changesSince(qint64 id, int version);
    QString setting(const QString &key);
    Result<> setSetting(const QString &key, const QString &value);

    // The address the store was opened with.
    const StoreAddress &address() const { return m_address; }

signals:
    void opened(const Error &error); // error.code empty: open
    void connectionLost(const Error &error);
    void connectionRestored();

private:
    Error timeoutError() const;
    void warnIfLoopRuns() const;

    ProgressStore *m_inline = nullptr;
    StoreAddress m_address;
    QThread *m_thread = nullptr;
    StoreWorker *m_worker = nullptr;
    bool m_connected = true;
};
