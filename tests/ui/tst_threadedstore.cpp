// The window on the program's own kind of store: a real SQLite file behind a
// threaded StoreClient. While the window's event loop runs it never waits for
// the store: a slow store leaves the window painting and its timers running,
// and what the user asked for happens once the answer comes. Waits that
// block (StoreClient::call, settle, ProfileAutosaver::flushAndWait) run no
// other event at all: no nested event loop. Any store wait inside the
// running loop logs a warning, which fails these tests.
#include "OnboardingWizard.h"
#include "ProfilePicker.h"
#include "TimelineDialog.h"
#include "cloud/CloudAccess.h"
#include "common/ProfileFixtures.h"
#include "core/Clock.h"
#include "exchange/ProfileFileMenu.h"
#include "i18n/LanguageSwitcher.h"
#include "onboarding/FieldKey.h"
#include "pages/PageId.h"
#include "session/OnboardingSession.h"
#include "storage/StoreClient.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <memory>
#include <thread>

using namespace ProfileFixtures;

namespace {

const QDateTime Now = shanghai(3, 12, 8);

// Holds the store's thread until released: a slow disk or server.
class StoreGate
{
public:
    explicit StoreGate(StoreClient &client)
    {
        client.post<std::monostate>(
            [gate = m_gate](ProgressStore &) -> Result<> {
                gate->acquire();
                return {};
            },
            nullptr, [](const Result<> &) {});
        // A window that waited for the store would never let the GUI thread
        // release it: a safety net so that such a failure ends, not hangs.
        m_fallback = std::thread([gate = m_gate, released = m_released] {
            for (int i = 0; i < 100 && !*released; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            if (!*released)
                gate->release();
        });
    }
    ~StoreGate()
    {
        release();
        m_fallback.join();
    }
    void release()
    {
        if (!m_released->exchange(true))
            m_gate->release();
    }
    bool releasedByUs() const { return *m_released; }

private:
    std::shared_ptr<QSemaphore> m_gate = std::make_shared<QSemaphore>();
    std::shared_ptr<std::atomic<bool>> m_released = std::make_shared<std::atomic<bool>>(false);
    std::thread m_fallback;
};

} // namespace

class TestThreadedStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void nextOnTheWelcomePageDoesNotWaitForTheStore();
    void pickerTimelineExportAndImportAnswerLater();
    void blockingWaitRunsNoOtherEvent();

private:
    void startWindow();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<StoreClient> m_store;
    std::unique_ptr<OnboardingSession> m_session;
    std::unique_ptr<LanguageSwitcher> m_language;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CloudAccess> m_cloud;
    std::unique_ptr<OnboardingWizard> m_wizard;
};

void TestThreadedStore::init()
{
    // A store wait inside the running event loop fails the test.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("store call waited")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<FixedClock>(Now, QTimeZone("Asia/Shanghai"));
    const Result<StoreAddress> address
        = StoreAddress::parse(m_dir->filePath(QStringLiteral("progress.sqlite")));
    QVERIFY(address);
    Result<std::unique_ptr<StoreClient>> client = StoreClient::open(address.value());
    QVERIFY(client);
    m_store = std::move(client).value();
    QVERIFY(m_store->isThreaded());
    m_session = std::make_unique<OnboardingSession>(*m_store, *m_clock);
    m_language = std::make_unique<LanguageSwitcher>();
    QVERIFY(m_language->setLanguage(QStringLiteral("en")));
}

void TestThreadedStore::startWindow()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_cloud = std::make_unique<CloudAccess>(
        *m_network, *m_clock, EndpointPolicy(), QProcessEnvironment(), nullptr);
    m_wizard = std::make_unique<OnboardingWizard>(
        *m_session, *m_language, [](const QUrl &) { return true; }, *m_cloud);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void TestThreadedStore::cleanup()
{
    m_wizard.reset();
    m_cloud.reset();
    m_network.reset();
    if (m_session)
        m_session->flushAndWait(); // the loop is not running here
    m_session.reset();
    m_store.reset();
    m_dir.reset();
}

void TestThreadedStore::nextOnTheWelcomePageDoesNotWaitForTheStore()
{
    startWindow();
    auto *name = m_wizard->findChild<QLineEdit *>(QStringLiteral("newCompanyName"));
    QVERIFY(name);
    QTest::keyClicks(name, QStringLiteral("Slow Store Fintech Ltd"));
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    QTRY_VERIFY(next->isEnabled());

    StoreGate gate(*m_store);
    // Released by the GUI thread's own timer: only a window that does not
    // wait for the store gets to run it.
    QTimer::singleShot(150, [&gate] { gate.release(); });
    QElapsedTimer clicked;
    clicked.start();
    next->click();
    QVERIFY2(clicked.elapsed() < 100, "Next waited for the store");
    // Nothing has happened yet, and Next cannot be pressed twice meanwhile.
    QCOMPARE(m_wizard->currentId(), int(WelcomePageId));
    QVERIFY(!next->isEnabled());
    QVERIFY(!m_session->profile().isLoaded());

    QTRY_COMPARE(m_wizard->currentId(), int(RegisterPageId));
    QVERIFY(gate.releasedByUs());
    QCOMPARE(m_session->profile().field(FieldKey::CompanyName),
        QStringLiteral("Slow Store Fintech Ltd"));
    QVERIFY(name->text().isEmpty());
}

void TestThreadedStore::pickerTimelineExportAndImportAnswerLater()
{
    // Two companies, made before the window runs (blocking calls are fine there).
    QVERIFY(m_session->create(QStringLiteral("First Fintech Ltd")));
    const qint64 first = m_session->profile().id();
    m_session->profile().setField(FieldKey::LoginName, QStringLiteral("first-login"));
    QVERIFY(m_session->create(QStringLiteral("Second Fintech Ltd")));
    const qint64 second = m_session->profile().id();
    QVERIFY(first != second);
    startWindow();
    m_wizard->resumeOpenProfile();

    // The picker opens the first company: later, on the page it was left on.
    ProfilePicker *picker = m_wizard->showProfilePicker();
    auto *search = picker->findChild<QLineEdit *>(QStringLiteral("profileSearch"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("First"));
    QTRY_VERIFY(picker->currentProfileId() == first);
    {
        StoreGate gate(*m_store);
        QTimer::singleShot(100, [&gate] { gate.release(); });
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(picker->isVisible()); // not yet: the store has not answered
        QTRY_COMPARE(m_session->profile().id(), first);
        QVERIFY(gate.releasedByUs());
    }
    QTRY_VERIFY(!picker->isVisible());
    QCOMPARE(m_session->profile().field(FieldKey::LoginName), QStringLiteral("first-login"));

    // The timeline fills once the events are read.
    m_session->profile().setField(FieldKey::Email, QStringLiteral("it@example.com"));
    TimelineDialog *timeline = m_wizard->showTimeline();
    QTRY_VERIFY(timeline->table()->rowCount() >= 3); // created, login name, e-mail
    // ISO order and 24-hour in English (QLocale's short format gave 3/12/26 8:00 AM).
    QCOMPARE(timeline->table()->item(0, 0)->text(), QStringLiteral("2026-03-12 08:00"));
    timeline->close();

    // Export, then import the same file: the conflict box, Keep both.
    const QString file = m_dir->filePath(QStringLiteral("first.json"));
    ProfileFileMenu *menu = m_wizard->profileMenu();
    QSignalSpy finished(menu, &ProfileFileMenu::finished);
    menu->exportTo(file);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(QFile::exists(file));
    if (auto *box = m_wizard->findChild<QMessageBox *>(QStringLiteral("profileFileResult")))
        box->close();

    menu->importFrom(file);
    QMessageBox *conflict = nullptr;
    QTRY_VERIFY((conflict = m_wizard->findChild<QMessageBox *>(QStringLiteral("importConflictBox")))
        && conflict->isVisible());
    conflict->findChild<QAbstractButton *>(QStringLiteral("conflictKeepBoth"))->click();
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(finished.at(1).at(0).toBool(), true);
    QTRY_VERIFY(m_session->profile().id() != first && m_session->profile().id() != second);
    QVERIFY(m_session->profiles().ok()); // blocking is fine again: the loop is not running
    QCOMPARE(m_session->profiles().value().size(), 3);
}

void TestThreadedStore::blockingWaitRunsNoOtherEvent()
{
    QVERIFY(m_session->create(QStringLiteral("Quiet Fintech Ltd")));
    m_session->profile().setField(FieldKey::LoginName, QStringLiteral("quiet"));
    bool timerRan = false;
    QTimer::singleShot(0, [&timerRan] { timerRan = true; });
    QVERIFY(m_session->flushAndWait());
    // Saved, and nothing else ran while it waited (no nested event loop).
    QVERIFY(!timerRan);
    QVERIFY(!m_session->autosaver().hasPending());
    const Result<ProfileData> stored = m_store->loadProfile(m_session->profile().id());
    QVERIFY(stored);
    QCOMPARE(stored.value().field(FieldKey::LoginName), QStringLiteral("quiet"));
    QTRY_VERIFY(timerRan);
}

QTEST_MAIN(TestThreadedStore)
#include "tst_threadedstore.moc"
