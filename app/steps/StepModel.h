// One step's state as its page shows it, without widgets: the status, the
// choices of status with the reason each unavailable one is unavailable,
// what holds the step back, and whether its page may be left with Next.
// Computed from the profile by FlowRules and StepInputs (the only places a
// rule lives); a property's signal fires only when its value changed, so a
// view of one value is not woken by a keystroke elsewhere. A subclass adds
// what its own step shows. It never stores anything by being looked at:
// only the user's choices (the methods below) change the profile. While the
// step waits for the provider, its advice follows the clock as well.
#pragma once

#include "onboarding/FlowRules.h"
#include "onboarding/WaitingAdvice.h"

#include <QObject>
#include <QStringList>

#include <algorithm>
#include <array>
#include <initializer_list>

class Profile;
class QTimer;
class StepModel;

// Every step's model, indexed by step (static_cast<size_t>(StepId)): what a
// view of all steps (the sidebar, the summary) listens to.
using StepModels = std::array<const StepModel *, AllSteps.size()>;

class StepModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(StepStatus status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool readyToLeave READ readyToLeave NOTIFY readyToLeaveChanged)
    Q_PROPERTY(QStringList holdBack READ holdBack NOTIFY holdBackChanged)
    Q_PROPERTY(QStringList blockers READ blockers NOTIFY blockersChanged)
    Q_PROPERTY(bool needsAttention READ needsAttention NOTIFY needsAttentionChanged)
    Q_PROPERTY(QString unavailableChoices READ unavailableChoices NOTIFY statusChoicesChanged)
    Q_PROPERTY(WaitingAdvice waitingAdvice READ waitingAdvice NOTIFY waitingAdviceChanged)
public:
    StepModel(StepId step, Profile &profile, QObject *parent = nullptr);
    // The model of `step`: its own subclass where the step has one (for
    // views of all steps shown without the pages that hold the models).
    static StepModel *create(StepId step, Profile &profile, QObject *parent);

    StepId step() const { return m_step; }
    Profile &profile() { return m_profile; }
    const Profile &profile() const { return m_profile; }

    StepStatus status() const { return m_status; }
    bool isStatusUnreadable() const;
    // Every status, each with whether it may be chosen now and why not.
    const QList<StatusChoice> &statusChoices() const { return m_choices; }
    // One sentence per reason that some status cannot be chosen now, naming
    // those statuses; empty when every status can be.
    QString unavailableChoices() const { return m_unavailable; }
    // The page may be left with Next: no input that counts holds an error or
    // a warning without its reason (StepInputs::mayLeave).
    bool readyToLeave() const { return m_ready; }
    // Why not, one sentence per input; empty when ready.
    QStringList holdBack() const { return m_holdBack; }
    // What other steps must do first (FlowRules::blockers).
    QStringList blockers() const { return m_blockers; }
    // The recorded status is no longer supported by the step's requirements
    // (FlowRules::needsAttention), e.g. after a later edit.
    bool needsAttention() const { return m_needsAttention; }
    // While the step waits for the provider: since when, expected by, due
    // or overdue, and what to do now (WaitingAdvice::of, at the profile's
    // clock); urgency None otherwise.
    const WaitingAdvice &waitingAdvice() const { return m_waiting; }

    // The user chose a status: applied when the rules allow it.
    virtual Verdict requestStatus(StepStatus status);

    // The reasons are translated sentences: a language change makes them
    // again (and signals what changed).
    void retranslate() { recompute(); }
    // Time has passed: what depends on the day (the advice of a waiting
    // step, dates checked against today) is computed again. A timer calls
    // it every minute while the step waits; a test with a FixedClock calls
    // it after moving the clock.
    void recheckTime() { recompute(); }

signals:
    void statusChanged();
    void statusChoicesChanged();
    void readyToLeaveChanged();
    void holdBackChanged();
    void blockersChanged();
    void needsAttentionChanged();
    void waitingAdviceChanged();

protected:
    // Recomputes every property from the profile; a subclass recomputes its
    // own, then calls this. Called on every change of the profile.
    virtual void recompute();

    // Whether any of the assignments changed something: every one of them
    // runs (a braced list is evaluated in order, without short-circuit).
    static bool anyChanged(std::initializer_list<bool> changes)
    {
        return std::find(changes.begin(), changes.end(), true) != changes.end();
    }
    // Stores `value`; true when it differs (the caller emits its signal).
    template<typename T>
    static bool assign(T &member, const T &value)
    {
        if (member == value)
            return false;
        member = value;
        return true;
    }

private:
    StepId m_step;
    Profile &m_profile;
    StepStatus m_status = StepStatus::NotStarted;
    bool m_unreadable = false;
    QList<StatusChoice> m_choices;
    QString m_unavailable;
    bool m_ready = true;
    QStringList m_holdBack;
    QStringList m_blockers;
    bool m_needsAttention = false;
    WaitingAdvice m_waiting;
    QTimer *m_clockTimer;
};
