// What `fincloud-onboard status` prints: every step of a profile with its
// status, since when, the expected-by date and whether it is overdue, as
// stable JSON (format documented in the README) or as text for a terminal.
// Reads data only; never writes to the store.
#pragma once

#include "onboarding/ProfileData.h"

#include <QCoreApplication>
#include <QJsonObject>

class Clock;
class WaitEstimate;

class StatusReport
{
    Q_DECLARE_TR_FUNCTIONS(StatusReport)
public:
    static constexpr int FormatVersion = 1;

    StatusReport(const Clock &clock, const WaitEstimate &estimate);

    QJsonObject profileJson(const ProfileData &data) const;
    // Wraps profiles into the top-level document.
    QJsonObject document(const QList<ProfileData> &profiles) const;
    QString profileText(const ProfileData &data) const;

private:
    QString localTime(const QDateTime &utc) const;

    const Clock &m_clock;
    const WaitEstimate &m_estimate;
};
