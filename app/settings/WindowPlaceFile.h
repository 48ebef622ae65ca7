// Where the wizard's window was and how large, when it last closed: kept in
// a file of its own beside the user's settings file (which the program never
// writes), $XDG_CONFIG_HOME/fincloud-onboard/window.conf. It only stores and
// reads back what it is given; whether a place still fits the screen is
// decided by whoever shows the window (WindowSizing). A missing or unreadable
// file reads as "no place", never as an error.
#pragma once

#include <QRect>
#include <QSize>
#include <QString>

struct WindowPlace
{
    QRect frame; // with the window manager's frame, in screen coordinates
    QSize client; // without it
    bool maximised = false;

    bool isValid() const { return frame.isValid() && client.isValid() && !client.isEmpty(); }
};

class WindowPlaceFile
{
public:
    explicit WindowPlaceFile(QString path = defaultPath());

    static QString defaultPath();
    QString path() const { return m_path; }

    WindowPlace read() const;
    // False when the file could not be written (the window still closes).
    bool write(const WindowPlace &place) const;

private:
    QString m_path;
};
