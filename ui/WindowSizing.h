// The window's sizes, as rules on rectangles: the first size from the screen's
// available area and the font, a remembered geometry brought back inside the
// screen it is shown on now, and the step sidebar's width as a share of the
// window. Pure arithmetic (no widget, no screen, no file), so the rules are
// tested alone; it must never ask a screen or a window for anything.
#pragma once

#include <QRect>
#include <QSize>

class WindowSizing
{
public:
    // The font's line height and average character width, in pixels.
    struct Font
    {
        int lineHeight = 16;
        int averageCharWidth = 7;
    };

    explicit WindowSizing(Font font) : m_font(font) { }

    // What the window would like: room for a page of paragraphs beside the
    // sidebar, from the font.
    QSize preferredSize() const;
    // Below this the pages cannot be read, from the font; never more than
    // the room `available` leaves for the window (a small screen gets what
    // it has).
    QSize minimumSize(const QRect &available) const;
    // The first window: the preferred size, at most a share of the
    // available area so the frame and the buttons fit, centred in it.
    QRect firstGeometry(const QRect &available) const;
    // A remembered geometry shown on `available` now (the screen may be
    // another one, smaller, or elsewhere): as large as it was but not larger
    // than the area, moved inside it. Invalid `saved`: firstGeometry.
    QRect restoredGeometry(const QRect &saved, const QRect &available) const;

    // The step sidebar's width in a window `windowWidth` wide: a share of it,
    // between a width that keeps step titles and notices readable (but never
    // more than a bit over a third of a narrow window) and one beyond which
    // lines get too long to read.
    int sidebarWidth(int windowWidth) const;
    int sidebarMinimumWidth() const { return m_font.averageCharWidth * 30; }
    int sidebarMaximumWidth() const { return m_font.averageCharWidth * 50; }

private:
    // The part of the available area a window takes at most at first: the
    // window manager's frame and title bar come on top of it.
    static QSize room(const QRect &available);

    Font m_font;
};
