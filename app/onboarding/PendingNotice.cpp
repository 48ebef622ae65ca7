#include "PendingNotice.h"

#include "WaitingAdvice.h"

PendingNotice PendingNotice::of(const QList<WaitingAdvice> &advice)
{
    PendingNotice notice;
    for (const WaitingAdvice &each : advice) {
        if (!each.isWaiting())
            continue;
        notice.overdue = notice.overdue || each.isOverdue();
        // While a step is not yet due, where it stands is enough here; its
        // page says what to do meanwhile.
        QStringList parts {each.situation()};
        if (each.urgency() != WaitingAdvice::Urgency::Pending)
            parts << each.whatToDo();
        parts << each.caveat();
        notice.lines << WaitingAdvice::joinSentences(parts);
    }
    return notice;
}

PendingNotice PendingNotice::of(
    const ProfileData &data, const QDateTime &now, const QTimeZone &zone)
{
    QList<WaitingAdvice> advice;
    for (StepId step : AllSteps)
        advice << WaitingAdvice::of(data, step, now, zone);
    return of(advice);
}
