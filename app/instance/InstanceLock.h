// One wizard per progress database on this machine. The first start holds a
// QLockFile beside the database (`<database>.lock`; a lock left by a process
// that no longer runs is taken over) and listens on a local socket named after
// the database and the user; a second start asks the first to bring its
// window to the front and ends, or, when no one answers, says who holds the
// database. Headless commands do not take it. It never touches the database.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QLocalServer>
#include <QLockFile>
#include <QObject>

#include <memory>

class InstanceLock : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Holding, // this start holds the database (or it cannot be locked at all: see log)
        HandedOver, // the running wizard was asked to come to the front
    };

    explicit InstanceLock(const QString &databaseLocation, QObject *parent = nullptr);
    ~InstanceLock() override;

    // How long a second start waits for the first one to answer.
    static constexpr int AnswerTimeoutMs = 5000;

    // An Error when another start holds the database and does not answer.
    Result<Outcome> claim(int answerTimeoutMs = AnswerTimeoutMs);

    // <database>.lock for a file; for a server address, a file in the user's
    // data folder named after it.
    static QString lockPath(const QString &databaseLocation);
    // Named after the canonical database path and the user, so that one user
    // never reaches another user's window.
    static QString serverName(const QString &databaseLocation);

    // The request a second start sends, and the answer.
    static inline const QByteArray RaiseRequest = QByteArrayLiteral("raise\n");
    static inline const QByteArray RaisedAnswer = QByteArrayLiteral("raised\n");

signals:
    // Another start of the same database: bring the window to the front.
    void raiseRequested();

private:
    bool handOver(int timeoutMs) const;
    void listen();
    void answer();
    Error heldElsewhere() const;

    QString m_location;
    QLockFile m_lock;
    QLocalServer m_server;
};
