#include "StepSidebar.h"
#include "Retranslation.h"

#include "Callout.h"
#include "PaletteTints.h"
#include "WrappingLabel.h"
#include "core/Clock.h"
#include "i18n/DateText.h"
#include "onboarding/FieldKey.h"
#include "onboarding/FlowRules.h"
#include "onboarding/PendingNotice.h"
#include "onboarding/Profile.h"
#include "onboarding/StepText.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionFocusRect>
#include <QVBoxLayout>

namespace {

constexpr int Padding = 6;

PaletteTints::Tone lookTone(StepSidebarItem::Look look)
{
    switch (look) {
    case StepSidebarItem::Look::NotStarted:
        return PaletteTints::Tone::Neutral;
    case StepSidebarItem::Look::InProgress:
        return PaletteTints::Tone::Note;
    case StepSidebarItem::Look::Waiting:
        return PaletteTints::Tone::Warning;
    case StepSidebarItem::Look::Done:
        return PaletteTints::Tone::Done;
    case StepSidebarItem::Look::Overdue: // the badge's "!" and the text say it too
    case StepSidebarItem::Look::Blocked:
        return PaletteTints::Tone::Danger;
    }
    return PaletteTints::Tone::Neutral;
}

} // namespace

StepSidebarItem::StepSidebarItem(StepId step, QWidget *parent)
    : QAbstractButton(parent)
    , m_step(step)
{
    setObjectName(QStringLiteral("sidebarStep_%1").arg(stepKey(step)));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QFont StepSidebarItem::titleFont() const
{
    QFont f = font();
    f.setBold(m_current);
    return f;
}

QFont StepSidebarItem::statusFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

void StepSidebarItem::setContent(const QString &title, const QString &status, Look look)
{
    // Every entry is refreshed when one step's shown values change; most
    // entries stay the same, and a new geometry would re-lay out the sidebar.
    if (title == m_title && status == m_status && look == m_look)
        return;
    m_title = title;
    m_status = status;
    m_look = look;
    m_measuredWidth = -1;
    setText(title);
    setAccessibleName(QStringLiteral("%1. %2").arg(stepNumber(m_step)).arg(title));
    setAccessibleDescription(status);
    setToolTip(status);
    updateGeometry();
    update();
}

void StepSidebarItem::setCurrent(bool current)
{
    if (current == m_current)
        return;
    m_current = current;
    m_measuredWidth = -1; // the current step's title is bold
    updateGeometry();
    update();
}

QRect StepSidebarItem::textRect(int width) const
{
    const int badge = fontMetrics().height() + 6;
    return QRect(Padding + badge + Padding, Padding, qMax(10, width - badge - 3 * Padding), 0);
}

QSize StepSidebarItem::textHeights(int textWidth) const
{
    if (textWidth != m_measuredWidth) {
        const QRect bounds(0, 0, textWidth, 10000);
        m_measured = QSize(
            QFontMetrics(titleFont()).boundingRect(bounds, Qt::TextWordWrap, m_title).height(),
            QFontMetrics(statusFont()).boundingRect(bounds, Qt::TextWordWrap, m_status).height());
        m_measuredWidth = textWidth;
    }
    return m_measured;
}

int StepSidebarItem::heightForWidth(int width) const
{
    const QSize heights = textHeights(textRect(width).width());
    const int badge = fontMetrics().height() + 6;
    return qMax(badge, heights.width() + heights.height() + 2) + 2 * Padding;
}

void StepSidebarItem::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_measuredWidth = -1;
    QAbstractButton::changeEvent(event);
}

QSize StepSidebarItem::sizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 26;
    return QSize(width, heightForWidth(width));
}

QSize StepSidebarItem::minimumSizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 16;
    return QSize(width, heightForWidth(width));
}

void StepSidebarItem::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // Every colour from the palette (a dark one too), readable on what it is drawn on.
    const PaletteTints tints(palette());
    const PaletteTints::Box current = tints.currentStep();
    const QColor background = m_current ? current.background : palette().color(QPalette::Window);
    const QColor text = m_current ? current.text : palette().color(QPalette::WindowText);
    const QColor colour = tints.toneText(lookTone(m_look), background);

    if (m_current) {
        QPainterPath area;
        area.addRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 4, 4);
        painter.fillPath(area, background);
    }

    const int badge = fontMetrics().height() + 6;
    const QRectF circle(Padding, Padding, badge, badge);
    painter.setPen(QPen(colour, 2));
    painter.setBrush(m_look == Look::Done ? colour : background);
    painter.drawEllipse(circle.adjusted(1, 1, -1, -1));
    painter.setPen(m_look == Look::Done ? background : colour);
    QFont numberFont = font();
    numberFont.setBold(true);
    painter.setFont(numberFont);
    QString badgeText = QString::number(stepNumber(m_step));
    if (m_look == Look::Done)
        badgeText = QStringLiteral("✓");
    else if (m_look == Look::Overdue)
        badgeText = QStringLiteral("!");
    painter.drawText(circle, Qt::AlignCenter, badgeText);

    const QRect area = textRect(width());
    painter.setPen(text);
    painter.setFont(titleFont());
    const int titleHeight = textHeights(area.width()).width();
    painter.drawText(
        QRect(area.left(), area.top(), area.width(), titleHeight), Qt::TextWordWrap, m_title);
    painter.setPen(colour);
    painter.setFont(statusFont());
    painter.drawText(
        QRect(area.left(), area.top() + titleHeight + 2, area.width(), height() - titleHeight),
        Qt::TextWordWrap, m_status);

    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(1, 1, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

StepSidebar::StepSidebar(
    Profile &profile, const StepModels &models, const Clock &clock, QWidget *parent)
    : QFrame(parent)
    , m_profile(profile)
    , m_models(models)
    , m_clock(clock)
    , m_pending(new Callout(Callout::Level::Note, this))
    , m_heading(new QLabel(this))
    , m_company(new WrappingLabel(this))
{
    setObjectName(QStringLiteral("stepSidebar"));
    setFrameShape(QFrame::NoFrame);
    m_heading->setObjectName(QStringLiteral("sidebarHeading"));
    m_company->setObjectName(QStringLiteral("sidebarCompany"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.1);
    m_heading->setFont(headingFont);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(4);
    layout->addWidget(m_heading);
    layout->addWidget(m_company);
    layout->addSpacing(6);
    for (StepId step : AllSteps) {
        auto *entry = new StepSidebarItem(step, this);
        m_items[static_cast<size_t>(step)] = entry;
        layout->addWidget(entry);
        connect(entry, &QAbstractButton::clicked, this, [this, step] { emit stepActivated(step); });
    }
    m_pending->setObjectName(QStringLiteral("pendingNotice"));
    layout->addSpacing(6);
    layout->addWidget(m_pending);
    layout->addStretch(1);
    connect(&profile, &Profile::reset, this, &StepSidebar::refresh);
    // A step's status and dates; the next step's entry depends on it too.
    connect(&profile, &Profile::stepStateChanged, this, &StepSidebar::showSteps);
    connect(&profile, &Profile::fieldChanged, this, [this](const QString &key) {
        if (key == FieldKey::CompanyName)
            showCompany();
    });
    // What holds a step back, or makes it need attention, changes with
    // fields of its own or of other steps: the models say when.
    for (const StepModel *stepModel : m_models) {
        connect(stepModel, &StepModel::readyToLeaveChanged, this, &StepSidebar::showSteps);
        connect(stepModel, &StepModel::blockersChanged, this, &StepSidebar::showSteps);
        connect(stepModel, &StepModel::needsAttentionChanged, this, &StepSidebar::showSteps);
        // The notice and the overdue look are the models' advice
        // (WaitingAdvice), which follows the clock and the fields it reads.
        connect(stepModel, &StepModel::waitingAdviceChanged, this, &StepSidebar::refreshWaiting);
    }
    refresh();
    Retranslation::follow(this, [this] { refresh(); });
}

void StepSidebar::setCurrentStep(std::optional<StepId> step)
{
    for (StepId each : AllSteps)
        item(each)->setCurrent(step && *step == each);
}

void StepSidebar::refresh()
{
    m_heading->setText(tr("Your progress", "@title sidebar"));
    showCompany();
    showSteps();
    refreshPending();
}

void StepSidebar::showCompany()
{
    m_company->setText(m_profile.field(FieldKey::CompanyName));
    m_company->setVisible(!m_company->text().isEmpty());
    emit refreshed();
}

void StepSidebar::refreshWaiting()
{
    showSteps();
    refreshPending();
}

void StepSidebar::showSteps()
{
    const ProfileData &data = m_profile.data();
    // Steps whose page holds an entry to correct or explain.
    QList<StepId> held;
    for (StepId step : AllSteps) {
        if (m_profile.isLoaded() && !model(step).readyToLeave())
            held << step;
    }

    for (StepId step : AllSteps) {
        const StepState state = data.step(step);
        QString status = StepText::status(state.status);
        StepSidebarItem::Look look = StepSidebarItem::Look::NotStarted;
        switch (state.status) {
        case StepStatus::NotStarted:
            break;
        case StepStatus::InProgress:
            look = StepSidebarItem::Look::InProgress;
            break;
        case StepStatus::Waiting:
            look = StepSidebarItem::Look::Waiting;
            if (model(step).waitingAdvice().isOverdue()) {
                look = StepSidebarItem::Look::Overdue;
                status = tr("Overdue: expected by %1; see the notice below", "@info sidebar")
                             .arg(DateText::date(state.expectedBy, m_clock.timeZone()));
            } else if (state.expectedBy.isValid()) {
                status = tr("Waiting for review, expected by %1", "@info sidebar")
                             .arg(DateText::date(state.expectedBy, m_clock.timeZone()));
            }
            break;
        case StepStatus::Done:
            look = StepSidebarItem::Look::Done;
            break;
        case StepStatus::Failed:
            look = StepSidebarItem::Look::Blocked;
            break;
        }
        const bool started = state.status == StepStatus::InProgress
            || (step != StepId::Register
                && data.status(static_cast<StepId>(static_cast<int>(step) - 1))
                    == StepStatus::Done);
        if (model(step).needsAttention()) {
            look = StepSidebarItem::Look::Blocked;
            status = tr("Needs attention", "@info sidebar");
        } else if (!isPastInProgress(state.status) && started
            && !model(step).blockers().isEmpty()) {
            look = StepSidebarItem::Look::Blocked;
            status = tr("Blocked", "@info sidebar");
        }
        if (held.contains(step)) {
            look = StepSidebarItem::Look::Blocked;
            status = tr("%1 · an entry needs correcting", "@info sidebar; %1 is the status")
                         .arg(status);
        } else if (!isPastInProgress(state.status)) {
            for (StepId earlier : std::as_const(held)) {
                if (FlowRules::usesDataOf(step, earlier)) {
                    status = tr("%1 · held back by step %2", "@info sidebar; %1 is the status")
                                 .arg(status)
                                 .arg(stepNumber(earlier));
                    break;
                }
            }
        }
        if (model(step).isStatusUnreadable()) {
            look = StepSidebarItem::Look::Blocked;
            status = tr("Status unreadable (damaged data)", "@info sidebar");
        }
        item(step)->setContent(StepText::title(step), status, look);
    }
    emit refreshed();
}

void StepSidebar::refreshPending()
{
    QList<WaitingAdvice> advice;
    for (const StepModel *stepModel : m_models)
        advice << stepModel->waitingAdvice();
    const PendingNotice notice = PendingNotice::of(advice, PendingNotice::Detail::WhereItStands);
    m_pending->setVisible(!notice.isEmpty());
    if (!notice.isEmpty()) {
        m_pending->setLevel(notice.overdue ? Callout::Level::Warning : Callout::Level::Note);
        QStringList paragraphs;
        for (const QString &line : notice.lines)
            paragraphs << line.toHtmlEscaped();
        m_pending->setText(paragraphs.join(QStringLiteral("<br><br>")));
    }
    emit refreshed();
}
