#include "StoreClient.h"

#include "diagnostics/LogCategories.h"

StoreClient::StoreClient(ProgressStore &store, QObject *parent)
    : QObject(parent)
    , m_inline(&store)
    , m_address(store.address())
{ }

StoreClient::StoreClient(const StoreAddress &address, QObject *parent)
    : QObject(parent)
    , m_address(address)
    , m_thread(new QThread(this))
    , m_worker(new StoreWorker(address))
{
    m_thread->setObjectName(QStringLiteral("progress-store"));
    m_worker->moveToThread(m_thread);
    connect(m_worker, &StoreWorker::connectionLost, this, [this](const Error &error) {
        m_connected = false;
        emit connectionLost(error);
    });
    connect(m_worker, &StoreWorker::connectionRestored, this, [this] {
        m_connected = true;
        emit connectionRestored();
    });
    m_thread->start();
}

StoreClient::~StoreClient()
{
    if (!m_thread)
        return;
    // Work already queued still runs (saves that were promised); then the
    // store closes on its own thread.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, home = thread()] { worker->close(home); },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void StoreClient::start()
{
    if (!isThreaded())
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, client = this] {
            const Result<> result = worker->open();
            const Error error = result ? Error {} : result.error();
            QMetaObject::invokeMethod(
                client, [client, error] { emit client->opened(error); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

Result<std::unique_ptr<StoreClient>> StoreClient::open(const StoreAddress &address)
{
    auto client = std::make_unique<StoreClient>(address);
    Result<> result;
    QMetaObject::invokeMethod(
        client->m_worker, [&result, worker = client->m_worker] { result = worker->open(); },
        Qt::BlockingQueuedConnection);
    if (!result)
        return result.error();
    return client;
}

bool StoreClient::isShared() const
{
    return m_address.isPostgres();
}

QString StoreClient::location() const
{
    if (m_inline)
        return m_inline->location();
    return m_address.isPostgres() ? m_address.displayName() : m_address.sqlitePath();
}

Error StoreClient::timeoutError() const
{
    return storeError(StoreErrorKind::Disconnected,
        ProgressStore::tr("The progress database did not answer in time.", "@info"), location());
}

Result<QList<ProfileSummary>> StoreClient::listProfiles()
{
    return call<QList<ProfileSummary>>([](ProgressStore &store) { return store.listProfiles(); });
}

Result<ProfileData> StoreClient::createProfile(const QString &companyName, const QDateTime &now)
{
    return call<ProfileData>(
        [=](ProgressStore &store) { return store.createProfile(companyName, now); });
}

Result<ProfileData> StoreClient::loadProfile(qint64 id)
{
    return call<ProfileData>([=](ProgressStore &store) { return store.loadProfile(id); });
}

Result<QList<ProfileEvent>> StoreClient::events(qint64 id)
{
    return call<QList<ProfileEvent>>([=](ProgressStore &store) { return store.events(id); });
}

Result<QList<ProfileEvent>> StoreClient::changesSince(qint64 id, int version)
{
    return call<QList<ProfileEvent>>(
        [=](ProgressStore &store) { return store.changesSince(id, version); });
}

QString StoreClient::setting(const QString &key)
{
    const Result<QString> value = call<QString>(
        [=](ProgressStore &store) -> Result<QString> { return store.setting(key); });
    return value ? value.value() : QString();
}

Result<> StoreClient::setSetting(const QString &key, const QString &value)
{
    return call<std::monostate>([=](ProgressStore &store) { return store.setSetting(key, value); });
}

bool StoreClient::settle(int timeoutMs)
{
    if (!isThreaded())
        return true; // inline posts have delivered their results already
    warnIfLoopRuns();
    // The worker runs its queue in order: once this has run, every earlier
    // post has run too and has queued its `done` here.
    auto drained = std::make_shared<QSemaphore>();
    QMetaObject::invokeMethod(
        m_worker, [drained] { drained->release(); }, Qt::QueuedConnection);
    if (!drained->tryAcquire(1, timeoutMs))
        return false;
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    return true;
}

void StoreClient::warnIfLoopRuns() const
{
    if (QThread::currentThread()->loopLevel() > 0)
        qCWarning(lcStorage) << "A store call waited on a thread whose event loop runs; the "
                                "window could not paint meanwhile";
}
