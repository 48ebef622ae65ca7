// User-facing names of steps and statuses, translated at the moment they are
// asked for (so a language switch shows at once).
#pragma once

#include "Step.h"

#include <QCoreApplication>

class StepText
{
    Q_DECLARE_TR_FUNCTIONS(StepText)
public:
    static QString title(StepId step);
    static QString status(StepStatus status);
    static QString consoleName(StepId step); // the console's own label, never translated
    // Where a profile stands, for lists of profiles: the first step not
    // done and its status ("at step 2: Real-name verification, waiting for
    // review"), or that all are done.
    static QString progress(const std::array<StepStatus, AllSteps.size()> &statuses);
};
