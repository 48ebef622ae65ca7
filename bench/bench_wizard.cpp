// In-process timings of the real wizard (OnboardingWizard, its session and
// autosaver) on a real SQLite store in a temporary folder, opened as the
// program opens it (StoreClient::open: the store on a thread of its own),
// measured on the GUI thread (GuiThreadTimer: wall time, and the thread's
// CPU time, which the load of other programs does not stretch):
//  - page switch: a click on Next with an unsaved edit pending, until the new
//    page is laid out and painted (the click, QWizard's page change, the save
//    of the edit and of the page, then a synchronous repaint of the window);
//    every page, first visits included, over several rounds;
//  - one field save: Profile::setField and ProfileAutosaver::flush, as when
//    the debounce fires or the user leaves a field (GUI-thread time), and
//    apart from that how long until the store has written it (idle());
//  - one keystroke in a checked field (QBENCHMARK: QtTest's own repetition).
// Rows go to bench/run's table (ResultTable). A failed QVERIFY means the
// benchmark could not run, never that a target was missed.
#include "GuiThreadTimer.h"
#include "OnboardingWizard.h"
#include "ResultTable.h"
#include "Samples.h"
#include "cloud/CloudAccess.h"
#include "core/Clock.h"
#include "i18n/LanguageSwitcher.h"
#include "onboarding/FieldKey.h"
#include "onboarding/SampleCompany.h"
#include "pages/OnDemandPage.h"
#include "pages/PageId.h"
#include "session/OnboardingSession.h"
#include "storage/ProgressStore.h"
#include "storage/StoreClient.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QMap>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

constexpr double FrameMs = 16;
constexpr double FieldSaveP99Ms = 1;
constexpr int IdleAfterStartMs = 500;

// The field a person would be typing into on each page when they press Next.
QString fieldTypedOn(int page)
{
    switch (page) {
    case RealNamePageId:
        return FieldKey::BankName;
    case FinanceServicesPageId:
        return FieldKey::InvoiceTitle;
    case CertificationPageId:
    case RegionPageId:
        return FieldKey::FundTicketId; // no free text there that keeps the page complete
    default:
        return FieldKey::LoginName;
    }
}

// One running program, put together as app/main.cpp does: the store on its
// own thread, session and wizard window on one database.
struct RunningWizard
{
    explicit RunningWizard(const QString &path, LanguageSwitcher &language)
    {
        Result<std::unique_ptr<StoreClient>> opened
            = StoreClient::open(StoreAddress::sqliteFile(path));
        if (!opened) {
            qWarning("cannot open the store: %s", qPrintable(opened.error().details));
            return;
        }
        store = std::move(opened).value();
        session = std::make_unique<OnboardingSession>(*store, clock);
        cloud = std::make_unique<CloudAccess>(
            network, clock, EndpointPolicy(), QProcessEnvironment(), nullptr);
        wizard = std::make_unique<OnboardingWizard>(
            *session, language, [](const QUrl &) { return true; }, *cloud);
        wizard->show();
        wizard->activateWindow();
        if (!QTest::qWaitForWindowExposed(wizard.get()))
            qWarning("the wizard window was not exposed");
        // A person reads the first page before the first click; the wizard
        // builds the other pages in that moment (OnboardingWizard::buildNextPage).
        QTest::qWait(IdleAfterStartMs);
        // Slower than a person only under a profiler (valgrind): what it
        // measures is the switch, not the building.
        const auto allBuilt = [this] {
            const QList<int> ids = wizard->pageIds();
            return std::all_of(ids.cbegin(), ids.cend(), [this](int id) {
                const auto *page = qobject_cast<OnDemandPage *>(wizard->page(id));
                return !page || page->isBuilt();
            });
        };
        if (!QTest::qWaitFor(allBuilt, 120000))
            qWarning("the wizard did not build its pages");
    }
    ~RunningWizard()
    {
        wizard.reset();
        session.reset();
        store.reset();
    }

    QAbstractButton *next() const { return wizard->button(QWizard::NextButton); }
    // What the user waits for after a click: the page change, its saves,
    // the layout and the paint of the window. Out of line, so that a profiler
    // can measure exactly this (valgrind --toggle-collect='*clickAndPaint*').
    [[gnu::noinline]] void clickAndPaint(QAbstractButton *button) const
    {
        QTest::mouseClick(button, Qt::LeftButton);
        QCoreApplication::sendPostedEvents();
        wizard->repaint();
    }

    SystemClock clock;
    std::unique_ptr<StoreClient> store;
    std::unique_ptr<OnboardingSession> session;
    QNetworkAccessManager network;
    std::unique_ptr<CloudAccess> cloud;
    std::unique_ptr<OnboardingWizard> wizard;
};

// FINCLOUD_BENCH_QUICK=1 (bench/run --quick, or under a profiler): fewer
// repetitions.
bool quick()
{
    return qEnvironmentVariableIntValue("FINCLOUD_BENCH_QUICK") != 0;
}

QString pageName(int id)
{
    static const QStringList names = {QStringLiteral("welcome"), QStringLiteral("register"),
        QStringLiteral("real name"), QStringLiteral("certification"),
        QStringLiteral("finance services"), QStringLiteral("region"), QStringLiteral("summary")};
    return names.value(id, QString::number(id));
}

} // namespace

class WizardBench : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pageSwitch();
    void fieldSave();
    void keystroke();

private:
    QString databasePath() const { return m_dir.filePath(QStringLiteral("progress.sqlite")); }
    // A new company, every page complete; the wizard stays on the register page.
    bool startCompleteCompany(RunningWizard &app, Samples *creation = nullptr);

    QTemporaryDir m_dir;
    LanguageSwitcher m_language;
};

void WizardBench::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
}

bool WizardBench::startCompleteCompany(RunningWizard &app, Samples *creation)
{
    auto *name
        = app.wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("newCompanyName"));
    if (!name) {
        qWarning("no newCompanyName field on the welcome page");
        return false;
    }
    name->setFocus();
    QTest::keyClicks(
        name, QStringLiteral("Bench Fintech %1 Ltd").arg(QDateTime::currentMSecsSinceEpoch()));
    // The store answers on its own thread; the window moves on once it has
    // (waited for with the signal, not by polling, so no sleep is counted).
    QSignalSpy moves(app.wizard.get(), &QWizard::currentIdChanged);
    const GuiThreadTimer timer;
    app.clickAndPaint(app.next());
    const bool moved = app.wizard->currentId() == RegisterPageId
        || (moves.wait(10000) && app.wizard->currentId() == RegisterPageId);
    app.wizard->repaint();
    if (creation)
        creation->add(timer.wallMs());
    if (!moved) {
        qWarning("Next on the welcome page led to page %d", app.wizard->currentId());
        return false;
    }
    Profile &profile = app.session->profile();
    SampleCompany::fillIn(profile);
    if (!app.session->flushAndWait()) {
        qWarning("the company's values could not be saved");
        return false;
    }
    return true;
}

void WizardBench::pageSwitch()
{
    RunningWizard app(databasePath(), m_language);
    QVERIFY(app.wizard);
    Samples creation;
    QVERIFY(startCompleteCompany(app, &creation));

    const int Rounds = quick() ? 3 : 20;
    Samples nexts;
    Samples nextsCpu;
    Samples firstVisits;
    QStringList which; // "from → to, round r" per sample
    QMap<int, Samples> byPage; // switches to each page
    Profile &profile = app.session->profile();
    for (int round = 0; round < Rounds; ++round) {
        while (app.wizard->currentId() != SummaryPageId) {
            const int from = app.wizard->currentId();
            // A person's pace: the previous save has ended. Then an edit
            // still waiting for the debounce, which Next must save.
            QVERIFY(app.session->flushAndWait());
            profile.setField(
                fieldTypedOn(from), QStringLiteral("typed %1-%2").arg(round).arg(from));
            // The typed text is on screen long before the click; its save
            // still waits for the debounce.
            QCoreApplication::processEvents();
            QVERIFY(app.session->autosaver().hasPending());
            const GuiThreadTimer timer;
            app.clickAndPaint(app.next());
            nexts.add(timer.wallMs());
            nextsCpu.add(timer.cpuMs());
            if (round == 0)
                firstVisits.add(timer.wallMs());
            const int to = app.wizard->currentId();
            byPage[to].add(timer.wallMs());
            QVERIFY2(
                to != from, qPrintable(QStringLiteral("Next refused on page ") + pageName(from)));
            which << QStringLiteral("%1 → %2, round %3")
                         .arg(pageName(from), pageName(to))
                         .arg(round + 1);
        }
        app.wizard->goToPage(RegisterPageId);
        QCoreApplication::processEvents();
    }
    // The store really has the last edit.
    QVERIFY(app.session->flushAndWait());
    const Result<ProfileData> stored = app.store->loadProfile(profile.id());
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().field(fieldTypedOn(RegionPageId)),
        QStringLiteral("typed %1-%2").arg(Rounds - 1).arg(int(RegionPageId)));

    const double worst = nexts.worst();
    QStringList pages; // "to region: median 20.1, worst 30.2"
    for (auto it = byPage.cbegin(); it != byPage.cend(); ++it)
        pages << QStringLiteral("%1 %2/%3")
                     .arg(pageName(it.key()), Samples::ms(it->median()), Samples::ms(it->worst()));
    ResultTable::add(QStringLiteral("page switch (Next) including save"),
        QStringLiteral("median %1 ms, worst %2 ms (%3; %4 switches; first visits: median %5 ms); "
                       "GUI-thread CPU: median %6 ms, worst %7 ms; to each page, median/worst "
                       "ms: %8")
            .arg(Samples::ms(nexts.median()), Samples::ms(worst), which.value(nexts.worstIndex()))
            .arg(nexts.count())
            .arg(Samples::ms(firstVisits.median()), Samples::ms(nextsCpu.median()),
                Samples::ms(nextsCpu.worst()), pages.join(QStringLiteral(", "))),
        QStringLiteral("≤ %1 ms worst").arg(FrameMs), ResultTable::met(worst <= FrameMs));
    ResultTable::add(QStringLiteral("Next on the welcome page (creates the profile)"),
        QStringLiteral("%1 ms").arg(Samples::ms(creation.worst())), QStringLiteral("report"),
        ResultTable::Met::ReportOnly);
}

void WizardBench::fieldSave()
{
    RunningWizard app(databasePath(), m_language);
    QVERIFY(app.wizard);
    QVERIFY(startCompleteCompany(app));
    Profile &profile = app.session->profile();
    ProfileAutosaver &autosaver = app.session->autosaver();

    const int Saves = quick() ? 50 : 1000;
    Samples saves; // on the GUI thread
    Samples savesCpu;
    Samples written; // until the store's thread has written it and said so
    for (int i = 0; i < Saves; ++i) {
        QSignalSpy idle(&autosaver, &ProfileAutosaver::idle);
        const GuiThreadTimer timer;
        profile.setField(FieldKey::LoginName, QStringLiteral("bench-fintech-%1").arg(i));
        autosaver.flush();
        saves.add(timer.wallMs());
        savesCpu.add(timer.cpuMs());
        if (autosaver.isSaving())
            QVERIFY(idle.wait(10000));
        written.add(timer.wallMs());
        QVERIFY(!autosaver.hasPending());
    }
    QCOMPARE(app.store->loadProfile(profile.id()).value().field(FieldKey::LoginName),
        QStringLiteral("bench-fintech-%1").arg(Saves - 1));

    const double p99 = saves.percentile(99);
    ResultTable::add(QStringLiteral("one field save, GUI-thread time"),
        QStringLiteral("p50 %1 ms, p99 %2 ms, worst %3 ms (%4 saves: setField + flush); "
                       "GUI-thread CPU p50 %5 ms, p99 %6 ms; written by the store's thread "
                       "after p50 %7 ms, p99 %8 ms")
            .arg(Samples::ms(saves.median()), Samples::ms(p99), Samples::ms(saves.worst()))
            .arg(saves.count())
            .arg(Samples::ms(savesCpu.median()), Samples::ms(savesCpu.percentile(99)),
                Samples::ms(written.median()), Samples::ms(written.percentile(99))),
        QStringLiteral("≤ %1 ms p99").arg(FieldSaveP99Ms), ResultTable::met(p99 <= FieldSaveP99Ms));
}

void WizardBench::keystroke()
{
    RunningWizard app(databasePath(), m_language);
    QVERIFY(app.wizard);
    QVERIFY(startCompleteCompany(app));
    app.wizard->goToPage(RealNamePageId);
    auto *edit = app.wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("creditCode"));
    QVERIFY(edit);
    edit->setFocus();
    // A character typed and taken back: validation, the field's check text
    // and Profile::setField each time (the save itself waits for the debounce).
    QBENCHMARK
    {
        QTest::keyClick(edit, Qt::Key_End);
        QTest::keyClick(edit, Qt::Key_X);
        QTest::keyClick(edit, Qt::Key_Backspace);
    }
    QCOMPARE(edit->text(), QStringLiteral("91110108551385082Q"));
}

QTEST_MAIN(WizardBench)
#include "bench_wizard.moc"
