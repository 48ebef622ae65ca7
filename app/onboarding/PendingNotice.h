// The "what is pending" message shown beside every page and on the
// checklist: for each step waiting for the provider, where it stands
// (WaitingAdvice, the one source of that text), with what to do once it is
// due or overdue. Text only; the UI decides how to show it.
#pragma once

#include "ProfileData.h"

#include <QList>
#include <QStringList>
#include <QTimeZone>

class WaitingAdvice;

struct PendingNotice
{
    bool overdue = false; // at least one waiting step is past its expected date
    QStringList lines; // one per waiting step; empty: nothing pending

    bool isEmpty() const { return lines.isEmpty(); }

    // From the advice of each step (those that do not wait are skipped).
    static PendingNotice of(const QList<WaitingAdvice> &advice);
    // Every step's advice as the profile stands at `now`.
    static PendingNotice of(const ProfileData &data, const QDateTime &now, const QTimeZone &zone);
};
