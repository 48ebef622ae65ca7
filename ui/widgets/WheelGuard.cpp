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
    if (event->type() != QEvent::Wheel || !passesOn(watched))
        return false;
    // Filtered out but not accepted: QApplication hands the wheel to the
    // parent, up to the scroll area.
    event->ignore();
    return true;
}
