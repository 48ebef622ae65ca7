#include "UserTimeZone.h"

#include "diagnostics/LogCategories.h"

QTimeZone UserTimeZone::fallback()
{
    const QTimeZone named(FallbackId);
    if (named.isValid())
        return named;
    return QTimeZone(8 * 3600);
}

QTimeZone UserTimeZone::usableOr(const QTimeZone &zone, const QDateTime &probe)
{
    if (zone.isValid() && probe.toTimeZone(zone).isValid())
        return zone;
    return fallback();
}

QTimeZone UserTimeZone::system()
{
    static const QTimeZone chosen = [] {
        const QTimeZone systemZone = QTimeZone::systemTimeZone();
        const QTimeZone usable = usableOr(systemZone, QDateTime::currentDateTimeUtc());
        if (usable != systemZone) {
            const QByteArray name = QTimeZone::systemTimeZoneId();
            // One line: commands print it on standard error, the wizard logs it.
            qCWarning(lcStartup).noquote()
                << QStringLiteral("The system time zone \"%1\" cannot be used; dates are shown "
                                  "and working days counted in %2 instead.")
                       .arg(QString::fromUtf8(name.isEmpty() ? QByteArray("(none)") : name),
                           QString::fromUtf8(usable.id()));
        }
        return usable;
    }();
    return chosen;
}
