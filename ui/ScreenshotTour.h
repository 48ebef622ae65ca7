// Renders every wizard page, in each language and in the states "empty" and
// "filled", to PNG files named <lang>/<NN>-<page>-<state>.png. Uses the real
// pages and the real store (a temporary database), never mock-ups.
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QSize>
#include <QStringList>

class LanguageSwitcher;

struct TourOptions
{
    QString outputDir;
    QStringList languages; // e.g. {"en", "zh_CN"}
    QDateTime now; // the fixed clock for the tour
    QSize windowSize {900, 640};
};

// Returns the files written.
Result<QStringList> renderScreenshotTour(const TourOptions &options, LanguageSwitcher &language);
