#include "StoreErrorKind.h"

#include <QString>

#include <array>
#include <utility>

namespace {

// The codes earlier versions used; kept as they were, they are also what
// support staff find in older logs and reports.
constexpr std::array<std::pair<StoreErrorKind, QLatin1String>, 8> Codes {{
    {StoreErrorKind::InvalidAddress, QLatin1String("address")},
    {StoreErrorKind::DriverMissing, QLatin1String("store.driver")},
    {StoreErrorKind::Unreachable, QLatin1String("store.unreachable")},
    {StoreErrorKind::Damaged, QLatin1String("store.damaged")},
    {StoreErrorKind::Refused, QLatin1String("store.refused")},
    {StoreErrorKind::Newer, QLatin1String("store.newer")},
    {StoreErrorKind::Conflict, QLatin1String("store.conflict")},
    {StoreErrorKind::Disconnected, QLatin1String("store.disconnected")},
}};
// Every kind but Other has its code (Disconnected is the last kind).
static_assert(Codes.size() == static_cast<std::size_t>(StoreErrorKind::Disconnected));

} // namespace

Error storeError(StoreErrorKind kind, QString message, QString details)
{
    Error error {std::move(message), std::move(details)};
    for (const auto &[known, code] : Codes) {
        if (known == kind)
            error.code = code;
    }
    return error;
}

StoreErrorKind storeErrorKind(const Error &error)
{
    for (const auto &[kind, code] : Codes) {
        if (error.code == code)
            return kind;
    }
    return StoreErrorKind::Other;
}
