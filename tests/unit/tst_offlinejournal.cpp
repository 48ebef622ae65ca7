// Nothing lost offline (issue 23, item 4), on a real PostgreSQL server that
// the test stops and starts, through the real window: edits typed while the
// server is gone are kept on disk when the window closes, the next window
// says how many wait and saves them through the versioned save, so that
// someone else's change made meanwhile is a conflict, never overwritten. And
// the real program: its start saves what waits, a reading command leaves it.
#include "OnboardingWizard.h"
#include "cloud/CloudAccess.h"
#include "common/PrivateServer.h"
#include "common/ProgramRun.h"
#include "common/ScratchStore.h"
#include "core/Clock.h"
#include "i18n/LanguageSwitcher.h"
#include "onboarding/FieldKey.h"
#include "pages/PageId.h"
#include "session/OnboardingSession.h"
#include "storage/PendingEditJournal.h"
#include "storage/ProgressStore.h"
#include "storage/StoreClient.h"
#include "widgets/Callout.h"
#include "widgets/StoreNotice.h"

#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDateTime T0(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
const QString Typed = QStringLiteral("typed-while-down");
const QString TypedEmail = QStringLiteral("down@example.com");
const QDateTime StatusSetAt = T0.addSecs(120);
constexpr StepStatus KeptStatus = StepStatus::Done;

std::unique_ptr<StoreClient> openClient(const StoreAddress &address)
{
    Result<std::unique_ptr<StoreClient>> client = StoreClient::open(address);
    if (!client) {
        qWarning() << client.error().message << client.error().details;
        return nullptr;
    }
    client.value()->run([](ProgressStore &store) { store.setActor(QStringLiteral("alice")); });
    return std::move(client).value();
}

ProfileData storedProfile(const StoreAddress &address, qint64 id)
{
    Result<std::unique_ptr<ProgressStore>> store = ProgressStore::open(address);
    if (!store) {
        qWarning() << "not opened:" << store.error().details;
        return {};
    }
    const Result<ProfileData> data = store.value()->loadProfile(id);
    if (!data) {
        qWarning() << "not loaded:" << data.error().details;
        return {};
    }
    return data.value();
}

QString storedField(const StoreAddress &address, qint64 id, const QString &key)
{
    return storedProfile(address, id).field(key);
}

// The program as main() puts it together on a shared store: the journal, the
// store on its thread, the session and the window (destroyed in reverse).
struct Program
{
    Program(const StoreAddress &address, const QString &journalPath, const QDateTime &now)
        : clock(now)
        , journal(journalPath, PendingEditJournal::keyFor(address))
        , client(openClient(address))
    {
        if (!client)
            return;
        session = std::make_unique<OnboardingSession>(*client, clock);
        session->setJournal(&journal);
        language.setLanguage(QStringLiteral("en"));
        cloud = std::make_unique<CloudAccess>(
            network, clock, EndpointPolicy(), QProcessEnvironment(), nullptr);
    }
    // As main(): the window, the last profile resumed, then shown.
    bool showWindow()
    {
        wizard = std::make_unique<OnboardingWizard>(
            *session, language, [](const QUrl &) { return true; }, *cloud);
        wizard->resumeLastProfile();
        wizard->show();
        return QTest::qWaitForWindowExposed(wizard.get());
    }
    // As the program ends: the window closes, the last save is waited for
    // (main: aboutToQuit), everything goes.
    ~Program()
    {
        if (wizard)
            wizard->close();
        wizard.reset();
        if (session)
            session->autosaver().flushAndWait(3000);
    }

    FixedClock clock;
    PendingEditJournal journal;
    std::unique_ptr<StoreClient> client;
    std::unique_ptr<OnboardingSession> session;
    LanguageSwitcher language;
    QNetworkAccessManager network;
    std::unique_ptr<CloudAccess> cloud;
    std::unique_ptr<OnboardingWizard> wizard;
};

} // namespace

class TestOfflineJournal : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void editsMadeWhileTheServerIsDownSurviveClosingTheWindow();
    void aChangeMadeMeanwhileIsAConflictNotOverwritten();
    void theProgramSavesWhatWaitsWhenItStarts();
    void editsForADeletedProfileAreNamedNotCounted();

private:
    // The first window: creates ACME, loses the server, is edited and closed.
    // Returns the profile id (0 on failure).
    qint64 editWhileDownAndClose();

    std::unique_ptr<PrivateServer> m_server;
    StoreAddress m_address;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_journalPath;
};

void TestOfflineJournal::init()
{
    if (ScratchStore::serverUrl().isEmpty() && !qEnvironmentVariableIntValue("FINCLOUD_REQUIRE_PG"))
        QSKIP("no PostgreSQL test server (run the tests with ctest)");
    m_server = std::make_unique<PrivateServer>();
    QVERIFY(m_server->start());
    m_address = StoreAddress::parse(m_server->url()).value();
    m_home = std::make_unique<QTemporaryDir>();
    // Where the program looks, with XDG_DATA_HOME at <home>/data.
    m_journalPath = m_home->filePath("data/fincloud-onboard/pending-edits.sqlite");
}

void TestOfflineJournal::cleanup()
{
    m_server.reset();
    m_home.reset();
}

qint64 TestOfflineJournal::editWhileDownAndClose()
{
    Program program(m_address, m_journalPath, T0);
    if (!program.client || !program.session->create(QStringLiteral("ACME")))
        return 0;
    const qint64 id = program.session->profile().id();
    program.session->profile().setField(FieldKey::LoginName, QStringLiteral("before"));
    if (!program.session->flushAndWait() || !program.showWindow())
        return 0;
    program.wizard->goToPage(RegisterPageId);
    auto *login = program.wizard->findChild<QLineEdit *>(QStringLiteral("loginName"));
    if (!login || !login->isVisible()) {
        qWarning("no login name field");
        return 0;
    }
    // A window whose server never went away keeps nothing on disk.
    if (QFileInfo::exists(m_journalPath)) {
        qWarning("the journal was made while the server was there");
        return 0;
    }

    StoreNotice *notice = program.wizard->storeNotice();
    if (!m_server->pause())
        return 0;
    login->selectAll();
    QTest::keyClicks(login, Typed);
    if (!QTest::qWaitFor([&] { return notice->isShowingConnectionLost(); }, 15000)) {
        qWarning("the loss was not shown");
        return 0;
    }
    program.session->profile().setField(FieldKey::Email, TypedEmail);
    // A step's status set by hand waits too, with the time it was set.
    program.clock.set(StatusSetAt);
    if (const Verdict verdict
        = program.session->profile().requestStatus(StepId::Register, KeptStatus);
        !verdict.allowed) {
        qWarning() << "the status was refused:" << verdict.reasons;
        return 0;
    }
    // The window says how many wait, before it is closed.
    if (!QTest::qWaitFor([&] { return notice->keptEdits() == 3; }, 15000)) {
        qWarning("edits said to wait: %d", notice->keptEdits());
        return 0;
    }
    if (!notice->callout()->text().contains(
            QStringLiteral("3 edits that could not reach the shared database are kept"))) {
        qWarning() << notice->callout()->text();
        return 0;
    }
    return id; // the window closes while the server is still gone
}

void TestOfflineJournal::editsMadeWhileTheServerIsDownSurviveClosingTheWindow()
{
    const qint64 id = editWhileDownAndClose();
    QVERIFY(id > 0);
    QVERIFY(QFileInfo::exists(m_journalPath));

    QVERIFY(m_server->resume());
    // The server is still without the edits: only the next start brings them.
    QCOMPARE(storedField(m_address, id, FieldKey::LoginName), QStringLiteral("before"));

    // The program starts anew: the window says what waits, and saves it.
    Program program(m_address, m_journalPath, T0.addSecs(3600));
    QVERIFY(program.client);
    QCOMPARE(program.journal.count(), 3);
    QCOMPARE(storedProfile(m_address, id).status(StepId::Register), StepStatus::InProgress);
    QSignalSpy conflicts(program.session.get(), &OnboardingSession::conflict);
    QVERIFY(program.showWindow());
    OnboardingSession &session = *program.session;
    StoreNotice *notice = program.wizard->storeNotice();
    QCOMPARE(session.profile().id(), id);
    QCOMPARE(program.wizard->findChild<QLineEdit *>(QStringLiteral("loginName"))->text(), Typed);
    QTRY_COMPARE_WITH_TIMEOUT(program.journal.count(), 0, 15000);
    QCOMPARE(notice->keptEdits(), 0);
    QVERIFY(!notice->isVisible());
    QVERIFY(session.flushAndWait());
    QCOMPARE(conflicts.count(), 0);
    QCOMPARE(storedField(m_address, id, FieldKey::LoginName), Typed);
    QCOMPARE(storedField(m_address, id, FieldKey::Email), TypedEmail);
    // The status, as it was set in the first window, not when it was saved.
    const StepState status = storedProfile(m_address, id).step(StepId::Register);
    QCOMPARE(status.status, KeptStatus);
    QCOMPARE(status.since, StatusSetAt);
    // Saved once, by the next start (events name the field, not its value).
    const Result<QList<ProfileEvent>> read = program.client->events(id);
    QVERIFY(read);
    const auto replayed
        = std::count_if(read.value().cbegin(), read.value().cend(), [](const ProfileEvent &event) {
              return event.subject == FieldKey::LoginName && event.at == T0.addSecs(3600);
          });
    QCOMPARE(replayed, 1);
}

void TestOfflineJournal::aChangeMadeMeanwhileIsAConflictNotOverwritten()
{
    const qint64 id = editWhileDownAndClose();
    QVERIFY(id > 0);
    QVERIFY(m_server->resume());
    {
        // A colleague changes the same field while the first window is closed.
        auto other = std::move(ProgressStore::open(m_address)).value();
        other->setActor(QStringLiteral("bob"));
        QVERIFY(other->saveFields(
            id, {{FieldKey::LoginName, QStringLiteral("bob-login")}}, T0.addSecs(600)));
    }

    Program program(m_address, m_journalPath, T0.addSecs(3600));
    QVERIFY(program.client);
    QSignalSpy conflicts(program.session.get(), &OnboardingSession::conflict);
    QVERIFY(program.showWindow());
    OnboardingSession &session = *program.session;
    StoreNotice *notice = program.wizard->storeNotice();
    QTRY_COMPARE_WITH_TIMEOUT(conflicts.count(), 1, 15000);
    QCOMPARE(storeErrorKind(conflicts.at(0).at(0).value<Error>()), StoreErrorKind::Conflict);
    const auto changes = conflicts.at(0).at(1).value<QList<ProfileEvent>>();
    QVERIFY(!changes.isEmpty());
    QCOMPARE(changes.constLast().actor, QStringLiteral("bob"));
    QCOMPARE(changes.constLast().subject, FieldKey::LoginName);
    // The window shows the conflict, and that the edits still wait.
    QTRY_VERIFY(notice->isShowingConflict());
    QCOMPARE(notice->keptEdits(), 3);
    // Said as waiting behind the conflict, not as to be saved.
    QVERIFY2(notice->callout()->text().contains(
                 QStringLiteral("3 edits kept on this computer were not saved")),
        qPrintable(notice->callout()->text()));
    QVERIFY(notice->reloadButton()->isVisible());
    // Nothing of the refused edits was written; they still wait on disk.
    QCOMPARE(storedField(m_address, id, FieldKey::LoginName), QStringLiteral("bob-login"));
    QVERIFY(storedField(m_address, id, FieldKey::Email).isEmpty());
    QCOMPARE(storedProfile(m_address, id).status(StepId::Register), StepStatus::InProgress);
    QCOMPARE(program.journal.count(), 3);
    QVERIFY(session.autosaver().hasConflict());
    QVERIFY(!session.flushAndWait()); // held by the conflict, still on disk
    QCOMPARE(program.journal.count(), 3);

    // Reload, the user's choice of the stored version, drops them.
    notice->reloadButton()->click();
    QTRY_COMPARE(program.journal.count(), 0);
    QTRY_VERIFY(!notice->isShowingConflict());
    QCOMPARE(notice->keptEdits(), 0);
    QCOMPARE(session.profile().field(FieldKey::LoginName), QStringLiteral("bob-login"));
    QCOMPARE(storedField(m_address, id, FieldKey::LoginName), QStringLiteral("bob-login"));
}

void TestOfflineJournal::theProgramSavesWhatWaitsWhenItStarts()
{
    qint64 id = 0;
    int version = 0;
    {
        auto store = std::move(ProgressStore::open(m_address)).value();
        const Result<ProfileData> created = store->createProfile(QStringLiteral("ACME"), T0);
        QVERIFY(created);
        id = created.value().id;
        version = created.value().version;
    }
    // What a window closed while the server was gone left behind.
    {
        PendingEditJournal kept(m_journalPath, PendingEditJournal::keyFor(m_address));
        QVERIFY(kept.keep(id, {{FieldKey::LoginName, Typed}}, version, T0));
    }
    QProcessEnvironment environment;
    environment.insert("XDG_DATA_HOME", m_home->filePath("data"));
    environment.insert("XDG_CONFIG_HOME", m_home->filePath("config"));
    environment.insert("XDG_STATE_HOME", m_home->filePath("state"));
    const QString runtime = m_home->filePath("runtime");
    QVERIFY(QDir().mkdir(
        runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    environment.insert("XDG_RUNTIME_DIR", runtime);

    // A command that only reads neither saves nor forgets what waits …
    const ProgramRun status
        = ProgramRun::start({"status", "--all", "--database", m_server->url()}, environment);
    QVERIFY2(status.exitCode == 0, status.err.constData());
    QVERIFY(storedField(m_address, id, FieldKey::LoginName).isEmpty());
    QCOMPARE(PendingEditJournal(m_journalPath, PendingEditJournal::keyFor(m_address)).count(), 1);
    // … and, where nothing waits, makes no journal.
    QProcessEnvironment elsewhere = environment;
    elsewhere.insert("XDG_DATA_HOME", m_home->filePath("other-data"));
    const ProgramRun other
        = ProgramRun::start({"status", "--all", "--database", m_server->url()}, elsewhere);
    QVERIFY2(other.exitCode == 0, other.err.constData());
    QVERIFY(!QFileInfo::exists(m_home->filePath("other-data/fincloud-onboard")));

    // The wizard starts, shows its window and ends: what waited is saved.
    const ProgramRun wizard = ProgramRun::start(
        {"--database", m_server->url(), "--quit-after-first-paint"}, environment);
    QVERIFY2(wizard.exitCode == 0, wizard.err.constData());
    QCOMPARE(storedField(m_address, id, FieldKey::LoginName), Typed);
    QCOMPARE(PendingEditJournal(m_journalPath, PendingEditJournal::keyFor(m_address)).count(), 0);
    // The file stays, owner-only, for the next time.
    QCOMPARE(
        QFileInfo(m_journalPath).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestOfflineJournal::editsForADeletedProfileAreNamedNotCounted()
{
    qint64 deleted = 0;
    qint64 live = 0;
    int version = 0;
    {
        auto store = std::move(ProgressStore::open(m_address)).value();
        const Result<ProfileData> gone = store->createProfile(QStringLiteral("Gone Ltd"), T0);
        const Result<ProfileData> kept = store->createProfile(QStringLiteral("ACME"), T0);
        QVERIFY(gone && kept);
        deleted = gone.value().id;
        live = kept.value().id;
        version = gone.value().version;
    }
    // Edits left by a window closed offline, for two profiles …
    {
        PendingEditJournal journal(m_journalPath, PendingEditJournal::keyFor(m_address));
        QVERIFY(journal.keep(
            deleted, {{FieldKey::LoginName, Typed}, {FieldKey::Email, TypedEmail}}, version, T0));
        QVERIFY(journal.keep(live, {{FieldKey::LoginName, Typed}}, version, T0));
    }
    // … one of which a colleague deleted meanwhile.
    {
        auto other = std::move(ProgressStore::open(m_address)).value();
        other->setActor(QStringLiteral("bob"));
        QVERIFY(other->deleteProfile(deleted, T0.addSecs(600)));
    }

    Program program(m_address, m_journalPath, T0.addSecs(3600));
    QVERIFY(program.client);
    QVERIFY(program.showWindow());
    StoreNotice *notice = program.wizard->storeNotice();
    // The live profile is opened and its edit saved; the deleted one is not
    // opened, and its edits are named apart, never said to be saved later.
    QCOMPARE(program.session->profile().id(), live);
    QTRY_COMPARE_WITH_TIMEOUT(storedField(m_address, live, FieldKey::LoginName), Typed, 15000);
    QTRY_COMPARE(notice->keptEdits(), 0);
    QCOMPARE(notice->keptForDeleted(), 2);
    QVERIFY(notice->isVisible());
    const QString text = notice->callout()->text();
    QVERIFY2(text.contains(QStringLiteral("2 edits kept on this computer belong to a profile "
                                          "that was deleted meanwhile (Gone Ltd)")),
        qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("will be saved")), qPrintable(text));
    QVERIFY(storedField(m_address, deleted, FieldKey::LoginName).isEmpty());
    QCOMPARE(program.journal.count(), 2);

    // Discard, the user's choice, forgets them; nothing else is touched.
    QVERIFY(notice->discardButton()->isVisible());
    notice->discardButton()->click();
    QCOMPARE(program.journal.count(), 0);
    QCOMPARE(notice->keptForDeleted(), 0);
    QVERIFY(!notice->isVisible());
    QCOMPARE(storedField(m_address, live, FieldKey::LoginName), Typed);
}

QTEST_MAIN(TestOfflineJournal)
#include "tst_offlinejournal.moc"
