// The colours of the notices, the console path box and the sidebar's current
// step, derived from the palette the user runs with (light or dark): each
// tone's hue tinted into the palette's own background, and every text colour
// moved in lightness until it reaches the WCAG contrast ratio for text
// against the background it is drawn on. Pure: it reads a QPalette and
// returns colours; it never sets a palette, paints or keeps a colour of its
// own for the background or the body text.
#pragma once

#include <QColor>
#include <QPalette>

class PaletteTints
{
public:
    // The guide's four notice levels, then the two looks only the sidebar uses.
    enum class Tone { Danger, Warning, Caution, Note, Done, Neutral };

    struct Box
    {
        QColor background;
        QColor text; // body text
        QColor accent; // the tone's colour for a heading and the bar; readable as text
        QColor border;
    };

    // WCAG 2.x minimum contrast for normal-size text (success criterion 1.4.3).
    static constexpr double TextContrast = 4.5;

    explicit PaletteTints(const QPalette &palette);

    // A callout of this tone.
    Box notice(Tone tone) const;
    // "In the console": a quiet box, a little apart from the page.
    Box consoleBox() const;
    // The sidebar's entry of the step on screen; its accent is unused.
    Box currentStep() const;
    // Text in the tone's colour on `background` (a status, a table cell, an
    // inline message), readable against it.
    QColor toneText(Tone tone, const QColor &background) const;
    bool isDark() const { return m_dark; }

    // WCAG 2.x relative luminance (0 black … 1 white) and contrast ratio (1 … 21).
    static double luminance(const QColor &colour);
    static double contrast(const QColor &a, const QColor &b);

private:
    // How much of a hue a background takes, on a light and on a dark palette:
    // its saturation, and how far its lightness moves from the base's.
    struct Tint
    {
        double lightSaturation;
        double lightAmount;
        double darkSaturation;
        double darkAmount;
    };
    QColor tinted(
        const QColor &base, const QColor &hue, const Tint &tint, const QColor &text) const;

    QPalette m_palette;
    bool m_dark;
};
