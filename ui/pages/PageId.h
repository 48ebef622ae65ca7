// The wizard's page ids, in the order the user meets them.
#pragma once

#include "onboarding/Step.h"

#include <optional>

enum PageId {
    WelcomePageId = 0,
    RegisterPageId,
    RealNamePageId,
    CertificationPageId,
    FinanceServicesPageId,
    RegionPageId,
    SummaryPageId,
};

inline int pageForStep(StepId step)
{
    return RegisterPageId + static_cast<int>(step);
}

inline std::optional<StepId> stepForPage(int page)
{
    if (page < RegisterPageId || page > RegionPageId)
        return std::nullopt;
    return static_cast<StepId>(page - RegisterPageId);
}
