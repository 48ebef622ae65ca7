// Turns SIGTERM, SIGINT and SIGHUP (logout, kill, Ctrl+C) into an orderly
// QCoreApplication::quit(), so that the normal shutdown path saves pending
// edits. The signal handler only writes one byte to a pipe; everything else
// happens in the event loop.
#pragma once

#include <QObject>

class QSocketNotifier;

class QuitOnSignal : public QObject
{
    Q_OBJECT
public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;

    bool isActive() const { return m_notifier != nullptr; }

signals:
    void signalled(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};
