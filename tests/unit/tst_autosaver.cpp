// The autosaver: typing reaches the database within the debounce time even
// while the user keeps typing; status and page changes are written at once;
// flush() leaves nothing pending.
#include "core/Clock.h"
#include "onboarding/FieldKey.h"
#include "onboarding/Profile.h"
#include "storage/ProfileAutosaver.h"
#include "storage/ProgressStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestAutosaver : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void typingIsSavedWithinDebounce();
    void continuousTypingStillSaves();
    void statusChangeSavesPendingFieldsFirst();
    void pageChangeIsSavedAtOnce();
    void flushLeavesNothingPending();
    void reloadDropsEditsOfPreviousProfile();

private:
    QString storedLogin();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgressStore> m_store;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<ProfileAutosaver> m_saver;
};

void TestAutosaver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store
        = std::move(ProgressStore::openSqlite(m_dir->filePath(QStringLiteral("p.sqlite")))).value();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
    m_profile = std::make_unique<Profile>(*m_clock);
    m_saver = std::make_unique<ProfileAutosaver>(*m_profile, *m_store, *m_clock);
    m_profile->load(m_store->createProfile(QStringLiteral("ACME"), m_clock->now()).value());
    // Step 1 already started: typing below changes only fields (the first
    // entry into a step also starts it, and a status is saved at once).
    QVERIFY(m_profile->requestStatus(StepId::Register, StepStatus::InProgress).allowed);
    QVERIFY(m_saver->flush());
}

void TestAutosaver::cleanup()
{
    m_saver.reset();
    m_profile.reset();
    m_store.reset();
}

QString TestAutosaver::storedLogin()
{
    return m_store->loadProfile(m_profile->id()).value().field(FieldKey::LoginName);
}

void TestAutosaver::typingIsSavedWithinDebounce()
{
    QElapsedTimer timer;
    timer.start();
    m_profile->setField(FieldKey::LoginName, QStringLiteral("a"));
    QVERIFY(m_saver->hasPending());
    QCOMPARE(storedLogin(), QString()); // not a write per keystroke
    QTRY_COMPARE_WITH_TIMEOUT(storedLogin(), QStringLiteral("a"), 2000);
    QVERIFY2(timer.elapsed() <= 500 + 200, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!m_saver->hasPending());
}

void TestAutosaver::continuousTypingStillSaves()
{
    // A keystroke every 100 ms for 1.2 s: the timer must not be pushed back
    // for ever, so something is saved while typing goes on.
    QString typed;
    int savedWhileTyping = 0;
    QSignalSpy saved(m_saver.get(), &ProfileAutosaver::saved);
    for (int i = 0; i < 12; ++i) {
        typed += QLatin1Char('x');
        m_profile->setField(FieldKey::LoginName, typed);
        QTest::qWait(100);
        savedWhileTyping = int(saved.count());
    }
    QVERIFY2(savedWhileTyping >= 2, qPrintable(QString::number(savedWhileTyping)));
    QTRY_COMPARE(storedLogin(), typed);
}

void TestAutosaver::statusChangeSavesPendingFieldsFirst()
{
    m_profile->setField(FieldKey::LoginName, QStringLiteral("acme"));
    QVERIFY(m_profile->requestStatus(StepId::Register, StepStatus::Done).allowed);
    // No waiting: both are in the database now.
    const ProfileData stored = m_store->loadProfile(m_profile->id()).value();
    QCOMPARE(stored.field(FieldKey::LoginName), QStringLiteral("acme"));
    QCOMPARE(stored.status(StepId::Register), StepStatus::Done);
    QCOMPARE(stored.step(StepId::Register).since, m_clock->now());
    QCOMPARE(m_profile->data().version, stored.version);
}

void TestAutosaver::pageChangeIsSavedAtOnce()
{
    m_profile->setCurrentPage(4);
    QCOMPARE(m_store->loadProfile(m_profile->id()).value().currentPage, 4);
}

void TestAutosaver::flushLeavesNothingPending()
{
    m_profile->setField(FieldKey::Email, QStringLiteral("it@example.com"));
    QVERIFY(m_saver->flush());
    QVERIFY(!m_saver->hasPending());
    QCOMPARE(m_store->loadProfile(m_profile->id()).value().field(FieldKey::Email),
        QStringLiteral("it@example.com"));
}

void TestAutosaver::reloadDropsEditsOfPreviousProfile()
{
    const qint64 first = m_profile->id();
    const ProfileData second
        = m_store->createProfile(QStringLiteral("Other"), m_clock->now()).value();
    m_profile->setField(FieldKey::LoginName, QStringLiteral("typed-into-first"));
    m_profile->load(second); // without flush: the edit belonged to the first profile
    QTest::qWait(ProfileAutosaver::DebounceMs + 200);
    QVERIFY(m_store->loadProfile(second.id).value().field(FieldKey::LoginName).isEmpty());
    QVERIFY(m_store->loadProfile(first).value().field(FieldKey::LoginName).isEmpty());
}

QTEST_GUILESS_MAIN(TestAutosaver)
#include "tst_autosaver.moc"
