// The "what is pending" message shown beside every page and on the
// checklist: for each step waiting for the provider, where it stands
// (WaitingAdvice, the one source of that text), and on the checklist what to
// do once it is due or overdue. Text only; the UI decides how to show it.
#pragma once

#include "ProfileData.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTimeZone>

class WaitingAdvice;

struct PendingNotice
{
    Q_DECLARE_TR_FUNCTIONS(PendingNotice)

public:
    bool overdue = false; // at least one waiting step is past its expected date
    QStringList lines; // one per waiting step; empty: nothing pending

    bool isEmpty() const { return lines.isEmpty(); }

    // How much of the advice a line holds: beside the pages only where the
    // step stands (its own page has the whole advice, so the sidebar's
    // notice stays short enough to be read whole); on paper everything.
    enum class Detail { WhereItStands, WithWhatToDo };

    // From the advice of each step (those that do not wait are skipped).
    static PendingNotice of(const QList<WaitingAdvice> &advice, Detail detail);
    // Every step's advice as the profile stands at `now`.
    static PendingNotice of(const ProfileData &data, const QDateTime &now, const QTimeZone &zone);
};
