#include "PendingNotice.h"

#include "WaitingAdvice.h"

PendingNotice PendingNotice::of(const QList<WaitingAdvice> &advice, Detail detail)
{
    PendingNotice notice;
    for (const WaitingAdvice &each : advice) {
        if (!each.isWaiting())
            continue;
        notice.overdue = notice.overdue || each.isOverdue();
        // While a step is not yet due, where it stands is enough; its page
        // says what to do meanwhile.
        QStringList parts {each.situation()};
        if (each.urgency() != WaitingAdvice::Urgency::Pending) {
            if (detail == Detail::WithWhatToDo)
                parts << each.whatToDo();
            else if (each.namesContact())
                parts << tr("What to do now is on the step's page; the contact is %1.",
                    "@info sidebar notice; %1 is an e-mail address")
                             .arg(WaitingAdvice::contactAddress());
            else
                parts << tr("What to do now is on the step's page.", "@info sidebar notice");
        }
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
    return of(advice, Detail::WithWhatToDo);
}
