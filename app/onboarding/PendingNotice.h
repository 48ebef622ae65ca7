// The "what is pending" message shown on every start: for each step waiting
// for the provider, since when, expected by when, or overdue by how many
// working days with what to do then. Text only; the UI decides how to show it.
#pragma once

#include "ProfileData.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

class WaitEstimate;

struct PendingNotice
{
    bool overdue = false; // at least one waiting step is past its expected date
    QStringList lines; // one per waiting step, plus advice; empty: nothing pending

    bool isEmpty() const { return lines.isEmpty(); }
};

class PendingNoticeBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PendingNotice)
public:
    explicit PendingNoticeBuilder(const WaitEstimate &estimate);

    PendingNotice build(const ProfileData &data, const QDateTime &now, const QTimeZone &zone) const;
    // Whether build() reads the field `key` (besides the steps' states): a
    // view of the notice follows changes of these fields only.
    static bool readsField(const QString &key);

private:
    static QString advice(const ProfileData &data, StepId step);

    const WaitEstimate &m_estimate;
};
