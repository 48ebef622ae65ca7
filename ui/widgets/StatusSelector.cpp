#include "StatusSelector.h"
#include "Retranslation.h"

#include "Callout.h"
#include "WrappingLabel.h"
#include "core/Clock.h"
#include "i18n/DateText.h"
#include "onboarding/FlowRules.h"
#include "onboarding/Profile.h"
#include "onboarding/StepText.h"
#include "steps/StepModel.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QStandardItemModel>

namespace {

QString bulletList(const QStringList &lines)
{
    QString html = QStringLiteral("<ul style=\"margin-left: -20px\">");
    for (const QString &line : lines)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

StatusSelector::StatusSelector(StepModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_label(new QLabel(this))
    , m_combo(new QComboBox(this))
    , m_since(new WrappingLabel(this))
    , m_unavailable(new WrappingLabel(this))
    , m_refusal(new Callout(Callout::Level::Warning, this))
{
    setObjectName(QStringLiteral("statusSelector"));
    m_combo->setObjectName(QStringLiteral("stepStatus"));
    m_since->setObjectName(QStringLiteral("stepStatusSince"));
    m_unavailable->setObjectName(QStringLiteral("statusUnavailable"));
    m_unavailable->setTextFormat(Qt::PlainText);
    m_refusal->setObjectName(QStringLiteral("statusRefusal"));
    m_refusal->hide();
    m_label->setBuddy(m_combo);
    for (StepStatus status : AllStatuses)
        m_combo->addItem(QString(), statusKey(status));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 0, 0);
    layout->addWidget(m_combo, 0, 1);
    layout->addWidget(m_since, 0, 2);
    layout->setColumnStretch(2, 1);
    layout->addWidget(m_unavailable, 1, 0, 1, 3);
    layout->addWidget(m_refusal, 2, 0, 1, 3);

    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (const auto status = statusFromKey(m_combo->itemData(index).toString()))
            choose(*status);
    });
    connect(&m_model, &StepModel::statusChanged, this, &StatusSelector::showStatus);
    connect(&m_model, &StepModel::statusChoicesChanged, this, &StatusSelector::showChoices);
    retranslate();
    Retranslation::follow(this, [this] { retranslate(); });
}

bool StatusSelector::choose(StepStatus status)
{
    const Verdict verdict = m_model.requestStatus(status);
    if (verdict.allowed) {
        m_refusal->hide();
    } else {
        m_refusal->setText(
            tr("This status cannot be set yet:", "@info") + bulletList(verdict.reasons));
        m_refusal->show();
    }
    showStatus(); // a refused choice: the combo shows the status kept
    return verdict.allowed;
}

void StatusSelector::showChoices()
{
    auto *items = qobject_cast<QStandardItemModel *>(m_combo->model());
    for (const StatusChoice &choice : m_model.statusChoices()) {
        const int row = m_combo->findData(statusKey(choice.status));
        if (QStandardItem *item = items ? items->item(row) : nullptr) {
            item->setEnabled(choice.verdict.allowed);
            item->setToolTip(choice.verdict.reasons.join(QLatin1Char('\n')));
        }
    }
    m_unavailable->setText(m_model.unavailableChoices());
    m_unavailable->setVisible(!m_unavailable->text().isEmpty());
}

void StatusSelector::showStatus()
{
    const StepState state = m_model.profile().stepState(m_model.step());
    {
        // An unreadable status is shown as none, and the placeholder says why
        // (set only then: a combo box makes room for its placeholder).
        const QSignalBlocker blocker(m_combo);
        const bool unreadable = m_model.isStatusUnreadable();
        m_combo->setPlaceholderText(
            unreadable ? tr("Unreadable (damaged data)", "@item status") : QString());
        m_combo->setCurrentIndex(unreadable ? -1 : m_combo->findData(statusKey(state.status)));
    }
    if (state.since.isValid() && state.status != StepStatus::NotStarted)
        m_since->setText(
            tr("since %1", "@info status time")
                .arg(DateText::dateTime(state.since, m_model.profile().clock().timeZone())));
    else
        m_since->clear();
}

void StatusSelector::retranslate()
{
    m_label->setText(tr("&Status of this step:", "@label:listbox"));
    for (int row = 0; row < m_combo->count(); ++row)
        m_combo->setItemText(
            row, StepText::status(*statusFromKey(m_combo->itemData(row).toString())));
    m_combo->setAccessibleName(tr("Status of this step", "@label:listbox"));
    m_refusal->hide();
    showStatus();
    showChoices();
}
