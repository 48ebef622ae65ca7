#include "WindowSizing.h"

#include <QtGlobal>

namespace {

// The window never takes the whole available area at first: the window
// manager's frame and title bar come on top of it, and a window that fills
// the screen reads as maximised without being so.
constexpr double FirstShareOfArea = 0.9;
// The sidebar's share of the window's width, and the most it takes of a
// narrow window (its minimum would leave the page too little).
constexpr double SidebarShare = 0.27;
constexpr double SidebarMostShare = 0.35;

QRect centred(const QSize &size, const QRect &area)
{
    QRect rect(QPoint(), size);
    rect.moveCenter(area.center());
    return rect;
}

} // namespace

QSize WindowSizing::preferredSize() const
{
    return {m_font.lineHeight * 72, m_font.lineHeight * 50};
}

QSize WindowSizing::minimumSize(const QRect &available) const
{
    const QSize wanted(m_font.averageCharWidth * 90, m_font.lineHeight * 28);
    return available.isValid() ? wanted.boundedTo(room(available)) : wanted;
}

QSize WindowSizing::room(const QRect &available)
{
    return {int(available.width() * FirstShareOfArea), int(available.height() * FirstShareOfArea)};
}

QRect WindowSizing::firstGeometry(const QRect &available) const
{
    if (!available.isValid())
        return QRect(QPoint(), preferredSize());
    const QSize size
        = preferredSize().boundedTo(room(available)).expandedTo(minimumSize(available));
    return centred(size, available);
}

QRect WindowSizing::restoredGeometry(const QRect &saved, const QRect &available) const
{
    if (!saved.isValid() || saved.isEmpty())
        return firstGeometry(available);
    if (!available.isValid())
        return saved;
    const QSize size = saved.size().boundedTo(available.size()).expandedTo(minimumSize(available));
    QRect rect(saved.topLeft(), size);
    // Inside the area: first the right and bottom edges, then the left and
    // top, so that a window larger than the area keeps its title bar on it.
    if (rect.right() > available.right())
        rect.moveRight(available.right());
    if (rect.bottom() > available.bottom())
        rect.moveBottom(available.bottom());
    if (rect.left() < available.left())
        rect.moveLeft(available.left());
    if (rect.top() < available.top())
        rect.moveTop(available.top());
    return rect;
}

int WindowSizing::sidebarWidth(int windowWidth) const
{
    const int least = qMin(sidebarMinimumWidth(), int(windowWidth * SidebarMostShare));
    return qBound(least, int(windowWidth * SidebarShare), sidebarMaximumWidth());
}
