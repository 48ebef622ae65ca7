// The Help button's menu: the questions and answers of the step on screen,
// and "Copy diagnostics" for an e-mail to support. It only offers the two;
// the wizard does the work (it never builds or shows the report itself).
#pragma once

#include <QMenu>

class HelpMenu : public QMenu
{
    Q_OBJECT
public:
    explicit HelpMenu(QWidget *parent = nullptr);

    QAction *faqAction() const { return m_faq; }
    QAction *diagnosticsAction() const { return m_diagnostics; }

private:
    void retranslate();

    QAction *m_faq;
    QAction *m_diagnostics;
};
