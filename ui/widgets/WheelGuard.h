// Keeps the mouse wheel from changing a value the user is not working on.
// Step pages are long and scroll; with Qt's default, a combo box or spin box
// that passes under the pointer while the page scrolls takes the wheel and
// changes its value (seen in a real window: "Funds in a public-cloud
// account" switched to "Ticket submitted" and the step became Blocked).
// With the guard, such a field takes the wheel only while it has the
// keyboard focus; otherwise the wheel goes on to the page, which scrolls.
// Installed once, on the application, by the wizard.
// Must never eat a wheel event: it is passed on, never dropped.
#pragma once

#include <QObject>

class WheelGuard : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // True when `watched` is a value field (QComboBox, QAbstractSpinBox)
    // without the focus: the wheel is not for it.
    static bool passesOn(const QObject *watched);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
