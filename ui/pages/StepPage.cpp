#include "StepPage.h"

#include "onboarding/Profile.h"
#include "onboarding/StepText.h"
#include "steps/StepModel.h"
#include "widgets/ConsolePathBox.h"
#include "widgets/FaqPanel.h"
#include "widgets/FieldBinder.h"
#include "widgets/LabelledRows.h"
#include "widgets/Retranslation.h"
#include "widgets/StatusSelector.h"
#include "widgets/WrappingLabel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

StepPage::StepPage(StepModel *model, UrlOpener opener, QWidget *parent)
    : OnDemandPage(10, parent)
    , m_model(model)
    , m_step(model->step())
    , m_profile(model->profile())
    , m_opener(std::move(opener))
    , m_binder(new FieldBinder(m_profile, this))
    , m_checks(new FieldChecks(m_step, m_profile, this))
    , m_holdBack(new WrappingLabel(this))
{
    m_model->setParent(this);
    setObjectName(QStringLiteral("page_%1").arg(stepKey(m_step)));
    // Under the scrolling body, right above the wizard's buttons: never
    // scrolled out of sight while Next is off.
    m_holdBack->setObjectName(QStringLiteral("holdBackNotice"));
    m_holdBack->setTextFormat(Qt::PlainText);
    layout()->addWidget(m_holdBack);
    showHoldBack();
    connect(m_model, &StepModel::readyToLeaveChanged, this, &QWizardPage::completeChanged);
    connect(m_model, &StepModel::holdBackChanged, this, &StepPage::showHoldBack);
    connect(m_model, &StepModel::waitingAdviceChanged, this, &StepPage::showWaiting);
    Retranslation::follow(this, [this] {
        retranslateTitles();
        m_model->retranslate();
        showHoldBack();
        if (isBuilt()) {
            retranslate();
            showWaiting();
            m_checks->refreshAll(); // the verdicts are sentences too
        }
    });
}

void StepPage::showHoldBack()
{
    const QStringList reasons = m_model->holdBack();
    m_holdBack->setVisible(!reasons.isEmpty());
    if (reasons.isEmpty())
        return;
    QString text = tr("Next stays off until this is resolved:", "@info held back");
    for (const QString &reason : reasons)
        text += QStringLiteral("\n• ") + reason;
    QStringList elsewhere;
    for (StepId later : AllSteps) {
        if (stepNumber(later) > stepNumber(m_step) && !FlowRules::usesDataOf(later, m_step))
            elsewhere << QString::number(stepNumber(later));
    }
    if (!elsewhere.isEmpty())
        text += QStringLiteral("\n")
            + tr("Meanwhile you can go on with step %1 in the list on the left.",
                "@info held back; %1 is one or more step numbers")
                  .arg(elsewhere.join(tr(", ", "@info list separator")));
    m_holdBack->setText(text);
}

Callout *StepPage::waitingNotice()
{
    ensureBuilt();
    return m_waiting;
}

void StepPage::showWaiting()
{
    if (!m_waiting)
        return;
    const WaitingAdvice &advice = m_model->waitingAdvice();
    m_waiting->setVisible(advice.isWaiting());
    if (!advice.isWaiting())
        return;
    switch (advice.urgency()) {
    case WaitingAdvice::Urgency::Overdue:
        m_waiting->setLevel(Callout::Level::Warning);
        break;
    case WaitingAdvice::Urgency::Due:
        m_waiting->setLevel(Callout::Level::Caution);
        break;
    case WaitingAdvice::Urgency::Pending:
    case WaitingAdvice::Urgency::None:
        m_waiting->setLevel(Callout::Level::Note);
        break;
    }
    QStringList paragraphs {advice.situation().toHtmlEscaped()};
    paragraphs << tr("<b>What to do now:</b> %1", "@info waiting; %1 is the advice")
                      .arg(advice.whatToDo().toHtmlEscaped());
    if (!advice.caveat().isEmpty())
        paragraphs << advice.caveat().toHtmlEscaped();
    m_waiting->setText(paragraphs.join(QStringLiteral("<br><br>")));
}

FaqPanel *StepPage::faq()
{
    ensureBuilt();
    return m_faq;
}

StatusSelector *StepPage::statusSelector()
{
    ensureBuilt();
    return m_status;
}

bool StepPage::validatePage()
{
    return isComplete();
}

void StepPage::onFieldsChanged(const QStringList &keys, std::function<void()> update)
{
    connect(&m_profile, &Profile::fieldChanged, this, [keys, update](const QString &key) {
        if (keys.contains(key))
            update();
    });
    connect(&m_profile, &Profile::reset, this, update);
}

bool StepPage::isComplete() const
{
    return m_model->readyToLeave();
}

QLineEdit *StepPage::addCheckedLine(
    QFormLayout *form, QLabel *&label, const QString &objectName, const QString &key, int maxLength)
{
    auto *row = new QWidget(body()->parentWidget());
    row->setObjectName(objectName + QStringLiteral("Row"));
    auto *rowLayout = new QVBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(2);
    auto *edit = new QLineEdit(row);
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    auto *verdict = new WrappingLabel(row);
    verdict->setObjectName(objectName + QStringLiteral("Verdict"));
    rowLayout->addWidget(edit);
    rowLayout->addWidget(verdict);
    label = LabelledRows::add(form, row, edit);
    m_binder->bind(edit, key);
    m_checks->add(edit, key, verdict);
    return edit;
}

QLabel *StepPage::addParagraph(const QString &objectName)
{
    auto *label = new WrappingLabel(body()->parentWidget());
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addWidget(label);
    return label;
}

ConsolePathBox *StepPage::addConsolePath()
{
    auto *box = new ConsolePathBox(m_opener, body()->parentWidget());
    body()->addWidget(box);
    return box;
}

Callout *StepPage::addCallout(Callout::Level level, const QString &objectName)
{
    auto *callout = new Callout(level, body()->parentWidget());
    callout->setObjectName(objectName);
    body()->addWidget(callout);
    return callout;
}

QFormLayout *StepPage::addForm()
{
    QFormLayout *form = LabelledRows::form();
    body()->addLayout(form);
    return form;
}

void StepPage::finishLayout()
{
    // First on the page: a returning user sees at once where the wait stands.
    m_waiting = new Callout(Callout::Level::Note, body()->parentWidget());
    m_waiting->setObjectName(QStringLiteral("waitingNotice"));
    body()->insertWidget(0, m_waiting);
    m_status = new StatusSelector(*m_model, body()->parentWidget());
    body()->addWidget(m_status);
    m_faq = new FaqPanel(body()->parentWidget());
    body()->addWidget(m_faq);
    body()->addStretch(1);
    // Long console labels in a choice must never widen the page beyond the
    // window: the page scrolls vertically only.
    // (The body is not the page's child yet: it is handed over once built.)
    for (QComboBox *combo : body()->parentWidget()->findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    // "Submitted, waiting for review" must show in full.
    m_status->combo()->setMinimumContentsLength(30);
    retranslate();
    showWaiting();
    m_checks->refreshAll();
}

void StepPage::showFaq()
{
    ensureBuilt();
    m_faq->setExpanded(true);
    // The answers' height is known only once the layouts have taken the
    // expanded panel in, and the scroll range after that: scrolled then,
    // its title at the top with as many answers under it as fit.
    QTimer::singleShot(0, this, [this] {
        if (QWidget *content = scrollArea()->widget())
            scrollArea()->verticalScrollBar()->setValue(m_faq->mapTo(content, QPoint(0, 0)).y());
    });
    m_faq->toggleButton()->setFocus();
}

void StepPage::retranslateTitles()
{
    setTitle(tr("Step %1 of %2: %3", "@title page")
                 .arg(stepNumber(m_step))
                 .arg(AllSteps.size())
                 .arg(StepText::title(m_step)));
    setSubTitle(subTitleText());
}
