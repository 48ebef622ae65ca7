#include "WheelGuard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>

bool WheelGuard::passesOn(const QObject *watched)
{
    const auto *widget = qobject_cast<const QWidget *>(watched);
    if (!widget || widget->hasFocus())
        return false;
    return qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    // A combo box's focus policy is Qt::WheelFocus: the window hands it the
    // focus on a wheel turn before any filter sees the turn. Tab and click
    // still give it the focus.
    if (event->type() == QEvent::Polish) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->focusPolicy() == Qt::WheelFocus
            && (qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)))
            widget->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (event->type() != QEvent::Wheel || !passesOn(watched))
        return false;
    // Filtered out but not accepted: QApplication hands the wheel to the
    // parent, up to the scroll area.
    event->ignore();
    return true;
}
