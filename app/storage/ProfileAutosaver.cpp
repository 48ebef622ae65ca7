#include "ProfileAutosaver.h"

#include "ProgressStore.h"
#include "core/Clock.h"
#include "onboarding/Profile.h"

ProfileAutosaver::ProfileAutosaver(
    Profile &profile, ProgressStore &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_store(store)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &ProfileAutosaver::flush);
    connect(&profile, &Profile::fieldChanged, this, &ProfileAutosaver::onFieldChanged);
    connect(&profile, &Profile::stepStateChanged, this, &ProfileAutosaver::onStepStateChanged);
    connect(&profile, &Profile::currentPageChanged, this, &ProfileAutosaver::onCurrentPageChanged);
    connect(&profile, &Profile::reset, this, &ProfileAutosaver::onReset);
}

bool ProfileAutosaver::hasPending() const
{
    return !m_pendingFields.isEmpty() || !m_pendingStatuses.isEmpty() || m_pendingPage >= 0;
}

void ProfileAutosaver::onFieldChanged(const QString &key, const QString &value)
{
    m_pendingFields.insert(key, value);
    // Not restarted on every keystroke: a save follows the first unsaved edit
    // within DebounceMs even while the user keeps typing.
    if (!m_timer.isActive())
        m_timer.start();
}

void ProfileAutosaver::onStepStateChanged(StepId step, const StepState &state, StepStatus previous)
{
    m_pendingStatuses.append({step, state, previous});
    flush();
}

void ProfileAutosaver::onCurrentPageChanged(int page)
{
    m_pendingPage = page;
    flush();
}

void ProfileAutosaver::onReset()
{
    // The wizard flushes before it opens another profile; whatever is left
    // belonged to the previous one and must not be written into the new one.
    m_timer.stop();
    m_pendingFields.clear();
    m_pendingStatuses.clear();
    m_pendingPage = -1;
}

void ProfileAutosaver::report(const Error &error)
{
    emit saveFailed(error);
    m_timer.start(DebounceMs * 5); // try again a little later
}

bool ProfileAutosaver::flush()
{
    m_timer.stop();
    if (!m_profile.isLoaded())
        return true;
    const qint64 id = m_profile.id();
    const QDateTime now = m_clock.now();

    // Fields first: a status change may rest on them.
    if (!m_pendingFields.isEmpty()) {
        Result<int> version = m_store.saveFields(id, m_pendingFields, now);
        if (!version) {
            report(version.error());
            return false;
        }
        m_pendingFields.clear();
        m_profile.setVersion(version.value());
    }
    while (!m_pendingStatuses.isEmpty()) {
        const PendingStatus &pending = m_pendingStatuses.constFirst();
        Result<int> version
            = m_store.saveStepState(id, pending.step, pending.state, pending.previous, now);
        if (!version) {
            report(version.error());
            return false;
        }
        m_pendingStatuses.removeFirst();
        m_profile.setVersion(version.value());
    }
    if (m_pendingPage >= 0) {
        if (Result<> done = m_store.saveCurrentPage(id, m_pendingPage); !done) {
            report(done.error());
            return false;
        }
        m_pendingPage = -1;
    }
    emit saved();
    return true;
}
