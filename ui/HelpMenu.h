// The Help button's menu: the questions and answers of the step on screen,
// "Copy diagnostics" for an e-mail to support, and the About boxes (the
// program's and Qt's). It only offers them; the wizard does the work (it
// never builds or shows the report or a box itself).
#pragma once

#include <QMenu>

class HelpMenu : public QMenu
{
    Q_OBJECT
public:
    explicit HelpMenu(QWidget *parent = nullptr);

    QAction *faqAction() const { return m_faq; }
    QAction *diagnosticsAction() const { return m_diagnostics; }
    QAction *aboutAction() const { return m_about; }
    QAction *aboutQtAction() const { return m_aboutQt; }

private:
    void retranslate();

    QAction *m_faq;
    QAction *m_diagnostics;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
};
