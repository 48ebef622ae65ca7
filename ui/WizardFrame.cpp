#include "WizardFrame.h"
#include "widgets/Mnemonic.h"
#include "widgets/Retranslation.h"

#include "WindowSizing.h"
#include "widgets/StepSidebar.h"

#include <QAbstractButton>
#include <QEvent>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

WizardFrame::WizardFrame(QWidget *parent) : QWizard(parent)
{
    // One look on every platform (the default differs per platform).
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::IndependentPages | QWizard::NoBackButtonOnStartPage
        | QWizard::HaveHelpButton | QWizard::HaveCustomButton1 | QWizard::HaveCustomButton2
        | QWizard::HaveCustomButton3);
    // Next (or Finish) is the default button: Enter goes on when it may.
    setFinishOffered(true);
    const WindowSizing sizing = this->sizing();
    const QRect available = screen() ? screen()->availableGeometry() : QRect();
    resize(sizing.firstGeometry(available).size());
    setMinimumSize(sizing.minimumSize(available));
    retranslate();
    Retranslation::follow(this, [this] { retranslate(); });
}

StepSidebar *WizardFrame::addSidebar(Profile &profile, const StepModels &models, const Clock &clock)
{
    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("sidePanel"));
    m_sidePanel = new QVBoxLayout(side);
    m_sidePanel->setContentsMargins(0, 0, 0, 0);
    m_sidebar = new StepSidebar(profile, models, clock);
    // The notices under the steps may be longer than a short window is
    // high: then the sidebar scrolls rather than cutting them off.
    auto *scroll = new QScrollArea(side);
    scroll->setObjectName(QStringLiteral("sidebarScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_sidebar);
    scroll->viewport()->setAutoFillBackground(false);
    m_sidebar->setAutoFillBackground(false);
    m_sidePanel->addWidget(scroll, 1);
    m_side = side;
    fitSidebar();
    setSideWidget(side);
    return m_sidebar;
}

WindowSizing WizardFrame::sizing() const
{
    const QFontMetrics metrics = fontMetrics();
    return WindowSizing({metrics.height(), metrics.averageCharWidth()});
}

void WizardFrame::fitSidebar()
{
    // QWizard squeezes its side widget to its minimum: the width is set
    // here, a share of the window's, so that the notices have room to wrap.
    if (m_side)
        m_side->setFixedWidth(sizing().sidebarWidth(width()));
}

void WizardFrame::resizeEvent(QResizeEvent *event)
{
    fitSidebar();
    QWizard::resizeEvent(event);
}

void WizardFrame::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        fitSidebar();
    QWizard::changeEvent(event);
}

void WizardFrame::setFinishOffered(bool offered)
{
    QList<QWizard::WizardButton> layout {QWizard::HelpButton, QWizard::CustomButton1,
        QWizard::CustomButton2, QWizard::CustomButton3, QWizard::Stretch, QWizard::BackButton,
        QWizard::NextButton};
    if (offered)
        layout << QWizard::FinishButton;
    layout << QWizard::CancelButton;
    if (offered == m_finishOffered && m_finishLaidOut)
        return;
    m_finishOffered = offered;
    m_finishLaidOut = true;
    setButtonLayout(layout);
}

QPushButton *WizardFrame::progressButton() const
{
    return qobject_cast<QPushButton *>(button(QWizard::CustomButton2));
}

void WizardFrame::setHelpOffersDiagnostics(bool offers)
{
    m_helpOffersDiagnostics = offers;
    retranslate();
}

void WizardFrame::retranslate()
{
    setWindowTitle(tr("Finance Cloud onboarding", "@title:window"));
    // QWizard's own texts come from Qt's catalogue only when it is installed;
    // set them here so both languages are always complete.
    setButtonText(QWizard::BackButton, tr("< &Back", "@action:button"));
    setButtonText(QWizard::NextButton, tr("&Next >", "@action:button"));
    setButtonText(QWizard::FinishButton, tr("&Finish", "@action:button"));
    setButtonText(QWizard::CancelButton, tr("&Close", "@action:button"));
    setButtonText(QWizard::HelpButton, tr("&Help", "@action:button"));
    setButtonText(QWizard::CustomButton1, tr("&Timeline…", "@action:button"));
    setButtonText(QWizard::CustomButton2, tr("Pro&gress", "@action:button"));
    setButtonText(QWizard::CustomButton3, tr("Com&panies…", "@action:button"));
    // Stable names for UI-test tools (Qt's own are internal).
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("closeButton"));
    button(QWizard::HelpButton)->setObjectName(QStringLiteral("helpButton"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("timelineButton"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("progressButton"));
    button(QWizard::CustomButton3)->setObjectName(QStringLiteral("companiesButton"));
    button(QWizard::CustomButton3)
        ->setToolTip(tr("Every company's profile: search, filter by status, open another one.",
            "@info:tooltip"));
    button(QWizard::CustomButton2)
        ->setToolTip(
            tr("Export or import this progress as a file, or print a checklist.", "@info:tooltip"));
    button(QWizard::CustomButton1)
        ->setToolTip(tr("Every change to this profile, newest first.", "@info:tooltip"));
    button(QWizard::CancelButton)
        ->setToolTip(tr("Close the window. Everything is already saved.", "@info:tooltip"));
    button(QWizard::HelpButton)
        ->setToolTip(m_helpOffersDiagnostics
                ? tr("Questions and answers for this step, and diagnostics for support.",
                    "@info:tooltip")
                : tr("Show the questions and answers for this step.", "@info:tooltip"));
    for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton,
             QWizard::FinishButton, QWizard::CancelButton, QWizard::HelpButton,
             QWizard::CustomButton1, QWizard::CustomButton2, QWizard::CustomButton3}) {
        QAbstractButton *b = button(which);
        b->setAccessibleName(withoutMnemonic(b->text()));
    }
}
