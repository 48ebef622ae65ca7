#include "PageHarness.h"

#include "cloud/CloudAccess.h"
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
#include "widgets/StepSidebar.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>

namespace {

// Port 9 (discard) of this machine: a call fails at once and leaves nothing.
EndpointPolicy nowhere()
{
    return EndpointPolicy::withOverride(QUrl(QStringLiteral("http://127.0.0.1:9"))).value();
}

} // namespace

PageHarness::PageHarness(
    OnboardingSession &session, int page, LanguageSwitcher &language, PageHarnessOptions options)
    : m_session(session)
    , m_pageId(page)
{
    setObjectName(QStringLiteral("pageHarness"));
    Profile &profile = session.profile();
    const UrlOpener opener = options.opener ? options.opener : [](const QUrl &) { return false; };
    CloudAccess *cloud = options.cloud;
    if (!cloud
        && (page == RegisterPageId || page == CertificationPageId || page == FinanceServicesPageId
            || page == RegionPageId)) {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_ownCloud = std::make_unique<CloudAccess>(
            *m_network, session.clock(), nowhere(), QProcessEnvironment(), nullptr);
        cloud = m_ownCloud.get();
    }
    switch (page) {
    case WelcomePageId:
        m_page = new WelcomePage(session, language, this);
        break;
    case RegisterPageId:
        m_page = new RegisterPage(profile, opener, *cloud, this);
        break;
    case RealNamePageId:
        m_page = new RealNamePage(profile, opener, this);
        break;
    case CertificationPageId:
        m_page = new CertificationPage(profile, opener, *cloud, this);
        break;
    case FinanceServicesPageId:
        m_page = new FinanceServicesPage(profile, opener, *cloud, this);
        break;
    case RegionPageId:
        m_page = new RegionPage(profile, opener, *cloud, this);
        break;
    default:
        break;
    }
    // The views of every step (the sidebar, the summary) listen to every
    // step's model: the page's own, and the rest made here.
    StepModels models {};
    for (StepId step : AllSteps) {
        StepModel *model = nullptr;
        if (StepPage *shown = qobject_cast<StepPage *>(m_page); shown && shown->step() == step)
            model = &shown->model();
        else
            model = StepModel::create(step, profile, this);
        models[static_cast<size_t>(step)] = model;
    }
    if (!m_page)
        m_page = new SummaryPage(profile, models,
            options.storeLocation.isEmpty() ? session.store().location() : options.storeLocation,
            this);
    // Stand-ins where Back and Next lead, so that the buttons are those the
    // wizard shows on this page.
    if (page > WelcomePageId)
        setPage(page - 1, new QWizardPage(this));
    setPage(page, m_page);
    if (page < SummaryPageId)
        setPage(page + 1, new QWizardPage(this));

    if (options.sidebar)
        addSidebar(profile, models, session.clock())->setCurrentStep(stepForPage(page));
    button(QWizard::CustomButton1)->setEnabled(profile.isLoaded());
    // Finish as the wizard offers it: once every step is done.
    setFinishOffered(profile.isLoaded() && FlowRules::allDone(profile.data()));
    progressButton()->setMenu(new QMenu(this));
    connect(this, &QWizard::helpRequested, this, [this] {
        if (StepPage *step = stepPage(); step && isOnPage())
            step->showFaq();
    });
    if (options.windowSize.isValid())
        setFixedSize(options.windowSize);
    // Onto the page the way the wizard comes to it: from the page before.
    restart();
    if (page > WelcomePageId)
        next();
}

PageHarness::~PageHarness()
{
    // The page holds the cloud access by reference: it goes first.
    delete m_page;
    // What was typed is kept, as the wizard keeps it when it closes.
    m_session.flushAndWait();
}

StepPage *PageHarness::stepPage() const
{
    return qobject_cast<StepPage *>(m_page);
}

Profile &PageHarness::profile() const
{
    return m_session.profile();
}

bool PageHarness::nextEnabled() const
{
    return button(QWizard::NextButton)->isVisible() && button(QWizard::NextButton)->isEnabled();
}

void PageHarness::buildPage() const
{
    if (auto *onDemand = qobject_cast<OnDemandPage *>(m_page))
        onDemand->ensureBuilt();
}

QPixmap PageHarness::screenshot()
{
    const auto settle = [] {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    };
    if (!isVisible()) {
        show();
        settle(); // the window is activated, and its focus set, on the way
    }
    // No focus frame: activation may still set a focus while settling.
    const auto clearFocus = [this] {
        if (QWidget *focused = focusWidget())
            focused->clearFocus();
    };
    clearFocus();
    settle();
    clearFocus();
    return grab();
}
