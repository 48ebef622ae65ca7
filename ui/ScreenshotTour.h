// Renders every wizard page, in each language and in the states "empty" and
// "filled", to PNG files named <lang>/<NN>-<page>-<state>.png. Uses the real
// pages, each opened alone in the wizard's frame (PageHarness), and the real
// store (a temporary database), never mock-ups.
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QSize>
#include <QStringList>

class LanguageSwitcher;
class QApplication;

struct TourOptions
{
    QString outputDir;
    QStringList languages; // e.g. {"en", "zh_CN"}
    QDateTime now; // the fixed clock for the tour
    QSize windowSize {900, 640};
};

// The fixed look that makes the tour's images byte-identical from run to run:
// Fusion with its standard light palette, the Noto Sans CJK font loaded from
// its file with hinting off, no animations, no blinking cursor.
void applyDeterministicLook(QApplication &app);

// Returns the files written.
Result<QStringList> renderScreenshotTour(const TourOptions &options, LanguageSwitcher &language);
