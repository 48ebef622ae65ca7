#include "OnboardingWizard.h"
#include "widgets/WheelGuard.h"

#include "AboutBox.h"
#include "HelpMenu.h"
#include "ProfilePicker.h"
#include "TimelineDialog.h"
#include "core/Clock.h"
#include "diagnostics/LogCategories.h"
#include "exchange/ProfileFileMenu.h"
#include "onboarding/FieldKey.h"
#include "onboarding/FlowRules.h"
#include "onboarding/Profile.h"
#include "pages/CertificationPage.h"
#include "pages/FinanceServicesPage.h"
#include "pages/PageId.h"
#include "pages/RealNamePage.h"
#include "pages/RegionPage.h"
#include "pages/RegisterPage.h"
#include "pages/SummaryPage.h"
#include "pages/WelcomePage.h"
#include "session/OnboardingSession.h"
#include "storage/PendingEditJournal.h"
#include "storage/StoreErrorKind.h"
#include "widgets/Callout.h"
#include "widgets/FirstInput.h"
#include "widgets/StepSidebar.h"
#include "widgets/StoreNotice.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

OnboardingWizard::OnboardingWizard(OnboardingSession &session, LanguageSwitcher &language,
    UrlOpener opener, CloudAccess &cloud, QWidget *parent)
    : WizardFrame(parent)
    , m_session(session)
    , m_language(language)
{
    setObjectName(QStringLiteral("onboardingWizard"));
    // On the application: the pages' fields and the dialogs the wizard opens.
    qApp->installEventFilter(new WheelGuard(this));

    Profile &profile = session.profile();
    m_welcome = new WelcomePage(session, language, this);
    setPage(WelcomePageId, m_welcome);
    setPage(RegisterPageId, new RegisterPage(profile, opener, cloud, this));
    setPage(RealNamePageId, new RealNamePage(profile, opener, this));
    setPage(CertificationPageId, new CertificationPage(profile, opener, cloud, this));
    setPage(FinanceServicesPageId, new FinanceServicesPage(profile, opener, cloud, this));
    setPage(RegionPageId, new RegionPage(profile, opener, cloud, this));
    // The views of every step listen to the models the step pages hold.
    StepModels models {};
    for (StepId step : AllSteps)
        models[static_cast<size_t>(step)] = &stepPage(step)->model();
    setPage(SummaryPageId, new SummaryPage(profile, models, session.store().location(), this));
    setStartId(WelcomePageId);

    StepSidebar *sidebar = addSidebar(profile, models, session.clock());
    m_saveError = new Callout(Callout::Level::Danger, sidePanel()->parentWidget());
    m_saveError->setObjectName(QStringLiteral("saveError"));
    m_saveError->hide();
    sidePanel()->addWidget(m_saveError);
    m_storeNotice = new StoreNotice(sidePanel()->parentWidget());
    sidePanel()->addWidget(m_storeNotice);

    connect(this, &QWizard::currentIdChanged, this, &OnboardingWizard::onCurrentIdChanged);
    connect(this, &QWizard::helpRequested, this, &OnboardingWizard::showHelp);
    m_helpMenu = new HelpMenu(this);
    connect(m_helpMenu->faqAction(), &QAction::triggered, this, [this] {
        if (const std::optional<StepId> step = stepForPage(currentId()))
            stepPage(*step)->showFaq();
    });
    connect(m_helpMenu->diagnosticsAction(), &QAction::triggered, this,
        &OnboardingWizard::copyDiagnostics);
    connect(m_helpMenu->aboutAction(), &QAction::triggered, this, &OnboardingWizard::showAbout);
    connect(m_helpMenu->aboutQtAction(), &QAction::triggered, qApp, &QApplication::aboutQt);
    m_profileMenu = new ProfileFileMenu(session, this);
    progressButton()->setMenu(m_profileMenu);
    connect(m_profileMenu, &ProfileFileMenu::profileImported, this, [this] {
        restart();
        resumeOpenProfile();
    });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showTimeline();
        else if (which == QWizard::CustomButton3)
            showProfilePicker();
    });
    connect(
        m_welcome, &WelcomePage::chooseAnotherCompany, this, &OnboardingWizard::showProfilePicker);
    connect(sidebar, &StepSidebar::stepActivated, this,
        [this](StepId step) { goToPage(pageForStep(step)); });
    connect(&session, &OnboardingSession::profileOpened, this, &OnboardingWizard::onProfileOpened);
    connect(&profile, &Profile::stepStateChanged, this, &OnboardingWizard::offerFinishWhenDone);
    connect(&profile, &Profile::reset, this, &OnboardingWizard::offerFinishWhenDone);
    offerFinishWhenDone();
    connect(&session, &OnboardingSession::saveFailed, this, [this](const Error &error) {
        if (const StoreErrorKind kind = storeErrorKind(error);
            kind == StoreErrorKind::Disconnected || kind == StoreErrorKind::Conflict)
            return; // the store notice says it
        m_saveError->setText(error.message.toHtmlEscaped() + QStringLiteral("<br>")
            + tr("Your edits are kept and will be saved when possible.", "@info").toHtmlEscaped());
        m_saveError->setToolTip(error.details);
        m_saveError->show();
    });
    connect(&session.autosaver(), &ProfileAutosaver::saved, m_saveError, &QWidget::hide);
    connect(&session, &OnboardingSession::conflict, this,
        [this](const Error &, const QList<ProfileEvent> &changes) {
            m_storeNotice->showConflict(changes, m_session.clock().timeZone());
        });
    connect(&session, &OnboardingSession::connectionLost, m_storeNotice,
        &StoreNotice::showConnectionLost);
    connect(&session, &OnboardingSession::connectionRestored, m_storeNotice,
        &StoreNotice::showConnectionRestored);
    connect(
        &session, &OnboardingSession::profileOpened, m_storeNotice, &StoreNotice::clearConflict);
    connect(m_storeNotice, &StoreNotice::reloadRequested, this, &OnboardingWizard::reloadProfile);
    if (PendingEditJournal *journal = session.journal()) {
        connect(journal, &PendingEditJournal::countChanged, this, &OnboardingWizard::showKeptEdits);
        connect(
            &session, &OnboardingSession::profileOpened, this, &OnboardingWizard::showKeptEdits);
        connect(m_storeNotice, &StoreNotice::discardKeptForDeletedRequested, this, [this] {
            if (const Result<> discarded = m_session.discardKeptForDeleted(); !discarded) {
                m_saveError->setText(discarded.error().message.toHtmlEscaped());
                m_saveError->setToolTip(discarded.error().details);
                m_saveError->show();
            }
            showKeptEdits();
        });
        showKeptEdits();
    }
}

void OnboardingWizard::showKeptEdits()
{
    int forDeleted = 0;
    QStringList companies;
    for (const OnboardingSession::KeptForDeleted &kept : m_session.keptForDeleted()) {
        forDeleted += kept.edits;
        companies << (kept.company.isEmpty() ? tr("profile %1", "@info").arg(kept.id)
                                             : kept.company);
    }
    m_storeNotice->showKeptForDeleted(forDeleted, companies);
    m_storeNotice->showKeptEdits(m_session.keptEditsWaiting());
}

OnboardingWizard::~OnboardingWizard()
{
    m_session.flush();
}

StepPage *OnboardingWizard::stepPage(StepId step) const
{
    return qobject_cast<StepPage *>(page(pageForStep(step)));
}

bool OnboardingWizard::resumeLastProfile()
{
    const bool opened = m_session.openLast();
    if (m_session.journal())
        showKeptEdits(); // openLast() found which kept edits belong to deleted profiles
    if (!opened)
        return false;
    resumeOpenProfile();
    return true;
}

void OnboardingWizard::resumeOpenProfile()
{
    // Before the window is first shown QWizard has no current page yet (it
    // restarts when shown); resuming first lays out only the page resumed on.
    if (currentId() == -1)
        restart();
    m_welcome->selectProfile(m_session.profile().id());
    const int target = m_resumeTarget;
    m_resumeTarget = -1;
    if (target > WelcomePageId)
        goToPage(target);
}

void OnboardingWizard::onProfileOpened()
{
    m_resumeTarget = m_session.profile().currentPage();
    showDamagedData();
}

void OnboardingWizard::showDamagedData()
{
    const ProfileData &data = m_session.profile().data();
    m_storeNotice->showDamagedData(data.field(FieldKey::CompanyName), data.id, data.unreadable);
}

void OnboardingWizard::goToPage(int target)
{
    if (m_walking)
        return;
    m_walking = true;
    m_walkTarget = target;
    while (currentId() != target) {
        const int before = currentId();
        if (hasVisitedPage(target) && target < before)
            back();
        else
            next();
        if (currentId() == before)
            break; // a page refused to let the user past it
    }
    m_walking = false;
    m_walkTarget = -1;
    onCurrentIdChanged(currentId());
}

bool OnboardingWizard::validateCurrentPage()
{
    const std::optional<StepId> here = stepForPage(currentId());
    const std::optional<StepId> there = stepForPage(m_walkTarget);
    // A walk by code goes on with the profile that is open (resuming it);
    // only the user's Next on the welcome page opens or creates one.
    if (m_walking && currentId() == WelcomePageId && m_session.profile().isLoaded())
        return true;
    // Forward only: going back never needs leave.
    if (m_walking && here && there && stepNumber(*there) > stepNumber(*here)
        && !FlowRules::usesDataOf(*there, *here))
        return true;
    return QWizard::validateCurrentPage();
}

void OnboardingWizard::onCurrentIdChanged(int id)
{
    // restart() passes through "no page" (-1) before the start page: nothing
    // is shown then, and -1 must not count as a page before the resume
    // target (that queued a walk back to the welcome page).
    if (m_walking || id < 0)
        return;
    sidebar()->setCurrentStep(stepForPage(id));
    button(QWizard::CustomButton1)->setEnabled(m_session.profile().isLoaded());
    // With IndependentPages QWizard initialises a page only the first time;
    // pages here must be fresh on every visit (another profile may be open).
    if (QWizardPage *shown = page(id))
        shown->initializePage();
    focusFirstInput();
    Profile &profile = m_session.profile();
    if (profile.isLoaded() && id != WelcomePageId) {
        // Continue to where this profile was left, once, right after it was opened.
        if (m_resumeTarget > id) {
            const int target = m_resumeTarget;
            m_resumeTarget = -1;
            QTimer::singleShot(0, this, [this, target] { goToPage(target); });
            return;
        }
        m_resumeTarget = -1;
        profile.setCurrentPage(id); // saved at once, together with pending edits
    }
    m_session.flush();
}

void OnboardingWizard::focusFirstInput()
{
    // After QWizard's own choice (Next, or the page's first control): the
    // keyboard starts where something is to be typed.
    if (currentId() == WelcomePageId)
        m_welcome->focusFirstInput();
    else if (QWizardPage *shown = currentPage())
        FirstInput::focus(shown);
}

void OnboardingWizard::offerFinishWhenDone()
{
    const Profile &profile = m_session.profile();
    setFinishOffered(profile.isLoaded() && FlowRules::allDone(profile.data()));
}

void OnboardingWizard::showHelp()
{
    const std::optional<StepId> step = stepForPage(currentId());
    if (!m_diagnostics) {
        if (step)
            stepPage(*step)->showFaq();
        return;
    }
    m_helpMenu->faqAction()->setEnabled(step.has_value());
    QAbstractButton *help = button(QWizard::HelpButton);
    m_helpMenu->popup(help->mapToGlobal(QPoint(0, help->height())));
}

void OnboardingWizard::setDiagnosticsSource(DiagnosticsSource source)
{
    m_diagnostics = std::move(source);
    setHelpOffersDiagnostics(bool(m_diagnostics));
}

void OnboardingWizard::copyDiagnostics()
{
    if (!m_diagnostics)
        return;
    m_session.flush();
    m_diagnostics([wizard = QPointer<OnboardingWizard>(this)](const QString &report) {
        if (wizard)
            wizard->showDiagnostics(report);
    });
}

AboutBox *OnboardingWizard::showAbout()
{
    auto *box = new AboutBox(m_session.store().location(), this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

void OnboardingWizard::showDiagnostics(const QString &report)
{
    QGuiApplication::clipboard()->setText(report);
    qCInfo(lcUi) << "Diagnostics copied to the clipboard";
    auto *box = new QMessageBox(QMessageBox::Information, tr("Diagnostics copied", "@title:window"),
        tr("The diagnostics are on the clipboard: paste them into your e-mail to support. They "
           "hold no passwords or keys, and of your data only the company name; see the details.",
            "@info"),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("diagnosticsCopiedBox"));
    box->setDetailedText(report);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

ProfilePicker *OnboardingWizard::showProfilePicker()
{
    if (!m_picker) {
        // The list reads on a connection of its own, to the session's store.
        m_picker = new ProfilePicker(m_session, connectionsTo(m_session.store().address()), this);
        connect(m_picker, &ProfilePicker::profileOpened, this, [this] {
            restart();
            resumeOpenProfile();
        });
    }
    m_picker->open();
    m_picker->raise();
    return m_picker;
}

TimelineDialog *OnboardingWizard::showTimeline()
{
    if (!m_timeline)
        m_timeline = new TimelineDialog(m_session, this);
    m_timeline->reload();
    m_timeline->open();
    return m_timeline;
}

bool OnboardingWizard::event(QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_buildingStarted) {
        m_buildingStarted = true;
        m_unbuilt = pageIds();
        // Not before the window is usable: the first paint and the events
        // right after it come first.
        QTimer::singleShot(100, this, &OnboardingWizard::buildNextPage);
    }
    return QWizard::event(event);
}

void OnboardingWizard::buildNextPage()
{
    while (!m_unbuilt.isEmpty()) {
        auto *next = qobject_cast<OnDemandPage *>(page(m_unbuilt.takeFirst()));
        if (!next || next->isBuilt())
            continue;
        next->ensureBuilt();
        QTimer::singleShot(0, this, &OnboardingWizard::buildNextPage);
        return;
    }
}

void OnboardingWizard::reloadProfile()
{
    m_session.reload(this, [this](const Result<> &reloaded) {
        if (!reloaded) {
            m_saveError->setText(reloaded.error().message.toHtmlEscaped());
            m_saveError->setToolTip(reloaded.error().details);
            m_saveError->show();
            return;
        }
        m_storeNotice->clearConflict();
        showDamagedData();
        if (QWizardPage *shown = page(currentId()))
            shown->initializePage();
    });
}

void OnboardingWizard::closeEvent(QCloseEvent *event)
{
    // Only started here: the program waits for the store once its event
    // loop has ended (main: aboutToQuit), with nothing left to paint.
    m_session.flush();
    QWizard::closeEvent(event);
}

void OnboardingWizard::done(int result)
{
    m_session.flush();
    QWizard::done(result);
}
