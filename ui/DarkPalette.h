// A fixed dark palette for the screenshot tour and the colour tests: the
// "darker" colour scheme that qt6ct ships (/usr/share/qt6ct/colors/darker.conf,
// qt6ct 0.7), written out here so that the pictures do not depend on what is
// installed. What a user with that scheme sees, never a palette of our own
// design; the wizard itself always takes the user's palette.
#pragma once

#include <QPalette>

class DarkPalette
{
public:
    static QPalette qt6ctDarker();
};
