// Where a profile stands as a whole, for the profile list, its filters and
// `status --all`: done when every step is; overdue or waiting when a submitted
// step waits for review (overdue as WaitEstimate counts it, in working days);
// otherwise the status of the current step (FlowRules::nextStep). Pure: it
// never reads the clock or the database itself.
#pragma once

#include "onboarding/ProfileData.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <optional>

class WaitEstimate;

// In order of urgency: the profile list sorts by this order.
enum class Standing { Overdue, Failed, Waiting, InProgress, NotStarted, Done };

class ProfileStanding
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStanding)
public:
    // `data` needs only the step states; fields are not read.
    static Standing of(const ProfileData &data, const WaitEstimate &estimate, const QDateTime &now,
        const QTimeZone &zone);

    static QString key(Standing standing); // "overdue", "waiting", "done" …
    static std::optional<Standing> fromKey(QStringView key);
    static QString text(Standing standing); // translated
};
