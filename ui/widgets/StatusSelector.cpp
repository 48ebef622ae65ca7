#include "StatusSelector.h"

#include "Callout.h"
#include "RefreshWhileShown.h"
#include "core/Clock.h"
#include "onboarding/FlowRules.h"
#include "onboarding/Profile.h"
#include "onboarding/StepText.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
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

StatusSelector::StatusSelector(Profile &profile, StepId step, QWidget *parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_step(step)
    , m_label(new QLabel(this))
    , m_combo(new QComboBox(this))
    , m_since(new QLabel(this))
    , m_refusal(new Callout(Callout::Level::Warning, this))
{
    setObjectName(QStringLiteral("statusSelector"));
    m_combo->setObjectName(QStringLiteral("stepStatus"));
    m_since->setObjectName(QStringLiteral("stepStatusSince"));
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
    layout->addWidget(m_refusal, 1, 0, 1, 3);

    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (const auto status = statusFromKey(m_combo->itemData(index).toString()))
            choose(*status);
    });
    new RefreshWhileShown(profile, this, [this] { refresh(); });
    retranslate();
}

bool StatusSelector::choose(StepStatus status)
{
    const Verdict verdict = m_profile.requestStatus(m_step, status);
    if (verdict.allowed) {
        m_refusal->hide();
    } else {
        m_refusal->setText(
            tr("This status cannot be set yet:", "@info") + bulletList(verdict.reasons));
        m_refusal->show();
    }
    refresh();
    return verdict.allowed;
}

void StatusSelector::refresh()
{
    const ProfileData &data = m_profile.data();
    const StepState state = data.step(m_step);
    auto *model = qobject_cast<QStandardItemModel *>(m_combo->model());
    for (int row = 0; row < m_combo->count(); ++row) {
        const StepStatus status = *statusFromKey(m_combo->itemData(row).toString());
        const Verdict verdict = FlowRules::canSetStatus(data, m_step, status);
        if (QStandardItem *item = model ? model->item(row) : nullptr) {
            item->setEnabled(verdict.allowed);
            item->setToolTip(verdict.reasons.join(QLatin1Char('\n')));
        }
    }
    {
        // An unreadable status is shown as none, and the placeholder says why
        // (set only then: a combo box makes room for its placeholder).
        const QSignalBlocker blocker(m_combo);
        const bool unreadable = m_profile.isStatusUnreadable(m_step);
        m_combo->setPlaceholderText(
            unreadable ? tr("Unreadable (damaged data)", "@item status") : QString());
        m_combo->setCurrentIndex(unreadable ? -1 : m_combo->findData(statusKey(state.status)));
    }
    if (state.since.isValid() && state.status != StepStatus::NotStarted)
        m_since->setText(
            tr("since %1", "@info status time")
                .arg(QLocale().toString(
                    state.since.toTimeZone(m_profile.clock().timeZone()), QLocale::ShortFormat)));
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
    refresh();
}

void StatusSelector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
