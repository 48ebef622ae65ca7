// One wizard page alone, in the wizard's frame, with the profile a session
// has open: for page tests, for the screenshot tour and for a developer's
// look at one page (the Calamares module test harness, for one page). It
// builds only that page, with what the page needs: the page makes its own
// step model from the profile, and the certification and region pages get
// a cloud access (the one given, else one that reaches nothing). The step
// sidebar is there unless left out. Back and Next lead to empty stand-ins,
// so that they look and answer as in the wizard (Next is refused while the
// page may not be left); Help opens the step's questions and answers; the
// Timeline, Progress and Companies buttons are there for the look only.
// Edits go to the session's profile and are saved by the session, the last
// ones when the harness closes. It must never write to a store but the
// session's, never record the page as the one the user was on, and never
// walk to or build another page.
#pragma once

#include "UrlOpener.h"
#include "WizardFrame.h"

#include <QPixmap>
#include <QSize>

#include <memory>

class CloudAccess;
class LanguageSwitcher;
class OnboardingSession;
class Profile;
class QNetworkAccessManager;
class StepPage;

struct PageHarnessOptions
{
    // Invalid: the wizard's own size.
    QSize windowSize;
    bool sidebar = true;
    // Empty: links open nothing (and say they could not).
    UrlOpener opener;
    // Null: the harness's own, which sends every call to a closed port of
    // this machine and knows no AccessKey.
    CloudAccess *cloud = nullptr;
    // What the summary page names as the database's place; empty: the
    // session's store.
    QString storeLocation;
};

class PageHarness : public WizardFrame
{
    Q_OBJECT
public:
    // `page` is a PageId. The welcome page lists the session's companies;
    // every other page shows the session's open profile.
    PageHarness(OnboardingSession &session, int page, LanguageSwitcher &language,
        PageHarnessOptions options = {});
    ~PageHarness() override;

    int pageId() const { return m_pageId; }
    QWizardPage *shownPage() const { return m_page; }
    // Null for the welcome and summary pages.
    StepPage *stepPage() const;
    Profile &profile() const;
    // The page is still shown: Next or Back did not leave it.
    bool isOnPage() const { return currentId() == m_pageId; }
    bool nextEnabled() const;

    // A widget of the page by its object name (built first when needed).
    template<typename T>
    T *find(const QString &name) const
    {
        buildPage();
        return m_page->findChild<T *>(name);
    }

    // Shows the window if it is not shown, lets the layouts settle and
    // takes its picture without a focus frame.
    QPixmap screenshot();

private:
    void buildPage() const;

    OnboardingSession &m_session;
    const int m_pageId;
    QWizardPage *m_page = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CloudAccess> m_ownCloud;
};
