// The wizard window: the welcome page, one page per step and the summary, in
// the wizard's frame with the step sidebar (WizardFrame). It keeps the
// profile's page in step with what is shown and makes sure nothing typed is
// lost on page change or close.
#pragma once

#include "UrlOpener.h"
#include "WizardFrame.h"
#include "onboarding/Step.h"

#include <functional>

class AboutBox;
class Callout;
class StoreNotice;
class HelpMenu;
class CloudAccess;
class LanguageSwitcher;
class OnboardingSession;
class ProfileFileMenu;
class ProfilePicker;
class StepPage;
class TimelineDialog;
class WelcomePage;

class OnboardingWizard : public WizardFrame
{
    Q_OBJECT
public:
    OnboardingWizard(OnboardingSession &session, LanguageSwitcher &language, UrlOpener opener,
        CloudAccess &cloud, QWidget *parent = nullptr);
    ~OnboardingWizard() override;

    // Opens the profile used last and shows the page the user was on.
    // Returns false when there is no such profile (the welcome page stays).
    bool resumeLastProfile();
    // Walks to where the open profile was left (after the picker or an import opened it).
    void resumeOpenProfile();
    // Walks forward or back to `page`; stops early at a page that is not complete.
    void goToPage(int page);

    StepPage *stepPage(StepId step) const;
    WelcomePage *welcomePage() const { return m_welcome; }
    // Conflicts and a lost connection to the shared database.
    StoreNotice *storeNotice() const { return m_storeNotice; }

    void done(int result) override;
    // Next is refused while the page holds an input to correct; a walk from
    // the sidebar may pass such a page on its way to a step that does not
    // use its data (FlowRules::usesDataOf).
    bool validateCurrentPage() override;
    // Opens (or raises) the timeline of the open profile.
    TimelineDialog *showTimeline();
    // Opens (or raises) every company's profile, to open another one.
    ProfilePicker *showProfilePicker();

    // Where "Copy diagnostics" gets its text: the source hands it to
    // `deliver`, at once or later (store facts come from the store's
    // thread). Without one, Help only shows the step's questions and answers.
    using DiagnosticsSource = std::function<void(std::function<void(const QString &)> deliver)>;
    void setDiagnosticsSource(DiagnosticsSource source);
    HelpMenu *helpMenu() const { return m_helpMenu; }
    // Export…, Import…, Print checklist… (the Progress button).
    ProfileFileMenu *profileMenu() const { return m_profileMenu; }
    // Puts the diagnostics on the clipboard and says so.
    void copyDiagnostics();
    // Opens the About box (window-modal; it deletes itself when closed).
    AboutBox *showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;
    // The first paint starts building the other pages (buildNextPage).
    bool event(QEvent *event) override;

private:
    void showDiagnostics(const QString &report);
    void focusFirstInput();
    // Finish only once every step is done; until then Close keeps the progress.
    void offerFinishWhenDone();
    void onCurrentIdChanged(int id);
    void onProfileOpened();
    // The store notice names what of the open profile could not be read.
    // The store notice's count of edits kept on this computer, those of
    // deleted profiles apart.
    void showKeptEdits();
    void showDamagedData();
    void showHelp();
    void reloadProfile();
    // After the first paint, one page per idle moment: builds the widgets of
    // a page not built yet, so that its first visit does not pay for them
    // (that visit was the worst page switch without it: docs/performance.md,
    // issue 18). QWizard lays the page out when it shows it.
    void buildNextPage();

    OnboardingSession &m_session;
    LanguageSwitcher &m_language;
    WelcomePage *m_welcome;
    Callout *m_saveError;
    StoreNotice *m_storeNotice;
    TimelineDialog *m_timeline = nullptr;
    ProfilePicker *m_picker = nullptr;
    HelpMenu *m_helpMenu = nullptr;
    ProfileFileMenu *m_profileMenu = nullptr;
    DiagnosticsSource m_diagnostics;
    int m_resumeTarget = -1;
    bool m_walking = false;
    int m_walkTarget = -1;
    bool m_buildingStarted = false;
    QList<int> m_unbuilt;
};
