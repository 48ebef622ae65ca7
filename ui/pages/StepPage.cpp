#include "StepPage.h"

#include "onboarding/StepText.h"
#include "widgets/ConsolePathBox.h"
#include "widgets/FaqPanel.h"
#include "widgets/FieldBinder.h"
#include "widgets/RefreshWhileShown.h"
#include "widgets/StatusSelector.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

StepPage::StepPage(StepId step, Profile &profile, UrlOpener opener, QWidget *parent)
    : QWizardPage(parent)
    , m_step(step)
    , m_profile(profile)
    , m_opener(std::move(opener))
    , m_binder(new FieldBinder(profile, this))
    , m_checks(new FieldChecks(step, profile, this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("page_%1").arg(stepKey(step)));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
    m_scroll->setObjectName(QStringLiteral("pageScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_checks, &FieldChecks::passChanged, this, &QWizardPage::completeChanged);
}

void StepPage::ensureBuilt()
{
    if (m_content)
        return;
    // Built while it has no parent, then handed to the scroll area complete:
    // nothing on screen is ever half built, and nothing is laid out twice.
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("pageContent"));
    m_body = new QVBoxLayout(m_content);
    m_body->setContentsMargins(0, 0, 8, 0);
    m_body->setSpacing(10);
    build();
    Q_ASSERT_X(m_status, "StepPage::ensureBuilt", "build() must end with finishLayout()");
    // Sized already, so that the scroll area does not ask for a size hint it
    // is about to replace with its own width.
    m_content->resize(m_scroll->viewport()->size());
    m_scroll->setWidget(m_content);
    m_built = true;
    if (isVisible())
        layout()->activate();
}

void StepPage::showEvent(QShowEvent *event)
{
    ensureBuilt();
    QWizardPage::showEvent(event);
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

void StepPage::refreshOnProfileChange(std::function<void()> refresh)
{
    Q_ASSERT(!m_refresh);
    m_refresh = new RefreshWhileShown(m_profile, this, std::move(refresh));
}

bool StepPage::isComplete() const
{
    return m_checks->allPass();
}

QLineEdit *StepPage::addCheckedLine(
    QFormLayout *form, QLabel *&label, const QString &objectName, const QString &key, int maxLength)
{
    auto *row = new QWidget(m_body->parentWidget());
    row->setObjectName(objectName + QStringLiteral("Row"));
    auto *rowLayout = new QVBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(2);
    auto *edit = new QLineEdit(row);
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    auto *verdict = new QLabel(row);
    verdict->setObjectName(objectName + QStringLiteral("Verdict"));
    rowLayout->addWidget(edit);
    rowLayout->addWidget(verdict);
    label = new QLabel(m_body->parentWidget());
    label->setBuddy(edit);
    form->addRow(label, row);
    m_binder->bind(edit, key);
    m_checks->add(edit, key, verdict);
    return edit;
}

QLabel *StepPage::addParagraph(const QString &objectName)
{
    auto *label = new QLabel(m_body->parentWidget());
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->addWidget(label);
    return label;
}

ConsolePathBox *StepPage::addConsolePath()
{
    auto *box = new ConsolePathBox(m_opener, m_body->parentWidget());
    m_body->addWidget(box);
    return box;
}

Callout *StepPage::addCallout(Callout::Level level, const QString &objectName)
{
    auto *callout = new Callout(level, m_body->parentWidget());
    callout->setObjectName(objectName);
    m_body->addWidget(callout);
    return callout;
}

QFormLayout *StepPage::addForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft);
    m_body->addLayout(form);
    return form;
}

void StepPage::finishLayout()
{
    m_status = new StatusSelector(m_profile, m_step, m_body->parentWidget());
    m_body->addWidget(m_status);
    m_faq = new FaqPanel(m_body->parentWidget());
    m_body->addWidget(m_faq);
    m_body->addStretch(1);
    // Long console labels in a choice must never widen the page beyond the
    // window: the page scrolls vertically only.
    for (QComboBox *combo : findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    // "Submitted, waiting for review" must show in full.
    m_status->combo()->setMinimumContentsLength(30);
    retranslate();
    m_checks->refreshAll();
}

void StepPage::showFaq()
{
    ensureBuilt();
    m_faq->setExpanded(true);
    m_scroll->ensureWidgetVisible(m_faq);
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

void StepPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateTitles();
        if (m_built) {
            retranslate();
            m_checks->refreshAll(); // the verdicts are sentences too
        }
    }
    QWizardPage::changeEvent(event);
}
