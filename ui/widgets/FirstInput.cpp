#include "FirstInput.h"

#include <QLineEdit>

QWidget *FirstInput::of(QWidget *page)
{
    // The focus chain is the Tab order, across nested layouts and panels.
    for (QWidget *widget = page->nextInFocusChain(); widget && widget != page;
         widget = widget->nextInFocusChain()) {
        if (!page->isAncestorOf(widget))
            continue;
        auto *edit = qobject_cast<QLineEdit *>(widget);
        if (!edit || !edit->isEnabled() || edit->isReadOnly() || !edit->isVisibleTo(page)
            || !(edit->focusPolicy() & Qt::TabFocus))
            continue;
        if (edit->text().isEmpty())
            return edit;
    }
    return nullptr;
}

bool FirstInput::focus(QWidget *page)
{
    QWidget *target = of(page);
    if (!target)
        return false;
    target->setFocus(Qt::TabFocusReason);
    return true;
}
