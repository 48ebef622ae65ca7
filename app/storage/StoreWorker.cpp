#include "StoreWorker.h"

#include <QThread>
#include <QTimer>

StoreWorker::StoreWorker(StoreAddress address) : m_address(std::move(address)) { }

StoreWorker::~StoreWorker() = default;

Result<> StoreWorker::open()
{
    Result<std::unique_ptr<ProgressStore>> opened = ProgressStore::open(m_address);
    if (!opened)
        return opened.error();
    m_store = std::move(opened).value();
    m_connected = true;
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &StoreWorker::tryReconnect);
    return {};
}

void StoreWorker::close(QThread *home)
{
    delete m_retry;
    m_retry = nullptr;
    m_store.reset();
    moveToThread(home);
}

Error StoreWorker::disconnectedError() const
{
    return storeError(StoreErrorKind::Disconnected,
        ProgressStore::tr("The connection to the shared database is lost; your edits "
                          "are kept and will be saved when it is back.",
            "@info"),
        m_loss.details);
}

void StoreWorker::noticeLoss(const Error &error)
{
    m_connected = false;
    m_loss = error;
    m_retryMs = FirstRetryMs;
    m_retry->start(m_retryMs);
    emit connectionLost(disconnectedError());
}

void StoreWorker::tryReconnect()
{
    if (!m_store)
        return;
    if (Result<> back = m_store->reconnect(); !back) {
        m_loss = back.error();
        m_retryMs = std::min(m_retryMs * 2, LastRetryMs);
        m_retry->start(m_retryMs);
        return;
    }
    m_connected = true;
    m_loss = {};
    emit connectionRestored();
}
