// Acknowledged changes survive a crash: a child process writes through the
// real store and reports each acknowledged change; it is killed with SIGKILL
// at a random moment; the database must pass its integrity check and hold
// every acknowledged change. Many rounds.
#include "onboarding/FieldKey.h"
#include "storage/ProgressStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void acknowledgedChangesSurviveSigkill();
};

void TestCrashSafety::acknowledgedChangesSurviveSigkill()
{
    constexpr int Rounds = 50;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
    qint64 id = 0;
    {
        auto store = std::move(ProgressStore::openSqlite(path)).value();
        id = store
                 ->createProfile(QStringLiteral("Crash Test Ltd"),
                     QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC))
                 .value()
                 .id;
    }
    QRandomGenerator random(20261128);
    int totalAcks = 0;
    for (int round = 0; round < Rounds; ++round) {
        QProcess child;
        child.start(QStringLiteral(FINCLOUD_STORE_WRITER), {path, QString::number(id)});
        QVERIFY(child.waitForStarted());
        // The random moment counts from the first acknowledged write, so a
        // slow start (a sanitizer build, a busy machine) still kills mid-work.
        QVERIFY(child.waitForReadyRead(60000));
        QTest::qWait(int(random.bounded(20, 120)));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        int lastAck = -1;
        for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
            if (line.startsWith("ack "))
                lastAck = line.mid(4).toInt();
        }
        totalAcks += lastAck + 1;

        Result<std::unique_ptr<ProgressStore>> store = ProgressStore::openSqlite(path);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().details));
        {
            QSqlDatabase check
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            check.setDatabaseName(path);
            QVERIFY(check.open());
            QSqlQuery integrity(check);
            QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next());
            QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        const ProfileData data = store.value()->loadProfile(id).value();
        for (int n = 0; n <= lastAck; n += 2)
            QVERIFY2(
                data.field(QStringLiteral("crash.%1").arg(n)) == QStringLiteral("value %1").arg(n),
                qPrintable(QStringLiteral("round %1: acknowledged change %2 is missing")
                               .arg(round)
                               .arg(n)));
        if (lastAck >= 1) {
            // The last acknowledged status, or the next one: a write may have
            // committed just before the kill without being reported.
            const int lastStatus = lastAck % 2 == 1 ? lastAck : lastAck - 1;
            const auto statusOf
                = [](int n) { return n % 4 == 1 ? StepStatus::InProgress : StepStatus::Done; };
            const StepStatus found = data.status(StepId::Register);
            QVERIFY2(found == statusOf(lastStatus) || found == statusOf(lastStatus + 2),
                qPrintable(QStringLiteral("round %1: status of write %2 is lost")
                               .arg(round)
                               .arg(lastStatus)));
            QVERIFY(data.step(StepId::Register).since
                >= QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC).addSecs(lastStatus));
        }
    }
    qInfo("%d rounds, %d acknowledged changes checked", Rounds, totalAcks);
    QVERIFY(totalAcks > Rounds); // the child got real work done
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
