// Writes the profile being edited to the store without ever making the user
// wait or lose a keystroke: status and page changes at once, typing at most
// DebounceMs after the first unsaved edit, everything on flush(). A failed
// write keeps the edit pending and tries again.
#pragma once

#include "core/Result.h"
#include "onboarding/Step.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class Clock;
class Profile;
class ProgressStore;

class ProfileAutosaver : public QObject
{
    Q_OBJECT
public:
    static constexpr int DebounceMs = 400;

    ProfileAutosaver(
        Profile &profile, ProgressStore &store, const Clock &clock, QObject *parent = nullptr);

    // Writes every pending edit now. Returns false if something stays pending.
    bool flush();
    bool hasPending() const;

signals:
    void saveFailed(const Error &error);
    void saved();

private:
    void onFieldChanged(const QString &key, const QString &value);
    void onStepStateChanged(StepId step, const StepState &state, StepStatus previous);
    void onCurrentPageChanged(int page);
    void onReset();
    void report(const Error &error);

    Profile &m_profile;
    ProgressStore &m_store;
    const Clock &m_clock;
    QTimer m_timer;
    QHash<QString, QString> m_pendingFields;
    int m_pendingPage = -1;
    struct PendingStatus
    {
        StepId step;
        StepState state;
        StepStatus previous;
    };
    QList<PendingStatus> m_pendingStatuses;
};
