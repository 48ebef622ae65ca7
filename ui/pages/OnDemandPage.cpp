#include "OnDemandPage.h"

#include <QScrollArea>
#include <QVBoxLayout>

OnDemandPage::OnDemandPage(int spacing, QWidget *parent)
    : QWizardPage(parent)
    , m_scroll(new QScrollArea(this))
    , m_spacing(spacing)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
    m_scroll->setObjectName(QStringLiteral("pageScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void OnDemandPage::ensureBuilt()
{
    if (m_content)
        return;
    // Built while it has no parent, then handed to the scroll area complete:
    // nothing on screen is ever half built, and nothing is laid out twice.
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("pageContent"));
    m_body = new QVBoxLayout(m_content);
    m_body->setContentsMargins(0, 0, 8, 0);
    m_body->setSpacing(m_spacing);
    build();
    // Sized already, so that the scroll area does not ask for a size hint it
    // is about to replace with its own width.
    m_content->resize(m_scroll->viewport()->size());
    m_scroll->setWidget(m_content);
    m_built = true;
    if (isVisible())
        layout()->activate();
}

void OnDemandPage::showEvent(QShowEvent *event)
{
    ensureBuilt();
    QWizardPage::showEvent(event);
}
