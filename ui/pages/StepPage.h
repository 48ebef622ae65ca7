// What every step page shares: a scrolling body (so the wizard never changes
// size), the step's title, the status selector, the FAQ and a field binder.
// A subclass adds its widgets and texts; it never reads or writes the store.
#pragma once

#include "UrlOpener.h"
#include "onboarding/Step.h"
#include "widgets/Callout.h"
#include "widgets/FieldChecks.h"

#include <QWizardPage>

class ConsolePathBox;
class FaqPanel;
class FieldBinder;
class Profile;
class QFormLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QVBoxLayout;
class RefreshWhileShown;
class StatusSelector;

class StepPage : public QWizardPage
{
    Q_OBJECT
public:
    StepPage(StepId step, Profile &profile, UrlOpener opener, QWidget *parent = nullptr);

    StepId step() const { return m_step; }
    FaqPanel *faq() const { return m_faq; }
    StatusSelector *statusSelector() const { return m_status; }
    void showFaq();
    // Programmatic walks (resume, sidebar) go through next(), which does not
    // ask isComplete(); this makes them respect it too.
    bool validatePage() override;
    // False while a visible field has an error (or an unexplained warning).
    bool isComplete() const override;

protected:
    // Called once the subclass has built its widgets, and on every language change.
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;

    Profile &profile() { return m_profile; }
    const Profile &profile() const { return m_profile; }
    FieldBinder &binder() { return *m_binder; }
    QVBoxLayout *body() const { return m_body; }
    UrlOpener opener() const { return m_opener; }

    QLabel *addParagraph(const QString &objectName);
    ConsolePathBox *addConsolePath();
    Callout *addCallout(Callout::Level level, const QString &objectName);
    QFormLayout *addForm();
    // A text field bound to `key`, checked as the user types, with its verdict
    // shown under it. Returns the line edit; its parent is the row's container.
    QLineEdit *addCheckedLine(QFormLayout *form, QLabel *&label, const QString &objectName,
        const QString &key, int maxLength, FieldChecks::Checker checker, bool required = false);
    FieldChecks &checks() { return *m_checks; }
    // `refresh` runs on every profile change while the page is shown, and
    // once before it is shown again after changes made while it was hidden.
    void refreshOnProfileChange(std::function<void()> refresh);
    // Adds the status selector and the FAQ under the step's own content, then
    // translates everything once.
    void finishLayout();

private:
    void retranslateCommon();

    StepId m_step;
    Profile &m_profile;
    UrlOpener m_opener;
    FieldBinder *m_binder;
    FieldChecks *m_checks;
    QScrollArea *m_scroll;
    QVBoxLayout *m_body;
    StatusSelector *m_status = nullptr;
    FaqPanel *m_faq = nullptr;
    RefreshWhileShown *m_refresh = nullptr;
};
