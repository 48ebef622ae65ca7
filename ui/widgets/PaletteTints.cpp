#include "PaletteTints.h"

#include <QtMath>

namespace {

// Each tone's hue: the guide's notice colours as they were on a light page.
QColor hueOf(PaletteTints::Tone tone)
{
    switch (tone) {
    case PaletteTints::Tone::Danger:
        return QColor(0xb3, 0x26, 0x1e);
    case PaletteTints::Tone::Warning:
        return QColor(0xa8, 0x4b, 0x00);
    case PaletteTints::Tone::Caution:
        return QColor(0x7a, 0x5d, 0x00);
    case PaletteTints::Tone::Note:
        return QColor(0x1f, 0x5f, 0xa8);
    case PaletteTints::Tone::Done:
        return QColor(0x1e, 0x7e, 0x34);
    case PaletteTints::Tone::Neutral:
        return QColor(0x8a, 0x90, 0x96);
    }
    return QColor(0x8a, 0x90, 0x96);
}

QColor mix(const QColor &base, const QColor &over, double share)
{
    const auto channel = [share](int a, int b) { return qRound(a + (b - a) * share); };
    return QColor(channel(base.red(), over.red()), channel(base.green(), over.green()),
        channel(base.blue(), over.blue()));
}

// The colour with its hue kept and its lightness moved away from the
// background, just far enough for `ratio`; black or white when no lightness
// of that hue reaches it.
QColor readable(const QColor &colour, const QColor &background, double ratio)
{
    if (PaletteTints::contrast(colour, background) >= ratio)
        return colour;
    const bool darken = PaletteTints::contrast(background, Qt::black)
        >= PaletteTints::contrast(background, Qt::white);
    const QColor hsl = colour.toHsl();
    const float hue = qMax(0.0f, hsl.hslHueF()); // -1: a grey
    constexpr int Steps = 40;
    for (int step = 1; step <= Steps; ++step) {
        const double lightness = hsl.lightnessF();
        const double moved = darken ? lightness * (1.0 - double(step) / Steps)
                                    : lightness + (1.0 - lightness) * double(step) / Steps;
        const QColor candidate = QColor::fromHslF(hue, hsl.hslSaturationF(), float(moved)).toRgb();
        if (PaletteTints::contrast(candidate, background) >= ratio)
            return candidate;
    }
    return darken ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

PaletteTints::PaletteTints(const QPalette &palette)
    : m_palette(palette)
    , m_dark(luminance(palette.color(QPalette::Window))
          < luminance(palette.color(QPalette::WindowText)))
{ }

double PaletteTints::luminance(const QColor &colour)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : qPow((channel + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF())
        + 0.0722 * linear(rgb.blueF());
}

double PaletteTints::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor PaletteTints::tinted(
    const QColor &base, const QColor &hue, const Tint &tint, const QColor &text) const
{
    // The hue at the base's own lightness, moved a little towards the middle
    // (a light page gets a light tint, a dark one a dark tint); less of it
    // where the palette's text would no longer stand out.
    const QColor baseHsl = base.toHsl();
    const float angle = qMax(0.0f, hue.toHsl().hslHueF());
    const double saturation = m_dark ? tint.darkSaturation : tint.lightSaturation;
    for (double amount = m_dark ? tint.darkAmount : tint.lightAmount; amount > 0.0;
         amount -= 0.01) {
        const double lightness
            = qBound(0.0, baseHsl.lightnessF() + (m_dark ? amount : -amount), 1.0);
        const QColor background
            = QColor::fromHslF(angle, float(saturation), float(lightness)).toRgb();
        if (contrast(text, background) >= TextContrast)
            return background;
    }
    return base;
}

PaletteTints::Box PaletteTints::notice(Tone tone) const
{
    // As light and as saturated as the guide's notices were on a light page.
    const QColor text = m_palette.color(QPalette::Text);
    const QColor background
        = tinted(m_palette.color(QPalette::Base), hueOf(tone), {0.85, 0.055, 0.35, 0.06}, text);
    const QColor accent = toneText(tone, background);
    return {background, readable(text, background, TextContrast), accent, accent};
}

PaletteTints::Box PaletteTints::consoleBox() const
{
    const QColor text = m_palette.color(QPalette::Text);
    const QColor background
        = tinted(m_palette.color(QPalette::Base), hueOf(Tone::Note), {0.2, 0.04, 0.15, 0.05}, text);
    const QColor shown = readable(text, background, TextContrast);
    return {background, shown, shown, mix(background, shown, 0.2)};
}

PaletteTints::Box PaletteTints::currentStep() const
{
    const QColor text = m_palette.color(QPalette::Text);
    const QColor background = tinted(m_palette.color(QPalette::Base),
        m_palette.color(QPalette::Highlight), {0.6, 0.07, 0.45, 0.12}, text);
    const QColor shown = readable(text, background, TextContrast);
    return {background, shown, shown, background};
}

QColor PaletteTints::toneText(Tone tone, const QColor &background) const
{
    return readable(hueOf(tone), background, TextContrast);
}
