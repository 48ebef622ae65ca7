#include "WindowPlacer.h"

#include "WindowSizing.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace {

QScreen *screenFor(const QRect &frame)
{
    if (frame.isValid()) {
        if (QScreen *at = QGuiApplication::screenAt(frame.center()))
            return at;
    }
    return QGuiApplication::primaryScreen();
}

} // namespace

void WindowPlacer::restore(QWidget &window, const WindowPlace &saved)
{
    QScreen *screen = screenFor(saved.frame);
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QFontMetrics metrics = window.fontMetrics();
    const WindowSizing sizing({metrics.height(), metrics.averageCharWidth()});
    if (!saved.isValid()) {
        // The window manager's frame is not known before the first show:
        // centre the window's own size; the frame stays inside the 10 % left.
        QRect first(QPoint(), window.size());
        first.moveCenter(available.center());
        window.move(first.topLeft());
        return;
    }
    // The frame's extra size as it was then (title bar and borders).
    const QSize frameExtra = (saved.frame.size() - saved.client).expandedTo(QSize(0, 0));
    const QRect frame = sizing.restoredGeometry(saved.frame, available);
    window.resize((frame.size() - frameExtra).expandedTo(window.minimumSize()));
    window.move(frame.topLeft());
    if (saved.maximised)
        window.setWindowState(window.windowState() | Qt::WindowMaximized);
}

WindowPlace WindowPlacer::current(const QWidget &window)
{
    WindowPlace place;
    place.maximised = window.isMaximized();
    // Maximised, the normal geometry is the one to come back to; Qt knows it
    // without the frame only.
    const QSize frameExtra = window.frameGeometry().size() - window.geometry().size();
    const QRect client = place.maximised ? window.normalGeometry() : window.geometry();
    place.client = client.size();
    place.frame = place.maximised
        ? QRect(client.topLeft() - (window.geometry().topLeft() - window.frameGeometry().topLeft()),
            client.size() + frameExtra)
        : window.frameGeometry();
    return place;
}
