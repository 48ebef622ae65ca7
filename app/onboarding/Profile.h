// The profile being edited: ProfileData plus change signals, and the single
// door through which a step's status changes (it asks FlowRules first).
// It never touches the database; ProfileAutosaver listens and writes.
#pragma once

#include "FlowRules.h"
#include "ProfileData.h"

#include <QObject>

class Clock;

class Profile : public QObject
{
    Q_OBJECT
public:
    explicit Profile(const Clock &clock, QObject *parent = nullptr);

    const ProfileData &data() const { return m_data; }
    const Clock &clock() const { return m_clock; }
    bool isLoaded() const { return m_data.id != 0; }
    qint64 id() const { return m_data.id; }

    // Replaces everything (a profile was opened); emits reset().
    void load(const ProfileData &data);

    QString field(const QString &key) const { return m_data.field(key); }
    void setField(const QString &key, const QString &value);

    StepState stepState(StepId step) const { return m_data.step(step); }
    // The stored status of `step` could not be read (damaged data): views say
    // so instead of showing the "not started" it is kept as.
    bool isStatusUnreadable(StepId step) const;
    // Asks the flow rules; applies the change only when they allow it, with
    // what follows from it (FlowRules::afterStatusChange). setField() applies
    // what follows from a field (FlowRules::afterFieldChange).
    Verdict requestStatus(StepId step, StepStatus status);

    // Puts back a state the step had in an earlier window (an edit kept while
    // the shared database was gone): as it was, with its time, and without
    // asking the flow rules again (what followed from it was kept with it).
    void restoreStepState(StepId step, const StepState &state);

    int currentPage() const { return m_data.currentPage; }
    void setCurrentPage(int page);

    // The store bumped the version after a save.
    void setVersion(int version) { m_data.version = version; }

signals:
    // Each names what changed, so that a view listens only to the values it
    // shows (a keystroke in one field wakes nothing else); the step models
    // (app/steps) turn them into properties that signal only real changes.
    void reset();
    void fieldChanged(const QString &key, const QString &value);
    void stepStateChanged(StepId step, const StepState &state, StepStatus previous);
    void currentPageChanged(int page);

private:
    // Set without consequences; false when nothing changed.
    bool storeField(const QString &key, const QString &value);
    void storeStatus(StepId step, StepStatus status);
    void putStepState(StepId step, const StepState &state);
    // What the flow rules require after a change.
    void apply(const Settlement &settlement);

    const Clock &m_clock;
    ProfileData m_data;
};
