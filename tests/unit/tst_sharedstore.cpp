// The store as the program uses it: on a thread of its own (StoreClient),
// behind an OnboardingSession. Two windows on one database (SQLite file and
// PostgreSQL) never overwrite each other silently; a PostgreSQL server
// stopped mid-session loses no edit; the GUI thread keeps running while the
// server stalls; and what a save costs the GUI thread.
#include "common/PrivateServer.h"
#include "common/ScratchStore.h"
#include "core/Clock.h"
#include "onboarding/FieldKey.h"
#include "session/OnboardingSession.h"
#include "storage/ProgressStore.h"
#include "storage/StoreClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

namespace {

const QDateTime T0(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);

std::unique_ptr<StoreClient> openClient(const StoreAddress &address, const QString &actor)
{
    Result<std::unique_ptr<StoreClient>> client = StoreClient::open(address);
    if (!client) {
        qWarning() << client.error().message << client.error().details;
        return nullptr;
    }
    client.value()->run([actor](ProgressStore &store) { store.setActor(actor); });
    return std::move(client).value();
}

QString storedField(const StoreAddress &address, qint64 id, const QString &key)
{
    auto store = std::move(ProgressStore::open(address)).value();
    return store->loadProfile(id).value().field(key);
}

// Counts the GUI thread's timer ticks and the longest gap between two.
class TickWatch : public QObject
{
public:
    explicit TickWatch(int intervalMs)
    {
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_longestGapMs = std::max(m_longestGapMs, now - m_last);
            m_last = now;
            ++m_ticks;
        });
        m_clock.start();
        m_timer.start();
    }
    int ticks() const { return m_ticks; }
    qint64 longestGapMs() const { return m_longestGapMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longestGapMs = 0;
    int m_ticks = 0;
};

} // namespace

class TestSharedStore : public QObject
{
    Q_OBJECT
private slots:
    void twoWindowsNeverOverwriteEachOther_data() { ScratchStore::addBackendRows(); }
    void twoWindowsNeverOverwriteEachOther();
    void editsMadeWhileTheServerIsDownArriveWhenItIsBack();
    void guiThreadKeepsRunningWhileTheServerStalls();
    void guiThreadCostOfASave_data() { ScratchStore::addBackendRows(); }
    void guiThreadCostOfASave();
};

void TestSharedStore::twoWindowsNeverOverwriteEachOther()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    FixedClock clock(T0);
    auto storeA = openClient(scratch.address(), QStringLiteral("alice"));
    auto storeB = openClient(scratch.address(), QStringLiteral("bob"));
    QVERIFY(storeA && storeB);
    QVERIFY(storeA->isThreaded());
    OnboardingSession a(*storeA, clock);
    OnboardingSession b(*storeB, clock);
    QVERIFY(a.create(QStringLiteral("ACME")));
    const qint64 id = a.profile().id();
    QVERIFY(b.open(id)); // both have loaded the same version
    QCOMPARE(b.profile().data().version, a.profile().data().version);

    // A saves first.
    a.profile().setField(FieldKey::LoginName, QStringLiteral("alice-login"));
    QVERIFY(a.profile().requestStatus(StepId::Register, StepStatus::Done).allowed);
    QVERIFY(a.flushAndWait());

    // B's save is refused, with what A changed, and B's edit is kept pending.
    QSignalSpy conflicts(&b, &OnboardingSession::conflict);
    clock.set(T0.addSecs(60));
    b.profile().setField(FieldKey::LoginName, QStringLiteral("bob-login"));
    QVERIFY(!b.flushAndWait());
    QTRY_COMPARE(conflicts.count(), 1);
    const Error error = conflicts.at(0).at(0).value<Error>();
    QCOMPARE(storeErrorKind(error), StoreErrorKind::Conflict);
    const auto changes = conflicts.at(0).at(1).value<QList<ProfileEvent>>();
    // The login name, the step started by it, the step done.
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0).actor, QStringLiteral("alice"));
    QCOMPARE(changes.at(0).subject, FieldKey::LoginName);
    QCOMPARE(changes.at(0).at, T0);
    QCOMPARE(changes.at(1).kind, QStringLiteral("status"));
    QCOMPARE(changes.at(1).newValue, statusKey(StepStatus::InProgress));
    QCOMPARE(changes.at(2).kind, QStringLiteral("status"));
    QVERIFY(b.autosaver().hasConflict());
    QVERIFY(b.autosaver().hasPending());
    QCOMPARE(
        storedField(scratch.address(), id, FieldKey::LoginName), QStringLiteral("alice-login"));

    // B reloads: sees A's work, and then saves fine.
    std::optional<Result<>> reloaded; // answered later: the store is on its own thread
    b.reload(&b, [&reloaded](const Result<> &result) { reloaded = result; });
    QTRY_VERIFY(reloaded.has_value());
    QVERIFY(reloaded->ok());
    QCOMPARE(b.profile().field(FieldKey::LoginName), QStringLiteral("alice-login"));
    QCOMPARE(b.profile().stepState(StepId::Register).status, StepStatus::Done);
    QVERIFY(!b.autosaver().hasConflict());
    b.profile().setField(FieldKey::LoginName, QStringLiteral("bob-login"));
    QVERIFY(b.flushAndWait());
    QCOMPARE(storedField(scratch.address(), id, FieldKey::LoginName), QStringLiteral("bob-login"));
    QCOMPARE(conflicts.count(), 1);

    // Now A is behind: its next save is refused in turn, naming bob.
    QSignalSpy conflictsA(&a, &OnboardingSession::conflict);
    a.profile().setField(FieldKey::Email, QStringLiteral("it@example.com"));
    QVERIFY(!a.flushAndWait());
    QTRY_COMPARE(conflictsA.count(), 1);
    QCOMPARE(conflictsA.at(0).at(1).value<QList<ProfileEvent>>().constFirst().actor,
        QStringLiteral("bob"));
}

void TestSharedStore::editsMadeWhileTheServerIsDownArriveWhenItIsBack()
{
    if (ScratchStore::serverUrl().isEmpty() && !qEnvironmentVariableIntValue("FINCLOUD_REQUIRE_PG"))
        QSKIP("no PostgreSQL test server (run the tests with ctest)");
    PrivateServer server;
    QElapsedTimer startup;
    startup.start();
    QVERIFY(server.start());
    qInfo("private PostgreSQL server started in %lld ms", startup.elapsed());
    const StoreAddress address = StoreAddress::parse(server.url()).value();

    FixedClock clock(T0);
    auto client = openClient(address, QStringLiteral("alice"));
    QVERIFY(client);
    OnboardingSession session(*client, clock);
    QVERIFY(session.create(QStringLiteral("ACME")));
    const qint64 id = session.profile().id();
    session.profile().setField(FieldKey::LoginName, QStringLiteral("before"));
    QVERIFY(session.flushAndWait());

    QSignalSpy lost(&session, &OnboardingSession::connectionLost);
    QSignalSpy restored(&session, &OnboardingSession::connectionRestored);
    QSignalSpy saved(&session.autosaver(), &ProfileAutosaver::saved);
    TickWatch ticks(20);

    QVERIFY(server.pause()); // pg_ctl stop -m fast
    session.profile().setField(FieldKey::LoginName, QStringLiteral("typed-while-down"));
    QVERIFY(session.profile().requestStatus(StepId::Register, StepStatus::Done).allowed);
    QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 10000);
    QCOMPARE(storeErrorKind(lost.at(0).at(0).value<Error>()), StoreErrorKind::Disconnected);
    QVERIFY(!client->isConnected());
    // More typing while it is down: kept, not lost, not written.
    session.profile().setField(FieldKey::Email, QStringLiteral("down@example.com"));
    QTest::qWait(ProfileAutosaver::DebounceMs * 2);
    QVERIFY(session.autosaver().hasPending());
    QCOMPARE(restored.count(), 0);

    saved.clear();
    QVERIFY(server.resume());
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() >= 1 && !session.autosaver().hasPending(), 10000);
    QVERIFY(client->isConnected());
    QCOMPARE(storedField(address, id, FieldKey::LoginName), QStringLiteral("typed-while-down"));
    QCOMPARE(storedField(address, id, FieldKey::Email), QStringLiteral("down@example.com"));
    auto check = std::move(ProgressStore::open(address)).value();
    QCOMPARE(check->loadProfile(id).value().status(StepId::Register), StepStatus::Done);
    // The GUI thread ran all along (generous bound: a loaded 2-core machine).
    QVERIFY2(ticks.longestGapMs() < 1000, qPrintable(QString::number(ticks.longestGapMs())));
    qInfo("outage: %d GUI ticks, longest gap %lld ms", ticks.ticks(), ticks.longestGapMs());
}

void TestSharedStore::guiThreadKeepsRunningWhileTheServerStalls()
{
    // A "server" that accepts connections and never answers: the store's
    // thread waits for it (up to connect_timeout); the GUI thread must not.
    QTcpServer stalled;
    QVERIFY(stalled.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    connect(&stalled, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = stalled.nextPendingConnection())
            held << socket; // kept open, never read, never answered
    });
    const StoreAddress address
        = StoreAddress::parse(QStringLiteral("postgresql://clerk:secret@127.0.0.1:%1/onboard"
                                             "?connect_timeout=3")
                                  .arg(stalled.serverPort()))
              .value();
    StoreClient client(address);
    QSignalSpy opened(&client, &StoreClient::opened);
    TickWatch ticks(10);
    QElapsedTimer waited;
    waited.start();
    client.start();
    // A save queued behind the stalled opening.
    bool answered = false;
    Error answer;
    client.post<int>(
        [](ProgressStore &store) {
            return store.saveFields(1, {{FieldKey::LoginName, QStringLiteral("x")}}, T0, 1);
        },
        this,
        [&](const Result<int> &result) {
            answered = true;
            answer = result ? Error {} : result.error();
        });
    QVERIFY(waited.elapsed() < 100); // queuing does not wait
    QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
    QCOMPARE(opened.count(), 1);
    const Error openError = opened.at(0).at(0).value<Error>();
    QVERIFY(!openError.code.isEmpty());
    QVERIFY(!openError.details.contains(QLatin1String("secret")));
    QCOMPARE(storeErrorKind(answer), StoreErrorKind::Disconnected);
    QVERIFY2(waited.elapsed() >= 2500, qPrintable(QString::number(waited.elapsed())));
    QVERIFY(!held.isEmpty()); // it really connected and waited
    // ~10 ms ticks all through the ~3 s stall.
    QVERIFY2(
        ticks.ticks() >= waited.elapsed() / 10 / 3, qPrintable(QString::number(ticks.ticks())));
    QVERIFY2(ticks.longestGapMs() < 500, qPrintable(QString::number(ticks.longestGapMs())));
    qInfo("stalled server: waited %lld ms, %d GUI ticks, longest gap %lld ms", waited.elapsed(),
        ticks.ticks(), ticks.longestGapMs());
    qDeleteAll(held);
}

void TestSharedStore::guiThreadCostOfASave()
{
    // Not a limit, a measurement: how long flush() keeps the GUI thread for
    // one typing save, inline (the store on the GUI thread) and threaded.
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    FixedClock clock(T0);
    constexpr int Rounds = 30;
    auto inlineStore = std::move(ProgressStore::open(scratch.address())).value();
    OnboardingSession direct(*inlineStore, clock);
    QVERIFY(direct.create(QStringLiteral("ACME")));
    QElapsedTimer timer;
    qint64 inlineNs = 0;
    for (int i = 0; i < Rounds; ++i) {
        direct.profile().setField(FieldKey::LoginName, QString::number(i));
        timer.start();
        QVERIFY(direct.flush());
        inlineNs += timer.nsecsElapsed();
    }

    auto client = openClient(scratch.address(), QStringLiteral("alice"));
    QVERIFY(client);
    OnboardingSession threaded(*client, clock);
    QVERIFY(threaded.open(direct.profile().id()));
    qint64 threadedNs = 0;
    for (int i = 0; i < Rounds; ++i) {
        threaded.profile().setField(FieldKey::LoginName, QStringLiteral("t%1").arg(i));
        timer.start();
        threaded.flush();
        threadedNs += timer.nsecsElapsed();
        QTRY_VERIFY(!threaded.autosaver().isSaving() && !threaded.autosaver().hasPending());
    }
    QCOMPARE(storedField(scratch.address(), direct.profile().id(), FieldKey::LoginName),
        QStringLiteral("t%1").arg(Rounds - 1));
    qInfo("%s: GUI thread per save %.3f ms inline, %.3f ms threaded", qPrintable(backend),
        double(inlineNs) / 1e6 / Rounds, double(threadedNs) / 1e6 / Rounds);
}

QTEST_GUILESS_MAIN(TestSharedStore)
#include "tst_sharedstore.moc"
