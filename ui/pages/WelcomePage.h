// The first page: language, and which company's profile to work on (an
// existing one, or a new one from just the company name). The saved
// companies leave out archived ones; a company there is archived or deleted
// (after a question) from its context menu or the Delete key, and a
// deletion can be undone at once (ProfileRemoval).
#pragma once

#include "storage/ProgressStore.h"

#include <QWizardPage>

class Callout;
class LanguageSwitcher;
class OnboardingSession;
class ProfileRemoval;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    WelcomePage(OnboardingSession &session, LanguageSwitcher &language, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The keyboard starts in the list of saved companies when there are
    // any (Enter opens the one selected), else in the company name.
    void focusFirstInput();

    // Selects the profile in the list, as a user clicking it would.
    void selectProfile(qint64 id);

    // The list shows the companies changed last; the rest are a click away.
    static constexpr int RecentShown = 8;

    ProfileRemoval *removal() const { return m_removal; }
    // The selected company: archived, or (after a question) deleted.
    void archiveSelected();
    void deleteSelected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // "Choose another company…": the wizard shows every company.
    void chooseAnotherCompany();

private:
    void retranslate();
    // What leaves the computer, and when: true for the store in use.
    QString privacyText() const;
    // Asks the store for the list; showProfiles() shows it when it comes.
    void reloadProfiles();
    void showProfiles();
    void onLanguageChosen(int index);
    void showContextMenu(const QPoint &position);
    // The selected company's menu at `at` (viewport coordinates).
    void popUpMenu(const QPoint &at);
    // The selected company as ProfileRemoval takes it; id 0 when none.
    const ProfileSummary *selectedSummary() const;

    OnboardingSession &m_session;
    LanguageSwitcher &m_language;
    QLabel *m_intro;
    QLabel *m_languageLabel;
    QComboBox *m_languageChoice;
    QLabel *m_profilesLabel;
    QListWidget *m_profiles;
    QPushButton *m_chooseAnother;
    QLabel *m_newLabel;
    QLineEdit *m_newCompany;
    QLabel *m_undoNote;
    QPushButton *m_undo;
    Callout *m_error;
    QLabel *m_privacy;
    ProfileRemoval *m_removal;
    QList<ProfileSummary> m_summaries;
    qint64 m_wanted = 0; // to select once the list is back
    bool m_opening = false; // the store is opening the chosen profile
    bool m_validating = false; // inside validatePage()
    bool m_opened = false; // opened: the next validatePage() passes
};
