// Renders every wizard page, in each language and in its key states (empty,
// filled, error, warning, pending, overdue, done), to PNG files named
// <lang>/<NN>-<page>-<state>.png; every page again in a dark palette
// (<lang>-dark/), and every picture that shows a notice (a callout) again in
// a smaller window (<lang>-1024x700/) and at device pixel ratio 2 (<lang>-2x/).
// Uses the real pages, each opened alone in the wizard's frame (PageHarness),
// and the real store (a temporary database), never mock-ups.
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QSize>
#include <QStringList>

#include <functional>

class LanguageSwitcher;
class QApplication;
class QWidget;

struct TourOptions
{
    QString outputDir;
    QStringList languages; // e.g. {"en", "zh_CN"}
    QDateTime now; // the fixed clock for the tour
    // Invalid: the size the wizard opens at on a 1280×800 screen with the
    // tour's font (WindowSizing::firstGeometry), so that the pictures show
    // what a user first sees.
    QSize windowSize;
    // Every page again in DarkPalette::qt6ctDarker().
    bool dark = true;
    // Pages with a notice again in a window of this size (invalid: not).
    QSize noticeWindowSize {1024, 700};
    // Pages with a notice again at this device pixel ratio (1: not).
    qreal noticeScale = 2;
    // Called for every picture written, with the window as it was taken.
    std::function<void(const QString &file, QWidget &window)> inspect;
};

// The fixed look that makes the tour's images byte-identical from run to run:
// Fusion with its standard light palette (the dark pictures switch to
// DarkPalette and back), the Noto Sans CJK font loaded from
// its file with hinting off, no animations, no blinking cursor.
void applyDeterministicLook(QApplication &app);

// Returns the files written.
Result<QStringList> renderScreenshotTour(const TourOptions &options, LanguageSwitcher &language);
