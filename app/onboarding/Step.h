// The five steps of the Finance Cloud guide and the status each can have.
// Keys are the stable spellings used in the database and in files; never
// rename one without a migration.
#pragma once

#include <QDateTime>
#include <QString>

#include <array>
#include <optional>

enum class StepId { Register, RealName, Certification, FinanceServices, Region };

inline constexpr std::array<StepId, 5> AllSteps = {
    StepId::Register,
    StepId::RealName,
    StepId::Certification,
    StepId::FinanceServices,
    StepId::Region,
};

// Waiting and Done count as "past in progress". Failed: the provider turned
// the step down (e.g. all deposit attempts used); it can be started again.
enum class StepStatus { NotStarted, InProgress, Waiting, Done, Failed };

inline constexpr std::array<StepStatus, 5> AllStatuses = {
    StepStatus::NotStarted,
    StepStatus::InProgress,
    StepStatus::Waiting,
    StepStatus::Done,
    StepStatus::Failed,
};

struct StepState
{
    StepStatus status = StepStatus::NotStarted;
    QDateTime since; // UTC; when the status was last set
    QDateTime expectedBy; // UTC; only while waiting, when known

    friend bool operator==(const StepState &, const StepState &) = default;
};

QString stepKey(StepId step);
std::optional<StepId> stepFromKey(QStringView key);
int stepNumber(StepId step); // 1..5, as the guide counts

QString statusKey(StepStatus status);
std::optional<StepStatus> statusFromKey(QStringView key);

inline bool isPastInProgress(StepStatus status)
{
    return status == StepStatus::Waiting || status == StepStatus::Done;
}
