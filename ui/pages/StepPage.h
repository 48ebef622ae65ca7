// What every step page shares: the step's title, the status selector, the
// FAQ and a field binder, in a body built on first need (OnDemandPage).
// A subclass adds its widgets in build(), ending with finishLayout(), and
// its texts in retranslate(); it never reads or writes the store.
// Whether the page may be left is decided on the profile (StepInputs), so a
// page not built yet answers the same as a built one.
#pragma once

#include "OnDemandPage.h"
#include "UrlOpener.h"
#include "onboarding/Step.h"
#include "widgets/Callout.h"
#include "widgets/FieldChecks.h"

class ConsolePathBox;
class FaqPanel;
class FieldBinder;
class Profile;
class QFormLayout;
class QLabel;
class QLineEdit;
class StatusSelector;

class StepPage : public OnDemandPage
{
    Q_OBJECT
public:
    StepPage(StepId step, Profile &profile, UrlOpener opener, QWidget *parent = nullptr);

    StepId step() const { return m_step; }
    // These build the page first when it is not built yet.
    FaqPanel *faq();
    StatusSelector *statusSelector();
    void showFaq();
    // Programmatic walks (resume, sidebar) go through next(), which does not
    // ask isComplete(); this makes them respect it too.
    bool validatePage() override;
    // False while a field that counts has an error (or an unexplained
    // warning): StepInputs::mayLeave on the profile.
    bool isComplete() const override;

protected:
    // The line under the title, translated; also for a page not built yet.
    virtual QString subTitleText() const = 0;
    // Sets the texts of the built widgets: once after build(), and on every
    // language change.
    virtual void retranslate() = 0;
    // The title and the line under it. A subclass's constructor calls it once
    // (subTitleText() is the subclass's own); language changes call it again.
    void retranslateTitles();
    void changeEvent(QEvent *event) override;

    Profile &profile() { return m_profile; }
    const Profile &profile() const { return m_profile; }
    FieldBinder &binder() { return *m_binder; }
    UrlOpener opener() const { return m_opener; }

    QLabel *addParagraph(const QString &objectName);
    ConsolePathBox *addConsolePath();
    Callout *addCallout(Callout::Level level, const QString &objectName);
    QFormLayout *addForm();
    // A text field bound to `key`, checked as the user types, with its verdict
    // shown under it. Returns the line edit; its parent is the row's container.
    // The field's rule is the step's (StepInputs).
    QLineEdit *addCheckedLine(QFormLayout *form, QLabel *&label, const QString &objectName,
        const QString &key, int maxLength);
    FieldChecks &checks() { return *m_checks; }
    // `refresh` runs on every profile change while the page is shown, and
    // once before it is shown again after changes made while it was hidden.
    void refreshOnProfileChange(std::function<void()> refresh);
    // Adds the status selector and the FAQ under the step's own content, then
    // translates everything once; build() calls it after its own widgets.
    void finishLayout();

private:
    StepId m_step;
    Profile &m_profile;
    UrlOpener m_opener;
    FieldBinder *m_binder;
    FieldChecks *m_checks;
    StatusSelector *m_status = nullptr;
    FaqPanel *m_faq = nullptr;
};
