#include "Retranslation.h"

#include <QEvent>
#include <QWidget>

Retranslation::Retranslation(QWidget *widget, std::function<void()> retranslate)
    : QObject(widget)
    , m_retranslate(std::move(retranslate))
{
    widget->installEventFilter(this);
}

void Retranslation::follow(QWidget *widget, std::function<void()> retranslate)
{
    new Retranslation(widget, std::move(retranslate)); // a child of the widget
}

bool Retranslation::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == parent())
        m_retranslate();
    return false; // the widget still sees the event
}
