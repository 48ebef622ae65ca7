// Puts the wizard's window where it was when it last closed, brought inside
// the screen it opens on now (WindowSizing's rules), and tells where it is
// when it closes. Only the program's own window uses it (app/main.cpp): page
// tests, the tour and the inventory never read or write a place.
#pragma once

#include "settings/WindowPlaceFile.h"

class QWidget;

class WindowPlacer
{
public:
    // Before the window is first shown. An invalid place leaves the first
    // size the window chose itself (WizardFrame), centred on its screen.
    static void restore(QWidget &window, const WindowPlace &saved);
    // While the window is still shown: its normal (not maximised) place.
    static WindowPlace current(const QWidget &window);
};
