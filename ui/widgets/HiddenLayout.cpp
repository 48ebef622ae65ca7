#include "HiddenLayout.h"

#include <QCoreApplication>
#include <QLayout>
#include <QResizeEvent>
#include <QWidget>

void HiddenLayout::layOut(QWidget *root)
{
    QList<QWidget *> waiting {root};
    while (!waiting.isEmpty()) {
        QWidget *widget = waiting.takeFirst();
        if (widget->testAttribute(Qt::WA_PendingResizeEvent)) {
            widget->setAttribute(Qt::WA_PendingResizeEvent, false);
            QResizeEvent resized(widget->size(), QSize());
            QCoreApplication::sendEvent(widget, &resized);
        }
        // Sets the children's geometry, which marks their own events pending.
        if (QLayout *layout = widget->layout())
            layout->activate();
        for (QObject *child : widget->children()) {
            auto *inner = qobject_cast<QWidget *>(child);
            // What stays hidden when the root is shown needs no layout yet.
            if (inner && !inner->isWindow() && !inner->isHidden())
                waiting.append(inner);
        }
    }
}
