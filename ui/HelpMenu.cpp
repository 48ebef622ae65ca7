#include "HelpMenu.h"
#include "widgets/Retranslation.h"

#include <QEvent>

HelpMenu::HelpMenu(QWidget *parent)
    : QMenu(parent)
    , m_faq(addAction(QString()))
    , m_diagnostics(addAction(QString()))
{
    setObjectName(QStringLiteral("helpMenu"));
    m_faq->setObjectName(QStringLiteral("faqAction"));
    m_diagnostics->setObjectName(QStringLiteral("copyDiagnosticsAction"));
    addSeparator();
    m_about = addAction(QString());
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = addAction(QString());
    m_aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    retranslate();
    Retranslation::follow(this, [this] { retranslate(); });
}

void HelpMenu::retranslate()
{
    setTitle(tr("Help", "@title:menu"));
    setAccessibleName(title());
    m_faq->setText(tr("&Questions and answers for this step", "@action:inmenu"));
    m_diagnostics->setText(tr("Copy &diagnostics for support", "@action:inmenu"));
    m_diagnostics->setToolTip(tr("Puts the program and database versions and the end of the "
                                 "log on the clipboard, for an e-mail to support. No passwords "
                                 "or keys; of your data, only the company name.",
        "@info:tooltip"));
    m_about->setText(tr("&About fincloud-onboard…", "@action:inmenu"));
    m_about->setToolTip(tr("The program's version and licence, the Qt version and the "
                           "progress database in use.",
        "@info:tooltip"));
    m_aboutQt->setText(tr("About Q&t…", "@action:inmenu"));
}
