// The time zone in which the user's dates are shown and calendar days
// counted: the system's, or — when the system names one this program cannot
// use (TZ=Nonexistent/Zone, missing time-zone data) — China Standard Time,
// the zone of the provider whose working days the guide counts, with one
// warning on standard error (and in the session log). The one place that
// decides this: Clock asks it, nothing else calls QTimeZone::systemTimeZone().
// It must never return a zone that cannot convert a date.
#pragma once

#include <QDateTime>
#include <QTimeZone>

class UserTimeZone
{
public:
    static inline const QByteArray FallbackId = QByteArrayLiteral("Asia/Shanghai");

    // The system's zone when usable, else fallback(); decided once per run.
    static QTimeZone system();
    // `zone` when it is valid and converts `probe` (a UTC time), else
    // fallback(). Pure: no warning.
    static QTimeZone usableOr(const QTimeZone &zone, const QDateTime &probe);
    // Asia/Shanghai; UTC+8 (its offset since 1991) without time-zone data.
    static QTimeZone fallback();
};
