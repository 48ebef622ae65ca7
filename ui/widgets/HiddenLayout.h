// Lays out a hidden widget tree at the geometry it has been given, ahead of
// its first show. Qt keeps a hidden widget's resize events pending until it
// is shown, so a hidden page's scroll area never learns its size and its
// content is laid out only on the first visit (twice the cost of a later
// one). This delivers those pending events, parents first, as showing would;
// showing later finds nothing left to do. It never shows, paints or moves a
// widget.
#pragma once

class QWidget;

class HiddenLayout
{
public:
    static void layOut(QWidget *root);
};
