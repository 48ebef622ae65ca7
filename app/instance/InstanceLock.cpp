#include "InstanceLock.h"

#include "core/OsUser.h"
#include "core/OwnerOnlyFolder.h"
#include "diagnostics/LogCategories.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QUrl>

namespace {

bool isServerAddress(const QString &location)
{
    return location.contains(QLatin1String("://"));
}

QString canonicalLocation(const QString &location)
{
    // A server address names its database without the password (if any).
    if (isServerAddress(location))
        return QUrl(location).adjusted(QUrl::RemovePassword).toString();
    const QFileInfo info(location);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

QByteArray identity(const QString &location)
{
    return QCryptographicHash::hash(
        (canonicalLocation(location) + QLatin1Char('\n') + osUserName()).toUtf8(),
        QCryptographicHash::Sha256)
        .toHex()
        .left(20);
}

} // namespace

InstanceLock::InstanceLock(const QString &databaseLocation, QObject *parent)
    : QObject(parent)
    , m_location(databaseLocation)
    , m_lock(lockPath(databaseLocation))
{
    // The lock is held for days while the wizard waits for a review: never
    // call it stale by its age, only when its process is gone.
    m_lock.setStaleLockTime(0);
    connect(&m_server, &QLocalServer::newConnection, this, &InstanceLock::answer);
}

InstanceLock::~InstanceLock()
{
    m_server.close();
    m_lock.unlock();
}

QString InstanceLock::lockPath(const QString &databaseLocation)
{
    if (!isServerAddress(databaseLocation))
        return canonicalLocation(databaseLocation) + QStringLiteral(".lock");
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/locks/") + QString::fromLatin1(identity(databaseLocation))
        + QStringLiteral(".lock");
}

QString InstanceLock::serverName(const QString &databaseLocation)
{
    return QStringLiteral("fincloud-onboard-") + QString::fromLatin1(identity(databaseLocation));
}

Result<InstanceLock::Outcome> InstanceLock::claim(int answerTimeoutMs)
{
    const QString path = lockPath(m_location);
    if (!OwnerOnlyFolder::create(QFileInfo(path).absolutePath())) {
        qCWarning(lcStartup) << "No folder for the lock file" << path
                             << "; starting without the one-wizard-per-database check";
        return Outcome::Holding;
    }
    qint64 previousPid = 0;
    QString previousHost;
    QString previousApp;
    const bool leftBehind
        = QFileInfo::exists(path) && m_lock.getLockInfo(&previousPid, &previousHost, &previousApp);

    if (m_lock.tryLock(0)) {
        if (leftBehind)
            qCInfo(lcStartup) << "Took over the lock left by process" << previousPid
                              << "which no longer runs";
        listen();
        return Outcome::Holding;
    }
    if (m_lock.error() != QLockFile::LockFailedError) {
        qCWarning(lcStartup) << "Cannot create the lock file" << path << "(error" << m_lock.error()
                             << "); starting without the one-wizard-per-database check";
        return Outcome::Holding;
    }
    if (handOver(answerTimeoutMs)) {
        qCInfo(lcStartup) << "The wizard already open on this database was asked to come to "
                             "the front";
        return Outcome::HandedOver;
    }
    return heldElsewhere();
}

void InstanceLock::listen()
{
    const QString name = serverName(m_location);
    // A socket file left by a killed start would make listen() fail.
    QLocalServer::removeServer(name);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server.listen(name))
        qCWarning(lcStartup) << "A second start cannot reach this window:"
                             << m_server.errorString();
    else
        qCDebug(lcStartup) << "Listening for second starts on" << m_server.fullServerName();
}

void InstanceLock::answer()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            if (socket->readLine(64) != RaiseRequest) {
                socket->disconnectFromServer();
                return;
            }
            qCInfo(lcStartup) << "Another start of this database asked for this window";
            emit raiseRequested();
            socket->write(RaisedAnswer);
            socket->flush();
            socket->disconnectFromServer();
        });
    }
}

bool InstanceLock::handOver(int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    // The first start may hold the lock a moment before it listens: try again.
    while (!deadline.hasExpired()) {
        QLocalSocket socket;
        socket.connectToServer(serverName(m_location));
        if (socket.waitForConnected(qMax(qint64(1), deadline.remainingTime()))) {
            socket.write(RaiseRequest);
            socket.waitForBytesWritten(int(qMax(qint64(1), deadline.remainingTime())));
            while (!socket.canReadLine()
                && socket.waitForReadyRead(int(qMax(qint64(1), deadline.remainingTime())))) { }
            return socket.readLine(64) == RaisedAnswer;
        }
        QThread::msleep(100);
    }
    return false;
}

Error InstanceLock::heldElsewhere() const
{
    qint64 pid = 0;
    QString host;
    QString app;
    m_lock.getLockInfo(&pid, &host, &app);
    qCWarning(lcStartup) << "The database is held by process" << pid << "on" << host
                         << "which did not answer";
    const QString where = QDir::toNativeSeparators(canonicalLocation(m_location));
    const bool here = host == QSysInfo::machineHostName();
    return Error {here ? tr("The progress database %1 is already open in another "
                            "fincloud-onboard window (process %2), which did not answer. Close "
                            "that window first.",
                      "@info")
                             .arg(where)
                             .arg(pid)
                       : tr("The progress database %1 is already open in fincloud-onboard on the "
                            "computer %2. Close it there first.",
                           "@info")
                             .arg(where, host),
        tr("Lock file: %1", "@info").arg(QDir::toNativeSeparators(lockPath(m_location))),
        QStringLiteral("instance.held")};
}
