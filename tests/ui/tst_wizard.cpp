// The wizard driven as a user would, with QTest: typing, Next/Back, closing
// and reopening on the same database, switching language, and the flow rules
// as the pages show them.
#include "AboutBox.h"
#include "HelpMenu.h"
#include "OnboardingWizard.h"
#include "PageHarness.h"
#include "ProgramIcon.h"
#include "cloud/CloudAccess.h"
#include "common/RawSqlite.h"
#include "core/Clock.h"
#include "i18n/LanguageSwitcher.h"
#include "onboarding/FieldKey.h"
#include "onboarding/FlowRules.h"
#include "onboarding/SampleCompany.h"
#include "onboarding/StepInputs.h"
#include "pages/PageId.h"
#include "pages/StepPage.h"
#include "pages/SummaryPage.h"
#include "session/OnboardingSession.h"
#include "storage/ProgressStore.h"
#include "widgets/Callout.h"
#include "widgets/FaqPanel.h"
#include "widgets/StatusSelector.h"
#include "widgets/StepSidebar.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProcessEnvironment>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QWheelEvent>

#include <algorithm>

namespace {

// Finds and fills a page's widgets as a user would, on whichever page is shown.
class PageDriver
{
public:
    virtual ~PageDriver() = default;
    virtual QWidget *shown() const = 0;

    template<typename T>
    T *find(const char *name) const
    {
        T *widget = shown()->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no %s on the page shown", name);
        return widget;
    }
    void type(const char *name, const QString &text) const
    {
        QLineEdit *edit = find<QLineEdit>(name);
        edit->setFocus();
        QTest::keyClicks(edit, text);
    }
    void choose(const char *comboName, const QString &value) const
    {
        QComboBox *combo = find<QComboBox>(comboName);
        const int index = combo->findData(value);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        emit combo->activated(index); // what a user's pick emits
    }
};

// Focus changes (and so "leaving a field") need an active window.
void showAndActivate(QWidget *window)
{
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        qWarning("the window did not become active");
}

// One running program: store, session and window on one database file.
struct Running : PageDriver
{
    Running(const QString &path, LanguageSwitcher &language, QList<QUrl> *opened = nullptr,
        QDateTime now = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC), bool show = true)
        : clock(now, QTimeZone("Asia/Shanghai"))
    {
        store = std::move(ProgressStore::openSqlite(path)).value();
        session = std::make_unique<OnboardingSession>(*store, clock);
        cloud = std::make_unique<CloudAccess>(
            network, clock, EndpointPolicy(), QProcessEnvironment(), nullptr);
        wizard = std::make_unique<OnboardingWizard>(
            *session, language,
            [opened](const QUrl &url) {
                if (opened)
                    opened->append(url);
                return true;
            },
            *cloud);
        if (show)
            showAndActivate();
    }
    void showAndActivate() const { ::showAndActivate(wizard.get()); }
    ~Running() override
    {
        wizard.reset(); // as when the user closes the window
        session.reset();
        store.reset();
    }

    QWidget *shown() const override { return wizard->currentPage(); }
    void clickNext() const
    {
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    }
    void clickBack() const
    {
        QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    }

    FixedClock clock;
    std::unique_ptr<ProgressStore> store;
    std::unique_ptr<OnboardingSession> session;
    QNetworkAccessManager network;
    std::unique_ptr<CloudAccess> cloud;
    std::unique_ptr<OnboardingWizard> wizard;
};

// A new company's profile on one database file, and one page of it opened
// alone (PageHarness): for what one page does by itself.
struct Alone : PageDriver
{
    Alone(const QString &path, LanguageSwitcher &language,
        const QString &company = QStringLiteral("ACME"))
        : clock(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC), QTimeZone("Asia/Shanghai"))
        , language(language)
    {
        store = std::move(ProgressStore::openSqlite(path)).value();
        session = std::make_unique<OnboardingSession>(*store, clock);
        if (!session->create(company))
            qWarning("the company could not be created");
        options.opener = [this](const QUrl &url) {
            opened.append(url);
            return true;
        };
    }
    ~Alone() override
    {
        harness.reset();
        session.reset();
        store.reset();
    }

    Profile &profile() const { return session->profile(); }
    void open(int page)
    {
        harness = std::make_unique<PageHarness>(*session, page, language, options);
        ::showAndActivate(harness.get());
    }
    QWidget *shown() const override { return harness->shownPage(); }
    StatusSelector *statusSelector() const { return harness->stepPage()->statusSelector(); }

    FixedClock clock;
    LanguageSwitcher &language;
    std::unique_ptr<ProgressStore> store;
    std::unique_ptr<OnboardingSession> session;
    QList<QUrl> opened;
    PageHarnessOptions options;
    std::unique_ptr<PageHarness> harness;
};

// Step 1 done, step 2 chosen as an enterprise verification by bank account.
bool readyForBankVerification(Profile &profile)
{
    profile.setField(FieldKey::LoginName, QStringLiteral("acme"));
    if (!profile.requestStatus(StepId::Register, StepStatus::Done).allowed)
        return false;
    profile.setField(FieldKey::RealNameSubject, FieldValue::Enterprise);
    profile.setField(FieldKey::RealNameMethod, FieldValue::MethodBankAccount);
    return true;
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void resumesOnSamePageWithValues();
    void outcomeAndStatusShowOneTruth();
    void savedCompaniesShowTheirProgress();
    void unavailableStatusesSayWhy();
    void pendingWarningSaysWhyAndLetsTheUserGoOn();
    void overrideLabelIsNotClipped_data();
    void overrideLabelIsNotClipped();
    void resumesBeforeTheWindowIsShown();
    void startBuildsOnlyThePageItShows();
    void resumeStopsAtAnEarlierPageWithAnError();
    void everyCheckedInputHasItsFieldAndVerdict();
    void longChoicesNeverWidenThePage();
    void closingMidTypingLosesNothing();
    void backNeverWipesInput();
    void languageSwitchRetranslatesEverything();
    void languageChoiceIsRemembered();
    void certificationIsGuarded();
    void personalVerificationWarns();
    void regionLimitsNetwork();
    void storedClassicIsKeptAndExplained();
    void summaryShowsPlanAndNextStep();
    void typingElsewhereLeavesSummaryAndSidebarAlone();
    void hiddenSummaryFollowsWhatItShows();
    void sidebarFollowsStatus();
    void unreadableStatusIsNotShownAsNotStarted();
    void consoleButtonOpensOfficialPage();
    void invoiceProposedFromCompanyStoredOnlyWhenAccepted();
    void pendingStepShownAfterRestart();
    void overdueAdviceOnThePageAndInTheSummary_data();
    void overdueAdviceOnThePageAndInTheSummary();
    void keyboardStartsWhereInputIsNeeded();
    void helpScrollsTheAnswersIntoView();
    void wheelScrollsThePageNotTheFieldUnderIt();
    void finishOnlyOnceEveryStepIsDone();
    void invalidCreditCodeBlocksNext();
    void failedCheckCharacterNeedsReason();
    void mobileStoredInInternationalForm();
    void depositAttemptsEndInFailure();
    void timelineListsChangesNewestFirst();
    void mnemonicsAreUniquePerPage_data();
    void mnemonicsAreUniquePerPage();
    void aboutBoxNamesVersionLicenceQtAndDatabase();
    void windowIconHasEverySize();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("progress.sqlite")); }
    void startNewCompany(Running &app, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LanguageSwitcher> m_language;
};

void TestWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_language = std::make_unique<LanguageSwitcher>();
    QVERIFY(m_language->setLanguage(QStringLiteral("en")));
}

void TestWizard::cleanup()
{
    m_language.reset();
}

void TestWizard::startNewCompany(Running &app, const QString &name)
{
    QCOMPARE(app.wizard->currentId(), int(WelcomePageId));
    QVERIFY(!app.wizard->button(QWizard::NextButton)->isEnabled());
    app.type("newCompanyName", name);
    QVERIFY(app.wizard->button(QWizard::NextButton)->isEnabled());
    app.clickNext();
    QCOMPARE(app.wizard->currentId(), int(RegisterPageId));
}

void TestWizard::resumesOnSamePageWithValues()
{
    {
        Running app(path(), *m_language);
        startNewCompany(app, QStringLiteral("Example Fintech Ltd"));
        app.type("loginName", QStringLiteral("example-fin"));
        app.type("mobile", QStringLiteral("138 0013 8000"));
        app.type("email", QStringLiteral("cloud@example.com"));
        QTest::mouseClick(
            app.find<QCheckBox>("dedicatedAccount"), Qt::LeftButton, {}, QPoint(4, 4));
        app.clickNext();
        QCOMPARE(app.wizard->currentId(), int(RealNamePageId));
    }
    Running again(path(), *m_language);
    QVERIFY(again.wizard->resumeLastProfile());
    QCOMPARE(again.wizard->currentId(), int(RealNamePageId));
    again.clickBack();
    QCOMPARE(again.wizard->currentId(), int(RegisterPageId));
    QCOMPARE(again.find<QLineEdit>("loginName")->text(), QStringLiteral("example-fin"));
    // Stored in international form once the user left the field.
    QCOMPARE(again.find<QLineEdit>("mobile")->text(), QStringLiteral("+8613800138000"));
    QCOMPARE(again.find<QLineEdit>("email")->text(), QStringLiteral("cloud@example.com"));
    QVERIFY(again.find<QCheckBox>("dedicatedAccount")->isChecked());
}

void TestWizard::resumesBeforeTheWindowIsShown()
{
    {
        Running app(path(), *m_language);
        startNewCompany(app, QStringLiteral("Example Fintech Ltd"));
        app.type("loginName", QStringLiteral("example-fin"));
        QTest::mouseClick(
            app.find<QCheckBox>("dedicatedAccount"), Qt::LeftButton, {}, QPoint(4, 4));
        app.clickNext();
        QCOMPARE(app.wizard->currentId(), int(RealNamePageId));
    }
    // As the program starts: resume first, then show the window.
    Running again(path(), *m_language, nullptr, QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC),
        /*show=*/false);
    QVERIFY(again.wizard->resumeLastProfile());
    QCOMPARE(again.wizard->currentId(), int(RealNamePageId));
    again.showAndActivate();
    QCOMPARE(again.wizard->currentId(), int(RealNamePageId));
    QVERIFY(again.wizard->currentPage()->isVisible());
    QVERIFY(again.wizard->sidebar()->item(StepId::RealName)->isCurrent());
    again.clickBack();
    QCOMPARE(again.find<QLineEdit>("loginName")->text(), QStringLiteral("example-fin"));
}

void TestWizard::startBuildsOnlyThePageItShows()
{
    {
        Running app(path(), *m_language);
        startNewCompany(app, QStringLiteral("Example Fintech Ltd"));
        app.clickNext();
        QCOMPARE(app.wizard->currentId(), int(RealNamePageId));
    }
    Running again(path(), *m_language, nullptr, QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC),
        /*show=*/false);
    QVERIFY(again.wizard->resumeLastProfile());
    // The walk went past the register page without building it; the page
    // resumed on builds itself as it is shown.
    for (StepId step : AllSteps)
        QVERIFY2(!again.wizard->stepPage(step)->isBuilt(), qPrintable(stepKey(step)));
    // The summary is not built either; its subtitle names the company anyway.
    auto *summary = qobject_cast<SummaryPage *>(again.wizard->page(SummaryPageId));
    QVERIFY(!summary->isBuilt());
    QVERIFY2(summary->subTitle().contains(QStringLiteral("Example Fintech Ltd")),
        qPrintable(summary->subTitle()));
    again.showAndActivate();
    QVERIFY(again.wizard->stepPage(StepId::RealName)->isBuilt());
    QVERIFY(again.find<QLineEdit>("companyName"));
    // Laid out at the width it is shown at: the content fills the page's
    // scroll area (not the width of a page never laid out).
    const int width = again.find<QScrollArea>("pageScroll")->viewport()->width();
    QCOMPARE(again.find<QWidget>("pageContent")->width(), width);
    // The rest are built while the window is idle, one at a time.
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(AllSteps.cbegin(), AllSteps.cend(),
            [&](StepId step) { return again.wizard->stepPage(step)->isBuilt(); }),
        10000);
    QTRY_VERIFY(qobject_cast<OnDemandPage *>(again.wizard->page(SummaryPageId))->isBuilt());
    again.clickBack();
    QCOMPARE(again.wizard->currentId(), int(RegisterPageId));
    QCOMPARE(again.find<QLineEdit>("loginName")->text(), QString());
    // ...and laid out by QWizard as it shows it (its posted layout request,
    // before the paint): the content fills the scroll area, less a scroll bar.
    QCoreApplication::sendPostedEvents();
    QCOMPARE(again.find<QWidget>("pageContent")->width(),
        again.find<QScrollArea>("pageScroll")->viewport()->width());
}

void TestWizard::resumeStopsAtAnEarlierPageWithAnError()
{
    {
        Running app(path(), *m_language);
        startNewCompany(app, QStringLiteral("ACME"));
        Profile &profile = app.session->profile();
        profile.setField(FieldKey::LoginName, QStringLiteral("acme"));
        // Step 4 uses the company data of step 2 (step 5 would not stop the walk).
        app.wizard->goToPage(FinanceServicesPageId);
        QCOMPARE(app.wizard->currentId(), int(FinanceServicesPageId));
        // As another support person's edit in a shared database would leave it.
        profile.setField(FieldKey::CreditCode, QStringLiteral("9144-03"));
        QVERIFY(app.session->flush());
    }
    Running again(path(), *m_language, nullptr, QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC),
        /*show=*/false);
    QVERIFY(again.wizard->resumeLastProfile());
    // Decided on the profile while the page was not built, as a built page decides.
    QCOMPARE(again.wizard->currentId(), int(RealNamePageId));
    again.showAndActivate();
    QLabel *verdict = again.find<QLabel>("creditCodeVerdict");
    QVERIFY(verdict->isVisible());
    QVERIFY2(verdict->text().contains(QStringLiteral("Error")), qPrintable(verdict->text()));
    QVERIFY(!again.wizard->button(QWizard::NextButton)->isEnabled());
}

void TestWizard::everyCheckedInputHasItsFieldAndVerdict()
{
    Alone app(path(), *m_language);
    for (StepId step : AllSteps) {
        app.open(pageForStep(step));
        StepPage *page = app.harness->stepPage();
        QStringList shown;
        for (const QLineEdit *edit : page->findChildren<QLineEdit *>()) {
            if (page->findChild<QLabel *>(edit->objectName() + QStringLiteral("Verdict")))
                shown << edit->property("fincloudFieldKey").toString();
        }
        QStringList checked;
        for (const CheckedInput &input : StepInputs::checked(step))
            checked << input.key;
        // VPC fields have verdicts of their own (VpcPlanEditor), from VpcPlan.
        if (step == StepId::Region)
            shown.removeAll(FieldKey::VpcCidr);
        shown.removeAll(QString());
        QCOMPARE(shown, checked);
    }
}

void TestWizard::longChoicesNeverWidenThePage()
{
    Alone app(path(), *m_language);
    for (int page = RegisterPageId; page <= RegionPageId; ++page) {
        app.open(page);
        const int room = app.find<QScrollArea>("pageScroll")->viewport()->width();
        for (const QComboBox *combo : app.shown()->findChildren<QComboBox *>()) {
            QVERIFY2(combo->sizeAdjustPolicy() == QComboBox::AdjustToMinimumContentsLengthWithIcon,
                qPrintable(combo->objectName()));
            QVERIFY2(combo->minimumSizeHint().width() <= room,
                qPrintable(QStringLiteral("%1 needs %2 px of %3")
                               .arg(combo->objectName())
                               .arg(combo->minimumSizeHint().width())
                               .arg(room)));
        }
        if (page == CertificationPageId)
            QCOMPARE(app.statusSelector()->combo()->minimumContentsLength(), 30);
    }
}

void TestWizard::closingMidTypingLosesNothing()
{
    {
        Running app(path(), *m_language);
        startNewCompany(app, QStringLiteral("ACME"));
        app.type("loginName", QStringLiteral("typed-just-before-close"));
        // No waiting for the debounce: the window closes right away.
    }
    Running again(path(), *m_language);
    QVERIFY(again.wizard->resumeLastProfile());
    QCOMPARE(again.wizard->currentId(), int(RegisterPageId));
    QCOMPARE(again.find<QLineEdit>("loginName")->text(), QStringLiteral("typed-just-before-close"));
}

void TestWizard::backNeverWipesInput()
{
    Running app(path(), *m_language);
    startNewCompany(app, QStringLiteral("ACME"));
    app.clickNext();
    QCOMPARE(app.wizard->currentId(), int(RealNamePageId));
    app.type("creditCode", QStringLiteral("91110108551385082Q"));
    app.clickBack();
    app.clickNext();
    QCOMPARE(app.find<QLineEdit>("creditCode")->text(), QStringLiteral("91110108551385082Q"));
    QCOMPARE(app.find<QLineEdit>("companyName")->text(), QStringLiteral("ACME"));
}

void TestWizard::languageSwitchRetranslatesEverything()
{
    Running app(path(), *m_language);
    QAbstractButton *next = app.wizard->button(QWizard::NextButton);
    const QString englishNext = next->text();
    const QString englishTitle = app.wizard->currentPage()->title();
    QCOMPARE(englishNext, QStringLiteral("&Next >"));

    app.choose("languageChoice", QStringLiteral("zh_CN"));
    QCoreApplication::processEvents(); // LanguageChange is posted to each window
    QCOMPARE(m_language->language(), QStringLiteral("zh_CN"));
    QVERIFY(next->text() != englishNext);
    QCOMPARE(next->text(), QCoreApplication::translate("WizardFrame", "&Next >", "@action:button"));
    QVERIFY(app.wizard->currentPage()->title() != englishTitle);
    QVERIFY(app.wizard->button(QWizard::CancelButton)->text() != QStringLiteral("&Close"));
    QVERIFY(app.wizard->windowTitle() != QStringLiteral("Finance Cloud onboarding"));

    // A step page and the sidebar follow too.
    startNewCompany(app, QStringLiteral("Jia Ltd")); // QTest types ASCII only
    QVERIFY(app.find<QLabel>("registerIntro")->text().contains(QStringLiteral("金融云")));
    QVERIFY(app.wizard->sidebar()->item(StepId::Register)->text()
        != QStringLiteral("Register an account"));

    app.wizard->goToPage(WelcomePageId);
    app.choose("languageChoice", QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(next->text(), englishNext);
    QCOMPARE(app.wizard->sidebar()->item(StepId::Register)->text(),
        QStringLiteral("Register an account"));
}

void TestWizard::languageChoiceIsRemembered()
{
    {
        Running app(path(), *m_language);
        app.choose("languageChoice", QStringLiteral("zh_CN"));
    }
    Running again(path(), *m_language);
    QCOMPARE(again.session->savedLanguage(), QStringLiteral("zh_CN"));
}

void TestWizard::certificationIsGuarded()
{
    Alone app(path(), *m_language);
    Profile &profile = app.profile();
    profile.setField(FieldKey::LoginName, QStringLiteral("acme"));
    QVERIFY(profile.requestStatus(StepId::Register, StepStatus::Done).allowed);
    app.open(CertificationPageId);

    auto *danger = app.find<Callout>("publicResourcesDanger");
    QVERIFY(danger->isVisible());
    QCOMPARE(danger->level(), Callout::Level::Danger);

    StatusSelector *selector = app.statusSelector();
    auto *model = qobject_cast<QStandardItemModel *>(selector->combo()->model());
    const int doneRow = selector->combo()->findData(QStringLiteral("done"));
    const int waitingRow = selector->combo()->findData(QStringLiteral("waiting"));
    QVERIFY(!model->item(doneRow)->isEnabled());
    QVERIFY(!model->item(waitingRow)->isEnabled());
    QVERIFY(model->item(selector->combo()->findData(QStringLiteral("in_progress")))->isEnabled());
    QVERIFY(!selector->choose(StepStatus::Done));
    QVERIFY(selector->refusal()->isVisible());
    QCOMPARE(profile.stepState(StepId::Certification).status, StepStatus::NotStarted);

    // Enterprise verification done, but no confirmation yet: still refused.
    profile.setField(FieldKey::RealNameSubject, FieldValue::Enterprise);
    profile.setField(FieldKey::RealNameMethod, FieldValue::MethodLegalRepFace);
    QVERIFY(profile.requestStatus(StepId::RealName, StepStatus::Done).allowed);
    QVERIFY(!selector->choose(StepStatus::Waiting));
    QVERIFY(!model->item(waitingRow)->isEnabled());

    QCheckBox *confirm = app.find<QCheckBox>("noPublicResources");
    QTest::mouseClick(confirm, Qt::LeftButton, {}, QPoint(4, 4));
    QVERIFY(confirm->isChecked());
    QVERIFY(model->item(waitingRow)->isEnabled());
    QVERIFY(selector->choose(StepStatus::Waiting));
    QVERIFY(!selector->refusal()->isVisible());
    QCOMPARE(profile.stepState(StepId::Certification).status, StepStatus::Waiting);
    // Once submitted, the confirmation cannot be withdrawn from here.
    QVERIFY(!confirm->isEnabled());
}

void TestWizard::personalVerificationWarns()
{
    Alone app(path(), *m_language);
    app.open(RealNamePageId);
    auto *warning = app.find<Callout>("personalWarning");
    QVERIFY(!warning->isVisible());
    QTest::mouseClick(app.find<QRadioButton>("subjectPersonal"), Qt::LeftButton, {}, QPoint(4, 4));
    QCOMPARE(app.profile().field(FieldKey::RealNameSubject), FieldValue::Personal);
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->level(), Callout::Level::Warning);
    QTest::mouseClick(
        app.find<QRadioButton>("subjectEnterprise"), Qt::LeftButton, {}, QPoint(4, 4));
    QVERIFY(!warning->isVisible());
}

void TestWizard::regionLimitsNetwork()
{
    Alone app(path(), *m_language);
    app.open(RegionPageId);
    auto *classic = app.find<QRadioButton>("networkClassic");
    // Today every finance region is VPC only, Hangzhou included: the classic
    // network is explained, not offered.
    app.choose("regionChoice", QStringLiteral("cn-hangzhou-finance"));
    QVERIFY(!classic->isEnabled());
    QTest::mouseClick(classic, Qt::LeftButton, {}, QPoint(4, 4));
    QVERIFY(app.profile().field(FieldKey::NetworkType) != FieldValue::NetworkClassic);
    auto *retired = app.find<Callout>("classicNoLongerOffered");
    QVERIFY(retired->isVisible());
    QVERIFY(retired->text().contains(QStringLiteral("20200422")));
    QVERIFY(retired->text().contains(QStringLiteral("document_detail/73005")));
    QVERIFY(!app.find<Callout>("classicKept")->isVisible());
    QTest::mouseClick(app.find<QRadioButton>("networkVpc"), Qt::LeftButton, {}, QPoint(4, 4));
    QCOMPARE(app.profile().field(FieldKey::NetworkType), FieldValue::NetworkVpc);

    // Beijing, not in the guide, is offered and says plainly that it is a preview.
    auto *preview = app.find<Callout>("regionInvitationalPreview");
    QVERIFY(!preview->isVisible());
    app.choose("regionChoice", QStringLiteral("cn-beijing-finance-1"));
    QVERIFY(preview->isVisible());
    QVERIFY(preview->text().contains(QStringLiteral("invitational preview")));
    QVERIFY(preview->text().contains(QStringLiteral("North China 2 Finance (Beijing)")));
    QCOMPARE(app.profile().field(FieldKey::NetworkType), FieldValue::NetworkVpc);
    QVERIFY(
        app.find<QLabel>("regionPlan")->text().contains(QStringLiteral("cn-beijing-finance-1")));
    app.choose("regionChoice", QStringLiteral("cn-shenzhen-finance-1"));
    QVERIFY(!preview->isVisible());
}

void TestWizard::storedClassicIsKeptAndExplained()
{
    Alone app(path(), *m_language);
    app.profile().setField(FieldKey::RegionId, QStringLiteral("cn-hangzhou-finance"));
    app.profile().setField(FieldKey::NetworkType, FieldValue::NetworkClassic);
    app.open(RegionPageId);
    auto *classic = app.find<QRadioButton>("networkClassic");
    QVERIFY(classic->isChecked());
    auto *kept = app.find<Callout>("classicKept");
    QVERIFY(kept->isVisible());
    QVERIFY(kept->text().contains(QStringLiteral("no longer offered")));
    QVERIFY(!app.find<Callout>("classicNoLongerOffered")->isVisible());
    // Choosing the same region again changes nothing.
    app.choose("regionChoice", QStringLiteral("cn-hangzhou-finance"));
    QCOMPARE(app.profile().field(FieldKey::NetworkType), FieldValue::NetworkClassic);
    // … and the flow rules accept it (the guide offered it in this region).
    const QStringList unmet
        = FlowRules::unmetRequirements(app.profile().data(), StepId::Region, StepStatus::Done);
    QVERIFY2(!unmet.join(QLatin1Char('\n')).contains(QStringLiteral("network")),
        qPrintable(unmet.join(QLatin1Char('\n'))));
    app.profile().setField(FieldKey::RegionId, QStringLiteral("cn-shanghai-finance-1"));
    QVERIFY(FlowRules::unmetRequirements(app.profile().data(), StepId::Region, StepStatus::Done)
                .join(QLatin1Char('\n'))
                .contains(QStringLiteral("does not offer this network type")));
    app.profile().setField(FieldKey::RegionId, QStringLiteral("cn-hangzhou-finance"));
    // Once the user moves to VPC, classic is not offered again.
    QTest::mouseClick(app.find<QRadioButton>("networkVpc"), Qt::LeftButton, {}, QPoint(4, 4));
    QCOMPARE(app.profile().field(FieldKey::NetworkType), FieldValue::NetworkVpc);
    QVERIFY(!classic->isEnabled());
    QVERIFY(!kept->isVisible());
}

void TestWizard::summaryShowsPlanAndNextStep()
{
    Alone app(path(), *m_language);
    Profile &profile = app.profile();
    profile.setField(FieldKey::RegionId, QStringLiteral("cn-shanghai-finance-1"));
    profile.setField(FieldKey::NetworkType, FieldValue::NetworkVpc);
    app.open(SummaryPageId);
    QVERIFY(
        app.find<QLabel>("summaryPlan")->text().contains(QStringLiteral("cn-shanghai-finance-1")));
    QVERIFY(app.find<QLabel>("summaryPlan")->text().contains(QStringLiteral("VPC")));
    QVERIFY(app.find<QLabel>("summaryNext")->text().contains(QStringLiteral("step 1")));
}

void TestWizard::typingElsewhereLeavesSummaryAndSidebarAlone()
{
    Running app(path(), *m_language);
    startNewCompany(app, QStringLiteral("ACME"));
    auto *summary = qobject_cast<SummaryPage *>(app.wizard->page(SummaryPageId));
    summary->ensureBuilt(); // as after a visit
    StepSidebar *sidebar = app.wizard->sidebar();
    QSignalSpy summaryUpdates(summary, &SummaryPage::refreshed);
    QSignalSpy sidebarUpdates(sidebar, &StepSidebar::refreshed);
    // The first character starts step 1: a status both show.
    app.type("loginName", QStringLiteral("a"));
    QCOMPARE(sidebar->item(StepId::Register)->statusText(), QStringLiteral("In progress"));
    QCOMPARE(summary->findChild<QTableWidget *>("summaryTable")->item(0, 1)->text(),
        QStringLiteral("In progress"));
    QVERIFY(summaryUpdates.count() > 0);
    QVERIFY(sidebarUpdates.count() > 0);
    summaryUpdates.clear();
    sidebarUpdates.clear();
    // The rest of the login name: neither shows it, nothing they show changes.
    app.type("loginName", QStringLiteral("cme-fin"));
    QCOMPARE(app.session->profile().field(FieldKey::LoginName), QStringLiteral("acme-fin"));
    QCOMPARE(summaryUpdates.count(), 0);
    QCOMPARE(sidebarUpdates.count(), 0);
    // A mobile number with an error holds step 1 back: the sidebar says so,
    // the summary (which does not show it) is left alone.
    app.type("mobile", QStringLiteral("12345"));
    QVERIFY2(sidebar->item(StepId::Register)->statusText().contains(QStringLiteral("correcting")),
        qPrintable(sidebar->item(StepId::Register)->statusText()));
    QVERIFY(sidebarUpdates.count() > 0);
    QCOMPARE(summaryUpdates.count(), 0);
}

void TestWizard::hiddenSummaryFollowsWhatItShows()
{
    Running app(path(), *m_language);
    startNewCompany(app, QStringLiteral("ACME"));
    Profile &profile = app.session->profile();
    auto *summary = qobject_cast<SummaryPage *>(app.wizard->page(SummaryPageId));
    QVERIFY(summary->subTitle().contains(QStringLiteral("ACME")));
    app.wizard->goToPage(SummaryPageId);
    QCOMPARE(app.wizard->currentId(), int(SummaryPageId));
    app.wizard->goToPage(RegisterPageId);
    QVERIFY(!summary->isVisible());
    auto *plan = summary->findChild<QLabel *>("summaryPlan");
    auto *table = summary->findChild<QTableWidget *>("summaryTable");
    auto *next = summary->findChild<QLabel *>("summaryNext");
    QVERIFY(!plan->text().contains(QStringLiteral("cn-shanghai-finance-1")));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Not started"));

    // Changed while the summary is hidden: it is right before it is shown.
    profile.setField(FieldKey::RegionId, QStringLiteral("cn-shanghai-finance-1"));
    profile.setField(FieldKey::NetworkType, FieldValue::NetworkVpc);
    QVERIFY2(
        plan->text().contains(QStringLiteral("cn-shanghai-finance-1")), qPrintable(plan->text()));
    QVERIFY(
        app.wizard->stepPage(StepId::Register)->statusSelector()->choose(StepStatus::InProgress));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("In progress"));
    // Step 5 started by its data: "already under way" after step 1.
    QVERIFY2(next->text().contains(QStringLiteral("step 5")), qPrintable(next->text()));
    profile.setField(FieldKey::CompanyName, QStringLiteral("ACME Holdings"));
    QVERIFY(summary->subTitle().contains(QStringLiteral("ACME Holdings")));
    QVERIFY(!summary->isVisible());
    const QString planWhileHidden = plan->text();
    const QString nextWhileHidden = next->text();

    app.wizard->goToPage(SummaryPageId);
    QCOMPARE(app.wizard->currentId(), int(SummaryPageId));
    QVERIFY(summary->isVisible());
    QCOMPARE(plan->text(), planWhileHidden);
    QCOMPARE(next->text(), nextWhileHidden);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("In progress"));
}

void TestWizard::sidebarFollowsStatus()
{
    Running app(path(), *m_language);
    startNewCompany(app, QStringLiteral("ACME"));
    StepSidebarItem *item = app.wizard->sidebar()->item(StepId::Register);
    QVERIFY(item->isCurrent());
    QCOMPARE(item->statusText(), QStringLiteral("Not started"));
    app.wizard->stepPage(StepId::Register)->statusSelector()->choose(StepStatus::InProgress);
    QCOMPARE(item->statusText(), QStringLiteral("In progress"));
    QCOMPARE(item->look(), StepSidebarItem::Look::InProgress);
    // Clicking a later step in the sidebar goes there.
    QTest::mouseClick(app.wizard->sidebar()->item(StepId::Region), Qt::LeftButton);
    QCOMPARE(app.wizard->currentId(), int(RegionPageId));
    QVERIFY(app.wizard->sidebar()->item(StepId::Region)->isCurrent());
    QVERIFY(!item->isCurrent());
}

void TestWizard::unreadableStatusIsNotShownAsNotStarted()
{
    // A status this version cannot read (a newer version's, a hand edit)
    // used to show as "Not started" in the sidebar and the status control.
    {
        Running app(path(), *m_language);
        startNewCompany(app, QStringLiteral("ACME"));
        QVERIFY(app.wizard->stepPage(StepId::Register)
                    ->statusSelector()
                    ->choose(StepStatus::InProgress));
        app.session->flushAndWait();
    }
    QVERIFY(rawSqlite(path(),
        {QStringLiteral("UPDATE step_states SET status = 'paused' WHERE step = 'register'")}));

    Running app(path(), *m_language);
    app.wizard->resumeLastProfile();
    Profile &profile = app.session->profile();
    QVERIFY(profile.isStatusUnreadable(StepId::Register));
    StepSidebarItem *item = app.wizard->sidebar()->item(StepId::Register);
    QVERIFY2(
        item->statusText().contains(QStringLiteral("unreadable")), qPrintable(item->statusText()));
    QCOMPARE(item->look(), StepSidebarItem::Look::Blocked);
    StatusSelector *selector = app.wizard->stepPage(StepId::Register)->statusSelector();
    QCOMPARE(selector->combo()->currentIndex(), -1);
    QVERIFY(selector->combo()->placeholderText().contains(QStringLiteral("Unreadable")));

    // Choosing a status, "not started" too, mends it.
    QVERIFY(selector->choose(StepStatus::NotStarted));
    QVERIFY(!profile.isStatusUnreadable(StepId::Register));
    QCOMPARE(item->statusText(), QStringLiteral("Not started"));
    QCOMPARE(selector->combo()->currentData().toString(), QStringLiteral("not_started"));
    app.session->flushAndWait();
    const ProfileData stored = app.store->loadProfile(profile.id()).value();
    QVERIFY2(stored.unreadable.isEmpty(), qPrintable(stored.unreadable.join(u';')));
    QCOMPARE(stored.status(StepId::Register), StepStatus::NotStarted);
}

void TestWizard::consoleButtonOpensOfficialPage()
{
    Alone app(path(), *m_language);
    app.open(RealNamePageId);
    QTest::mouseClick(app.find<QAbstractButton>("openConsoleButton"), Qt::LeftButton);
    QCOMPARE(app.opened, QList<QUrl> {QUrl(QStringLiteral("https://account.console.aliyun.com"))});
}

void TestWizard::invoiceProposedFromCompanyStoredOnlyWhenAccepted()
{
    Alone app(path(), *m_language, QStringLiteral("Example Fintech Ltd"));
    Profile &profile = app.profile();
    profile.setField(FieldKey::CreditCode, QStringLiteral("91110108551385082Q"));
    app.open(FinanceServicesPageId);
    // Opening the page writes nothing: the company data is only proposed.
    auto *title = app.find<QLineEdit>("invoiceTitle");
    auto *taxpayer = app.find<QLineEdit>("taxpayerId");
    QVERIFY(title->text().isEmpty());
    QVERIFY(title->placeholderText().contains(QStringLiteral("Example Fintech Ltd")));
    QVERIFY(taxpayer->placeholderText().contains(QStringLiteral("91110108551385082Q")));
    QVERIFY(profile.field(FieldKey::InvoiceTitle).isEmpty());
    QVERIFY(profile.field(FieldKey::TaxpayerId).isEmpty());
    QCOMPARE(profile.stepState(StepId::FinanceServices).status, StepStatus::NotStarted);

    auto *use = app.find<QAbstractButton>("useCompanyData");
    QVERIFY(use->isVisible());
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(title->text(), QStringLiteral("Example Fintech Ltd"));
    QCOMPARE(taxpayer->text(), QStringLiteral("91110108551385082Q"));
    QCOMPARE(profile.field(FieldKey::InvoiceTitle), QStringLiteral("Example Fintech Ltd"));
    QVERIFY(!use->isVisible()); // nothing left to propose
    // Entered data: the step has started.
    QCOMPARE(profile.stepState(StepId::FinanceServices).status, StepStatus::InProgress);
}

void TestWizard::pendingStepShownAfterRestart()
{
    {
        Running app(path(), *m_language);
        startNewCompany(app, QStringLiteral("ACME"));
        Profile &profile = app.session->profile();
        QVERIFY(readyForBankVerification(profile));
        app.wizard->goToPage(RealNamePageId);
        QVERIFY(
            app.wizard->stepPage(StepId::RealName)->statusSelector()->choose(StepStatus::Waiting));
        // Monday 2 November 2026 (Shanghai): three working days end on Thursday the 5th.
        QCOMPARE(profile.stepState(StepId::RealName).expectedBy,
            QDateTime(QDate(2026, 11, 5), QTime(23, 59, 59), QTimeZone("Asia/Shanghai")));
        Callout *pending = app.wizard->sidebar()->pendingNotice();
        QVERIFY(pending->isVisible());
        QCOMPARE(pending->level(), Callout::Level::Note);
    }
    // Back on Tuesday the 10th: three working days late (6th, 9th, 10th).
    Running later(path(), *m_language, nullptr,
        QDateTime(QDate(2026, 11, 10), QTime(10, 0), QTimeZone("Asia/Shanghai")));
    QVERIFY(later.wizard->resumeLastProfile());
    QCOMPARE(later.wizard->currentId(), int(RealNamePageId));
    Callout *pending = later.wizard->sidebar()->pendingNotice();
    QVERIFY(pending->isVisible());
    QCOMPARE(pending->level(), Callout::Level::Warning);
    QVERIFY2(pending->text().contains(QStringLiteral("overdue by 3 working days")),
        qPrintable(pending->text()));
    QVERIFY(pending->text().contains(QStringLiteral("jr@service.alibaba.com")));
    // The step's own entry says it too (issue 19), not only the notice.
    QCOMPARE(
        later.wizard->sidebar()->item(StepId::RealName)->look(), StepSidebarItem::Look::Overdue);
    // The advice depends on the method: the page's notice (the whole
    // advice; the sidebar's says where the step stands) follows that field too.
    auto *advice
        = later.wizard->currentPage()->findChild<Callout *>(QStringLiteral("waitingNotice"));
    QVERIFY(advice);
    QVERIFY2(advice->text().contains(QStringLiteral("deposit has not arrived")),
        qPrintable(advice->text()));
    later.session->profile().setField(FieldKey::RealNameMethod, FieldValue::MethodLegalRepFace);
    QVERIFY2(!advice->text().contains(QStringLiteral("deposit has not arrived")),
        qPrintable(advice->text()));
}

void TestWizard::overdueAdviceOnThePageAndInTheSummary_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("overdue"); // how the advice says it
    QTest::newRow("English") << "en"
                             << "overdue by 3 working days";
    QTest::newRow("Chinese") << "zh_CN"
                             << "已逾期 3 个工作日";
}

// A returning admin whose deposit review is overdue reads it, with the
// guide's contact and what to give them, where they look: at the top of the
// step's own page (as time passes with the page open) and in the summary's
// "What is next", not only in the sidebar (issue 19).
void TestWizard::overdueAdviceOnThePageAndInTheSummary()
{
    QFETCH(QString, language);
    QFETCH(QString, overdue);
    QVERIFY(m_language->setLanguage(language));
    Alone app(path(), *m_language);
    Profile &profile = app.profile();
    QVERIFY(readyForBankVerification(profile));
    profile.setField(FieldKey::LicenceNumber, QStringLiteral("110000000012345"));
    const QString company = profile.field(FieldKey::CompanyName);
    QVERIFY(!company.isEmpty());
    // Submitted on Monday 2 November (Shanghai); Wednesday the 4th: not yet due.
    QVERIFY(profile.requestStatus(StepId::RealName, StepStatus::Waiting).allowed);
    const QTimeZone shanghai("Asia/Shanghai");
    app.clock.set(QDateTime(QDate(2026, 11, 4), QTime(10, 0), shanghai));
    app.open(RealNamePageId);
    StepPage *page = app.harness->stepPage();
    Callout *notice = page->waitingNotice();
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->level(), Callout::Level::Note);
    QVERIFY2(!notice->text().contains(overdue), qPrintable(notice->text()));

    // Time passes with the page open: Tuesday the 10th is three working days late.
    app.clock.set(QDateTime(QDate(2026, 11, 10), QTime(10, 0), shanghai));
    page->model().recheckTime();
    QCOMPARE(notice->level(), Callout::Level::Warning);
    const QString text = QTextDocumentFragment::fromHtml(notice->text()).toPlainText();
    for (const QString &part : {overdue, QStringLiteral("jr@service.alibaba.com"), company,
             QStringLiteral("110000000012345"), QStringLiteral("实名认证 → 企业/政府实名认证")})
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" is not in: ") + text));
    // At the top of the page, whole, and the address can be selected and copied.
    QCOMPARE(notice->parentWidget()->layout()->indexOf(notice), 0);
    QLabel *body = nullptr;
    for (QLabel *label : notice->findChildren<QLabel *>()) {
        if (label->text() == notice->text())
            body = label;
    }
    QVERIFY(body);
    QTRY_VERIFY(body->height() >= body->heightForWidth(body->width()));
    QVERIFY(body->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    // The sidebar's notice says the same.
    const QString sidebar
        = QTextDocumentFragment::fromHtml(app.harness->sidebar()->pendingNotice()->text())
              .toPlainText();
    QVERIFY2(sidebar.contains(overdue), qPrintable(sidebar));
    QVERIFY2(sidebar.contains(QStringLiteral("jr@service.alibaba.com")), qPrintable(sidebar));

    // The summary: what is pending, since and until when, and what to do.
    app.open(SummaryPageId);
    const QString next = app.find<QLabel>("summaryNext")->text();
    for (const QString &part : {overdue, QStringLiteral("jr@service.alibaba.com"), company,
             QStringLiteral("110000000012345")})
        QVERIFY2(next.contains(part), qPrintable(part + QStringLiteral(" is not in: ") + next));
    QVERIFY2(!next.contains(QStringLiteral("Come back when")), qPrintable(next));
    QVERIFY(m_language->setLanguage(QStringLiteral("en")));
}

void TestWizard::invalidCreditCodeBlocksNext()
{
    Alone app(path(), *m_language);
    app.open(RealNamePageId);
    QAbstractButton *next = app.harness->button(QWizard::NextButton);
    QVERIFY(next->isEnabled());
    app.type("creditCode", QStringLiteral("9144-03"));
    QLabel *verdict = app.find<QLabel>("creditCodeVerdict");
    QVERIFY(verdict->isVisible());
    QVERIFY2(verdict->text().contains(QStringLiteral("Error")), qPrintable(verdict->text()));
    QVERIFY(!app.find<QLineEdit>("creditCode")->accessibleDescription().isEmpty());
    QVERIFY(!next->isEnabled());
    app.harness->next(); // refused: still here
    QVERIFY(app.harness->isOnPage());

    QLineEdit *code = app.find<QLineEdit>("creditCode");
    code->selectAll();
    QTest::keyClicks(code, QStringLiteral("91110108551385082q")); // lower case is fine
    QVERIFY(!verdict->isVisible());
    QVERIFY(next->isEnabled());
}

void TestWizard::failedCheckCharacterNeedsReason()
{
    Alone app(path(), *m_language);
    app.open(RealNamePageId);
    app.type("creditCode", QStringLiteral("914403001922038217"));
    QLabel *verdict = app.find<QLabel>("creditCodeVerdict");
    QVERIFY(verdict->isVisible());
    QVERIFY2(verdict->text().contains(QStringLiteral("Check")), qPrintable(verdict->text()));
    QLineEdit *reason = app.find<QLineEdit>("creditCodeOverride");
    QVERIFY(reason->isVisible());
    QVERIFY(!app.harness->nextEnabled());
    app.type("creditCodeOverride", QStringLiteral("Printed so on our licence"));
    QVERIFY(app.harness->nextEnabled());
    QCOMPARE(app.profile().field(FieldKey::CreditCodeOverride),
        QStringLiteral("Printed so on our licence"));
    // The override is recorded in the database, with an event.
    QVERIFY(app.session->flush());
    const QList<ProfileEvent> events = app.store->events(app.profile().id()).value();
    QVERIFY(std::any_of(events.cbegin(), events.cend(),
        [](const ProfileEvent &event) { return event.subject == FieldKey::CreditCodeOverride; }));
}

void TestWizard::mobileStoredInInternationalForm()
{
    Alone app(path(), *m_language);
    app.open(RegisterPageId);
    app.type("mobile", QStringLiteral("138-0013-8000"));
    QVERIFY(!app.find<QLabel>("mobileVerdict")->isVisible());
    app.find<QLineEdit>("loginName")->setFocus(); // leaving the field stores the canonical form
    QCOMPARE(app.profile().field(FieldKey::Mobile), QStringLiteral("+8613800138000"));
    QCOMPARE(app.find<QLineEdit>("mobile")->text(), QStringLiteral("+8613800138000"));
    app.type("email", QStringLiteral("boss@qq.com"));
    QLabel *note = app.find<QLabel>("emailVerdict");
    QVERIFY(note->isVisible()); // a note, not an error
    QVERIFY(app.harness->nextEnabled());
}

void TestWizard::depositAttemptsEndInFailure()
{
    Alone app(path(), *m_language);
    Profile &profile = app.profile();
    QVERIFY(readyForBankVerification(profile));
    app.open(RealNamePageId);
    QWidget *box = app.find<QWidget>("depositBox");
    QVERIFY(!box->isVisible());
    QVERIFY(app.statusSelector()->choose(StepStatus::Waiting));
    QVERIFY(box->isVisible());

    auto *refused = app.find<QAbstractButton>("depositRefused");
    app.type("depositAmount", QStringLiteral("0.123"));
    QVERIFY(app.find<QLabel>("depositAmountVerdict")->isVisible());
    QVERIFY(!refused->isEnabled());
    QLineEdit *amount = app.find<QLineEdit>("depositAmount");
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("0.35"));
    QVERIFY(refused->isEnabled());

    QTest::mouseClick(refused, Qt::LeftButton);
    QTest::mouseClick(refused, Qt::LeftButton);
    QCOMPARE(app.find<QLabel>("depositAttempts")->text(), QStringLiteral("Attempts used: 2 of 3"));
    auto *warning = app.find<Callout>("depositWarning");
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->level(), Callout::Level::Warning);
    QCOMPARE(profile.stepState(StepId::RealName).status, StepStatus::Waiting);

    QTest::mouseClick(refused, Qt::LeftButton);
    QCOMPARE(profile.field(FieldKey::DepositAttempts), QStringLiteral("3"));
    QCOMPARE(profile.stepState(StepId::RealName).status, StepStatus::Failed);
    QCOMPARE(warning->level(), Callout::Level::Danger);
    QVERIFY(!refused->isEnabled());
    QVERIFY(!app.find<QAbstractButton>("depositAccepted")->isEnabled());
    QCOMPARE(
        app.harness->sidebar()->item(StepId::RealName)->look(), StepSidebarItem::Look::Blocked);
}

void TestWizard::outcomeAndStatusShowOneTruth()
{
    Alone app(path(), *m_language);
    Profile &profile = app.profile();
    QVERIFY(readyForBankVerification(profile));
    profile.setField(FieldKey::RealNameMethod, FieldValue::MethodLegalRepFace);
    QVERIFY(profile.requestStatus(StepId::RealName, StepStatus::Done).allowed);
    app.open(CertificationPageId);
    auto *status = app.find<QComboBox>("stepStatus");

    // Not confirmed: "Approved" is refused with the reason, nothing changes.
    app.choose("certificationOutcome", FieldValue::OutcomeApproved);
    QVERIFY(app.find<Callout>("outcomeRefusal")->isVisible());
    QCOMPARE(app.find<QComboBox>("certificationOutcome")->currentData().toString(),
        FieldValue::OutcomeNotSubmitted);
    QCOMPARE(status->currentData().toString(), statusKey(StepStatus::NotStarted));

    QTest::mouseClick(app.find<QCheckBox>("noPublicResources"), Qt::LeftButton, {}, QPoint(4, 4));
    app.choose("certificationOutcome", FieldValue::OutcomeApproved);
    QVERIFY(!app.find<Callout>("outcomeRefusal")->isVisible());
    QCOMPARE(status->currentData().toString(), statusKey(StepStatus::Done));
    QCOMPARE(
        app.harness->sidebar()->item(StepId::Certification)->look(), StepSidebarItem::Look::Done);

    // The provider refused for resources: failed, and the tick is gone.
    QVERIFY(profile.requestStatus(StepId::Certification, StepStatus::InProgress).allowed);
    QCOMPARE(app.find<QComboBox>("certificationOutcome")->currentData().toString(),
        FieldValue::OutcomeNotSubmitted);
    app.choose("certificationOutcome", FieldValue::OutcomeRejectedPublicResources);
    QCOMPARE(status->currentData().toString(), statusKey(StepStatus::Failed));
    QVERIFY(!app.find<QCheckBox>("noPublicResources")->isChecked());
}

void TestWizard::savedCompaniesShowTheirProgress()
{
    // Seen: "at step 1: Register an account" (the page last viewed) for a
    // company that waits at step 2.
    {
        Running app(path(), *m_language);
        startNewCompany(app, QStringLiteral("ACME"));
        Profile &profile = app.session->profile();
        QVERIFY(readyForBankVerification(profile));
        QVERIFY(profile.requestStatus(StepId::RealName, StepStatus::Waiting).allowed);
        app.wizard->goToPage(RegisterPageId);
        QCOMPARE(app.wizard->currentId(), int(RegisterPageId));
        QVERIFY(app.session->flush());
    }
    Running again(path(), *m_language);
    again.wizard->restart();
    auto *list = again.find<QListWidget>("profileList");
    QVERIFY(list && list->count() == 1);
    QVERIFY2(list->item(0)->text().contains(QStringLiteral(
                 "at step 2: Real-name verification, submitted, waiting for review")),
        qPrintable(list->item(0)->text()));
}

void TestWizard::unavailableStatusesSayWhy()
{
    Alone app(path(), *m_language);
    app.open(RealNamePageId);
    auto *why = app.find<QLabel>("statusUnavailable");
    QVERIFY(why->isVisible());
    QVERIFY2(why->text().contains(QStringLiteral("Step 1 (Register an account) must be done")),
        qPrintable(why->text()));
    QVERIFY(why->text().contains(QStringLiteral("Done")));
}

void TestWizard::pendingWarningSaysWhyAndLetsTheUserGoOn()
{
    Running app(path(), *m_language);
    startNewCompany(app, QStringLiteral("ACME"));
    app.wizard->goToPage(RealNamePageId);
    auto *notice = app.wizard->stepPage(StepId::RealName)->holdBackNotice();
    QVERIFY(!notice->isVisible());
    app.type("creditCode", QStringLiteral("914403001922038217")); // check character fails
    QVERIFY(!app.wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("Unified social credit code")),
        qPrintable(notice->text()));
    QVERIFY(notice->text().contains(QStringLiteral("step 5")));
    StepSidebar *sidebar = app.wizard->sidebar();
    QCOMPARE(sidebar->item(StepId::RealName)->look(), StepSidebarItem::Look::Blocked);
    QVERIFY(sidebar->item(StepId::Certification)
                ->statusText()
                .contains(QStringLiteral("held back by step 2")));
    QVERIFY(!sidebar->item(StepId::Region)->statusText().contains(QStringLiteral("held back")));

    // Step 3 uses the company data: the walk stops here; step 5 does not.
    QTest::mouseClick(sidebar->item(StepId::Certification), Qt::LeftButton);
    QCOMPARE(app.wizard->currentId(), int(RealNamePageId));
    QTest::mouseClick(sidebar->item(StepId::Region), Qt::LeftButton);
    QCOMPARE(app.wizard->currentId(), int(RegionPageId));

    // A reason resolves it.
    app.wizard->goToPage(RealNamePageId);
    QCOMPARE(app.wizard->currentId(), int(RealNamePageId));
    app.type("creditCodeOverride", QStringLiteral("printed so on our licence"));
    QVERIFY(!notice->isVisible());
    QVERIFY(app.wizard->button(QWizard::NextButton)->isEnabled());
}

void TestWizard::overrideLabelIsNotClipped_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("width"); // of the window
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        for (int width : {1280, 900, 700})
            QTest::addRow("%s %d", qPrintable(language), width) << language << width;
    }
}

// "Keep it anyway, because:" (the reason for a credit code that fails its
// check) had its two lines cut off at the top and bottom: a wrapped label in
// a form's label column gets the width of its size hint, not of the column.
void TestWizard::overrideLabelIsNotClipped()
{
    QFETCH(QString, language);
    QFETCH(int, width);
    QVERIFY(m_language->setLanguage(language));
    QCoreApplication::processEvents();
    Running app(path(), *m_language);
    startNewCompany(app, QStringLiteral("ACME"));
    app.wizard->resize(width, app.wizard->height());
    app.wizard->goToPage(RealNamePageId);
    app.type("creditCode", QStringLiteral("914403001922038217")); // check character fails
    auto *reason = app.find<QLineEdit>("creditCodeOverride");
    QTRY_VERIFY(reason->isVisible());
    QLabel *label = nullptr;
    for (QLabel *each : app.wizard->currentPage()->findChildren<QLabel *>()) {
        if (each->buddy() == reason)
            label = each;
    }
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCoreApplication::processEvents(); // laid out
    const QString text = label->text().remove(QLatin1Char('&'));
    const QRect area = label->contentsRect();
    const QRect needed = label->fontMetrics().boundingRect(QRect(0, 0, area.width(), 1 << 20),
        (label->wordWrap() ? Qt::TextWordWrap : 0) | Qt::AlignLeft | Qt::AlignTop, text);
    QVERIFY2(needed.width() <= area.width() && needed.height() <= area.height(),
        qPrintable(QStringLiteral("\"%1\" needs %2×%3, has %4×%5")
                       .arg(text)
                       .arg(needed.width())
                       .arg(needed.height())
                       .arg(area.width())
                       .arg(area.height())));
    const int needs = label->hasHeightForWidth() ? label->heightForWidth(label->width())
                                                 : label->sizeHint().height();
    QVERIFY2(label->height() >= needs, qPrintable(QString::number(label->height())));
    QVERIFY(label->width() >= label->minimumSizeHint().width());
}

void TestWizard::timelineListsChangesNewestFirst()
{
    Running app(path(), *m_language);
    QAbstractButton *timeline = app.wizard->button(QWizard::CustomButton1);
    QVERIFY(!timeline->isEnabled()); // no profile yet
    startNewCompany(app, QStringLiteral("ACME"));
    QVERIFY(timeline->isEnabled());
    app.type("loginName", QStringLiteral("acme"));
    QVERIFY(app.wizard->stepPage(StepId::Register)->statusSelector()->choose(StepStatus::Done));

    QTest::mouseClick(timeline, Qt::LeftButton);
    auto *dialog = app.wizard->findChild<QDialog *>(QStringLiteral("timelineDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("timelineTable"));
    // Created; the step started by the first letter of the login name (a
    // status is saved at once); the login name, once (it was listed twice,
    // around the start); the step done.
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(table->item(0, 2)->text(),
        QStringLiteral("Step 1 (Register an account): In progress → Done"));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("Changed: Login name"));
    QCOMPARE(table->item(2, 2)->text(),
        QStringLiteral("Step 1 (Register an account): Not started → In progress"));
    QCOMPARE(table->item(3, 2)->text(), QStringLiteral("Profile created for ACME"));
    QVERIFY(!table->item(0, 1)->text().isEmpty()); // who
    QVERIFY(!table->item(1, 2)->text().contains(QStringLiteral("acme"))); // no values
}

void TestWizard::mnemonicsAreUniquePerPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << "en";
    QTest::newRow("Chinese") << "zh_CN";
}

// Alt+letter must reach exactly one control on every page, wizard buttons included.
void TestWizard::mnemonicsAreUniquePerPage()
{
    QFETCH(QString, language);
    QVERIFY(m_language->setLanguage(language));
    QCoreApplication::processEvents();
    Alone app(path(), *m_language);
    Profile &profile = app.profile();
    // Show the optional parts too: bank fields and the deposit box.
    QVERIFY(readyForBankVerification(profile));
    QVERIFY(profile.requestStatus(StepId::RealName, StepStatus::Waiting).allowed);

    const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
    QStringList clashes;
    for (int page = WelcomePageId; page <= SummaryPageId; ++page) {
        app.open(page);
        QMap<QChar, QString> seen;
        QList<QWidget *> widgets = app.shown()->findChildren<QWidget *>();
        for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton,
                 QWizard::FinishButton, QWizard::CancelButton, QWizard::HelpButton,
                 QWizard::CustomButton1, QWizard::CustomButton2, QWizard::CustomButton3})
            widgets << app.harness->button(which);
        for (QWidget *widget : widgets) {
            if (!widget->isVisibleTo(app.harness.get()))
                continue;
            QString text;
            if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
                text = label->text();
            else if (auto *button = qobject_cast<QAbstractButton *>(widget))
                text = button->text();
            const QRegularExpressionMatch match = mnemonic.match(text);
            if (!match.hasMatch())
                continue;
            const QChar key = match.captured(1).at(0).toLower();
            if (seen.contains(key))
                clashes << QStringLiteral("page %1: '%2' and '%3' share Alt+%4")
                               .arg(page)
                               .arg(seen.value(key), text, key);
            seen.insert(key, text);
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    QVERIFY(m_language->setLanguage(QStringLiteral("en")));
}

void TestWizard::keyboardStartsWhereInputIsNeeded()
{
    Running app(path(), *m_language);
    // No company saved yet: the name, not the language choice.
    QTRY_COMPARE(QApplication::focusWidget(), app.find<QLineEdit>("newCompanyName"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Keyboard Fintech Ltd"));
    // Enter is Next.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(app.wizard->currentId(), int(RegisterPageId));
    QCOMPARE(app.session->profile().field(FieldKey::CompanyName),
        QStringLiteral("Keyboard Fintech Ltd"));
    // The first field that needs input.
    QTRY_COMPARE(QApplication::focusWidget(), app.find<QLineEdit>("loginName"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("kb-login"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), app.find<QLineEdit>("mobile"));

    // A company saved: the list, and Enter opens the one selected.
    app.wizard->goToPage(WelcomePageId);
    QTRY_VERIFY(app.find<QListWidget>("profileList")->count() == 1);
    app.wizard->restart();
    QTRY_COMPARE(QApplication::focusWidget(), app.find<QListWidget>("profileList"));
}

void TestWizard::helpScrollsTheAnswersIntoView()
{
    // As in the program: Help opens a menu (diagnostics are offered too),
    // and its first entry shows the step's questions and answers.
    Running app(path(), *m_language);
    app.wizard->setDiagnosticsSource([](auto deliver) { deliver(QStringLiteral("report")); });
    QVERIFY(app.session->create(QStringLiteral("ACME")));
    app.wizard->restart();
    app.wizard->goToPage(RegisterPageId);
    StepPage *page = app.wizard->stepPage(StepId::Register);
    QScrollArea *scroll = page->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() >= 0);
    scroll->verticalScrollBar()->setValue(0);
    QTest::mouseClick(app.wizard->button(QWizard::HelpButton), Qt::LeftButton);
    QTRY_VERIFY(app.wizard->helpMenu()->isVisible());
    app.wizard->helpMenu()->faqAction()->trigger();
    app.wizard->helpMenu()->close();
    // Offscreen, the closed menu leaves no window active and the focus
    // widget reads as none; a window manager gives the wizard its
    // activation back, and with it the focus it had.
    app.wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(app.wizard.get()));
    FaqPanel *faq = page->faq();
    QVERIFY(faq->isExpanded());
    // All of it in view when it fits, else its title at the top.
    const auto inView = [&] {
        const int top = faq->mapTo(scroll->viewport(), QPoint(0, 0)).y();
        const int height = scroll->viewport()->height();
        return top >= 0 && (top + faq->height() <= height || top < height / 4);
    };
    QTRY_VERIFY2(inView(),
        qPrintable(QStringLiteral("top %1, height %2, viewport %3, scroll %4 of %5")
                       .arg(faq->mapTo(scroll->viewport(), QPoint(0, 0)).y())
                       .arg(faq->height())
                       .arg(scroll->viewport()->height())
                       .arg(scroll->verticalScrollBar()->value())
                       .arg(scroll->verticalScrollBar()->maximum())));
    QCOMPARE(QApplication::focusWidget(), faq->toggleButton());
}

void TestWizard::wheelScrollsThePageNotTheFieldUnderIt()
{
    // Scrolling a long page with the wheel must not change a combo box that
    // passes under the pointer; once the user has focused it, it may.
    Running app(path(), *m_language);
    QVERIFY(app.session->create(QStringLiteral("ACME")));
    app.wizard->restart();
    app.wizard->goToPage(FinanceServicesPageId);
    QComboBox *transfer = app.find<QComboBox>("fundTransfer");
    QVERIFY(transfer && transfer->isVisible());
    // Not Qt::WheelFocus: a wheel turn from the window system would hand it
    // the focus before the guard sees the turn.
    QCOMPARE(transfer->focusPolicy(), Qt::StrongFocus);
    const int before = transfer->currentIndex();
    // Returns whether the combo box kept the wheel. Sent, not spontaneous:
    // QApplication hands a passed-on wheel to the parents only when it came
    // from the window system (the real-window check does that).
    const auto wheelDown = [&] {
        const QPointF at(transfer->width() / 2.0, transfer->height() / 2.0);
        QWheelEvent wheel(at, transfer->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(transfer, &wheel);
        return wheel.isAccepted();
    };
    transfer->clearFocus();
    QVERIFY(!wheelDown());
    QCOMPARE(transfer->currentIndex(), before);

    transfer->setFocus();
    QVERIFY(wheelDown());
    QVERIFY(transfer->currentIndex() != before);
}

void TestWizard::finishOnlyOnceEveryStepIsDone()
{
    Running app(path(), *m_language);
    QVERIFY(app.session->create(QStringLiteral("ACME")));
    Profile &profile = app.session->profile();
    app.wizard->restart();
    app.wizard->goToPage(SummaryPageId);
    QCOMPARE(app.wizard->currentId(), int(SummaryPageId));
    // Steps still open: Close (which keeps everything), no Finish.
    QVERIFY(!app.wizard->button(QWizard::FinishButton)->isVisible());
    QVERIFY(app.wizard->button(QWizard::CancelButton)->isVisible());
    QVERIFY(app.wizard->button(QWizard::CancelButton)->toolTip().contains("saved"));
    SampleCompany::fillIn(profile);
    profile.setField(FieldKey::NoPublicResources, FieldValue::True);
    profile.setField(FieldKey::ContractKind, FieldValue::ContractOnline);
    for (StepId step : AllSteps) {
        const Verdict done = profile.requestStatus(step, StepStatus::Done);
        QVERIFY2(done.allowed,
            qPrintable(stepKey(step) + QStringLiteral(": ") + done.reasons.join(u' ')));
    }
    QTRY_VERIFY(app.wizard->button(QWizard::FinishButton)->isVisible());
    QVERIFY(app.wizard->button(QWizard::FinishButton)->isEnabled());
    // One step reopened: Finish goes again.
    QVERIFY(profile.requestStatus(StepId::Region, StepStatus::InProgress).allowed);
    QTRY_VERIFY(!app.wizard->button(QWizard::FinishButton)->isVisible());
}

// Help → About: what support asks first (version, Qt, which database), and
// the licence the AppStream metadata states, in both languages.
void TestWizard::aboutBoxNamesVersionLicenceQtAndDatabase()
{
    QFile metainfo(QStringLiteral(FINCLOUD_METAINFO));
    QVERIFY(metainfo.open(QIODevice::ReadOnly));
    const QRegularExpressionMatch stated
        = QRegularExpression("<project_license>([^<]+)</project_license>")
              .match(QString::fromUtf8(metainfo.readAll()));
    QVERIFY(stated.hasMatch());
    QCOMPARE(AboutBox::licence(), stated.captured(1));

    Running app(path(), *m_language);
    QAction *about = app.wizard->helpMenu()->aboutAction();
    QCOMPARE(about->objectName(), QStringLiteral("aboutAction"));
    QCOMPARE(about->text(), QStringLiteral("&About fincloud-onboard…"));
    QSet<QChar> mnemonics; // the menu's: one key each
    for (const QAction *action : app.wizard->helpMenu()->actions()) {
        const qsizetype at = action->text().indexOf(u'&');
        if (at < 0)
            continue;
        const QChar key = action->text().at(at + 1).toLower();
        QVERIFY2(!mnemonics.contains(key), qPrintable(action->text()));
        mnemonics.insert(key);
    }
    QCOMPARE(mnemonics.size(), 4);
    about->trigger();
    auto *box = app.wizard->findChild<QMessageBox *>(QStringLiteral("aboutBox"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QCOMPARE(box->windowModality(), Qt::WindowModal); // open(), not exec()
    QVERIFY(box->testAttribute(Qt::WA_DeleteOnClose));
    QVERIFY(!box->iconPixmap().isNull());
    const QString english = box->text() + u'\n' + box->informativeText();
    QVERIFY2(english.contains(QStringLiteral("fincloud-onboard " FINCLOUD_VERSION)),
        qPrintable(english));
    QVERIFY2(english.contains(QStringLiteral("Qt: ") + QString::fromLatin1(qVersion())),
        qPrintable(english));
    QVERIFY2(
        english.contains(QStringLiteral("Licence: ") + stated.captured(1)), qPrintable(english));
    QVERIFY2(english.contains(QStringLiteral("(SQLite): ") + QDir::toNativeSeparators(path())),
        qPrintable(english));

    QVERIFY(m_language->setLanguage(QStringLiteral("zh_CN")));
    QCoreApplication::processEvents(); // LanguageChange is posted to each window
    const QString chinese = box->text() + u'\n' + box->informativeText();
    QVERIFY2(chinese != english, qPrintable(chinese));
    QVERIFY2(chinese.contains(QStringLiteral("许可")), qPrintable(chinese));
    QVERIFY(chinese.contains(QStringLiteral(FINCLOUD_VERSION)));
    QVERIFY(chinese.contains(QString::fromLatin1(qVersion())));
    QVERIFY(chinese.contains(stated.captured(1)));
    QVERIFY(chinese.contains(QDir::toNativeSeparators(path())));
    QVERIFY(box->windowTitle() != QStringLiteral("About fincloud-onboard"));

    QPointer<QMessageBox> closed(box);
    box->button(QMessageBox::Close)->click();
    QTRY_VERIFY(closed.isNull()); // deleted on close: no box kept per opening
}

// The icon main() gives every window: the installed hicolor PNGs, small to large.
void TestWizard::windowIconHasEverySize()
{
    const QIcon icon = ProgramIcon::icon();
    QVERIFY(!icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    for (const int side : {16, 24, 32, 48, 64, 128, 256})
        QVERIFY2(sizes.contains(QSize(side, side)), qPrintable(QString::number(side)));
    QCOMPARE(icon.pixmap(QSize(16, 16)).size(), QSize(16, 16));
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
