// What every step page shares: the step's title, the status selector, the
// FAQ and a field binder, in a body built on first need (OnDemandPage), and
// under it the line that says what keeps Next off. A thin view of its step's
// model (StepModel): whether the page may be left, the status choices and
// the reasons are the model's, so a page not built yet answers the same as a
// built one. A subclass adds its widgets in build(), ending with
// finishLayout(), and its texts in retranslate(); it never reads or writes
// the store, and being shown changes nothing.
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
class StepModel;

class StepPage : public OnDemandPage
{
    Q_OBJECT
public:
    // Takes `model` (its step's model) as its child.
    StepPage(StepModel *model, UrlOpener opener, QWidget *parent = nullptr);

    StepId step() const { return m_step; }
    StepModel &model() const { return *m_model; }
    // What keeps Next off, shown under the page (hidden when nothing does).
    QLabel *holdBackNotice() const { return m_holdBack; }
    // While the step waits for the provider: where it stands and what to do
    // (the model's WaitingAdvice), at the top of the page; hidden otherwise.
    // Builds the page first when it is not built yet.
    Callout *waitingNotice();
    // These build the page first when it is not built yet.
    FaqPanel *faq();
    StatusSelector *statusSelector();
    void showFaq();
    // Programmatic walks (resume, sidebar) go through next(), which does not
    // ask isComplete(); this makes them respect it too.
    bool validatePage() override;
    // False while a field that counts has an error (or an unexplained
    // warning): the model's readyToLeave.
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
    // `update` runs when one of `keys` changes or another profile is loaded:
    // for what no model property covers (a note that follows one field).
    void onFieldsChanged(const QStringList &keys, std::function<void()> update);
    // Adds the status selector and the FAQ under the step's own content, then
    // translates everything once; build() calls it after its own widgets.
    void finishLayout();

private:
    void showHoldBack();
    void showWaiting();

    StepModel *m_model;
    StepId m_step;
    Profile &m_profile;
    UrlOpener m_opener;
    FieldBinder *m_binder;
    FieldChecks *m_checks;
    StatusSelector *m_status = nullptr;
    FaqPanel *m_faq = nullptr;
    QLabel *m_holdBack;
    Callout *m_waiting = nullptr;
};
