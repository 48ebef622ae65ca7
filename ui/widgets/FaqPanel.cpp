#include "FaqPanel.h"
#include "Retranslation.h"
#include "WrappingLabel.h"

#include <QEvent>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

FaqPanel::FaqPanel(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_content(new WrappingLabel(this))
{
    setObjectName(QStringLiteral("faqPanel"));
    m_toggle->setObjectName(QStringLiteral("faqToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAutoRaise(true);
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    m_content->setObjectName(QStringLiteral("faqContent"));
    m_content->setTextFormat(Qt::RichText);
    m_content->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_content->setContentsMargins(20, 0, 0, 0);
    m_content->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_content);
    connect(m_toggle, &QToolButton::toggled, this, &FaqPanel::setExpanded);
    retranslate();
    Retranslation::follow(this, [this] { retranslate(); });
}

void FaqPanel::setEntries(const QList<Entry> &entries)
{
    QString html;
    for (const Entry &entry : entries) {
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(entry.first.toHtmlEscaped(), entry.second.toHtmlEscaped());
    }
    m_content->setText(html);
    m_content->setAccessibleDescription(m_content->text());
}

bool FaqPanel::isExpanded() const
{
    return m_toggle->isChecked();
}

void FaqPanel::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_content->setVisible(expanded);
}

void FaqPanel::retranslate()
{
    m_toggle->setText(tr("Questions and answers", "@action:button expand FAQ"));
    m_toggle->setAccessibleName(m_toggle->text());
    m_content->setAccessibleName(tr("Questions and answers", "@label FAQ"));
}
