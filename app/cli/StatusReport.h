// What `fincloud-onboard status` prints: every step of a profile with its
// status, since when, the expected-by date and whether it is overdue, as
// stable JSON (format documented in the README) or as text for a terminal
// (which also names the planned region in the UI's language).
// Values the store could not read (ProfileData::unreadable) are reported as
// damaged data, never as "not started" or a blank date. Reads data only;
// never writes to the store.
#pragma once

#include "onboarding/ProfileData.h"
#include "storage/ProgressStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

class Clock;
class WaitEstimate;

class StatusReport
{
    Q_DECLARE_TR_FUNCTIONS(StatusReport)
public:
    static constexpr int FormatVersion = 1;
    // A step's "status" in JSON when the stored one cannot be read (it is
    // then listed in the profile's "damagedData"); never "not_started".
    static inline const QString UnreadableStatusKey = QStringLiteral("unreadable");

    StatusReport(const Clock &clock, const WaitEstimate &estimate);

    // The newest event of profile `id`, named in the report as its last
    // change: when and who (the role the server recorded, and the machine).
    void setLastChange(qint64 id, const ProfileEvent &event);

    QJsonObject profileJson(const ProfileData &data) const;
    // Wraps profiles into the top-level document.
    QJsonObject document(const QList<ProfileData> &profiles) const;
    QString profileText(const ProfileData &data) const;

private:
    QString localTime(const QDateTime &utc) const;

    const Clock &m_clock;
    const WaitEstimate &m_estimate;
    QHash<qint64, ProfileEvent> m_lastChanges;
};
