// Test support: a private PostgreSQL server for one test, which the test may
// stop (pause) and start again (resume) on the same port, to take the server
// away from a running program. Started with tests/pg/pg-test-cluster.sh
// (FINCLOUD_PG_SCRIPT); removed when the object goes.
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// A private PostgreSQL server for one test (it is stopped and started).
class PrivateServer
{
public:
    // Beside the shared server's state when there is one, so that its
    // fixture's cleanup also stops this server if the test is killed.
    PrivateServer() : m_state(statePath()) { }
    ~PrivateServer()
    {
        if (m_started)
            script(QStringLiteral("stop"));
    }
    bool start() { return m_started = script(QStringLiteral("start")); }
    bool pause() { return script(QStringLiteral("pause")); }
    bool resume() { return script(QStringLiteral("resume")); }
    QString url() const
    {
        QFile state(m_state);
        if (!state.open(QIODevice::ReadOnly))
            return {};
        for (const QByteArray &line : state.readAll().split('\n')) {
            if (line.startsWith("PG_URL="))
                return QString::fromUtf8(line.mid(7)).trimmed();
        }
        return {};
    }

private:
    QString statePath() const
    {
        const QString shared = qEnvironmentVariable("FINCLOUD_TEST_PG_STATE");
        const QString name
            = QStringLiteral("private-%1.env").arg(QCoreApplication::applicationPid());
        return shared.isEmpty() ? m_dir.filePath(name) : QFileInfo(shared).dir().filePath(name);
    }

    bool script(const QString &command)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(
            QStringLiteral("bash"), {QStringLiteral(FINCLOUD_PG_SCRIPT), command, m_state});
        // Not waitForFinished: the store thread's signals must keep coming.
        QElapsedTimer waited;
        waited.start();
        while (process.state() != QProcess::NotRunning && waited.elapsed() < 120000)
            QTest::qWait(20);
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    QTemporaryDir m_dir;
    QString m_state;
    bool m_started = false;
};
