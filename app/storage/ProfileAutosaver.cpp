#include "ProfileAutosaver.h"

#include "PendingEditJournal.h"
#include "StoreClient.h"
#include "core/Clock.h"
#include "onboarding/Profile.h"

#include <QDeadlineTimer>

namespace {

// A step status set while the server was gone is kept in the journal as a
// field that no profile field can be called (field keys are dotted words):
// the step's key after a '#', and the whole StepState as its value, so that
// the time it was set (and the expected date) survives the wait.
const QString KeptStatusPrefix = QStringLiteral("#status:");
const QChar KeptStatusSeparator = QLatin1Char('|');

QString keptStatusField(StepId step)
{
    return KeptStatusPrefix + stepKey(step);
}

QString keptStatusValue(const StepState &state)
{
    const auto stamp = [](const QDateTime &time) {
        return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
    };
    return QStringList {statusKey(state.status), stamp(state.since), stamp(state.expectedBy)}.join(
        KeptStatusSeparator);
}

struct KeptStatus
{
    StepId step;
    StepState state;
};

// Null for a field entry, and for a status entry this version cannot read.
std::optional<KeptStatus> keptStatus(const PendingEditJournal::Entry &entry)
{
    if (!entry.field.startsWith(KeptStatusPrefix))
        return std::nullopt;
    const std::optional<StepId> step
        = stepFromKey(QStringView(entry.field).mid(KeptStatusPrefix.size()));
    const QStringList parts = entry.value.split(KeptStatusSeparator);
    if (!step || parts.size() != 3)
        return std::nullopt;
    const std::optional<StepStatus> status = statusFromKey(parts.at(0));
    if (!status)
        return std::nullopt;
    KeptStatus kept {*step, {}};
    kept.state.status = *status;
    kept.state.since = QDateTime::fromString(parts.at(1), Qt::ISODateWithMs);
    kept.state.expectedBy = QDateTime::fromString(parts.at(2), Qt::ISODateWithMs);
    return kept;
}

} // namespace

ProfileAutosaver::ProfileAutosaver(
    Profile &profile, StoreClient &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_store(store)
    , m_clock(clock)
{
    connectProfile();
}

ProfileAutosaver::ProfileAutosaver(
    Profile &profile, ProgressStore &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_ownClient(std::make_unique<StoreClient>(store))
    , m_store(*m_ownClient)
    , m_clock(clock)
{
    connectProfile();
}

ProfileAutosaver::~ProfileAutosaver()
{
    // Whatever did not reach the store by now would die with this object: on
    // disk it waits for the next start. Edits refused in a conflict are not
    // kept (Reload drops them; kept ones that conflicted are still there).
    if (!m_journal || !m_profile.isLoaded() || m_conflict)
        return;
    QHash<QString, QString> unsaved = m_inFlight ? m_inFlightFields : QHash<QString, QString>();
    unsaved.insert(m_pendingFields);
    keepInJournal(
        unsaved, (m_inFlight ? m_inFlightStatuses : QList<PendingStatus>()) + m_pendingStatuses);
}

void ProfileAutosaver::connectProfile()
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &ProfileAutosaver::flush);
    connect(&m_profile, &Profile::fieldChanged, this, &ProfileAutosaver::onFieldChanged);
    connect(&m_profile, &Profile::stepStateChanged, this, &ProfileAutosaver::onStepStateChanged);
    connect(
        &m_profile, &Profile::currentPageChanged, this, &ProfileAutosaver::onCurrentPageChanged);
    connect(&m_profile, &Profile::reset, this, &ProfileAutosaver::onReset);
    connect(
        &m_store, &StoreClient::connectionRestored, this, &ProfileAutosaver::onConnectionRestored);
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
        m_timer.start(DebounceMs);
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
    // belonged to the previous one (or was refused as stale) and must not be
    // written into what was loaded now.
    m_timer.stop();
    m_pendingFields.clear();
    m_pendingStatuses.clear();
    m_pendingPage = -1;
    m_conflict = false;
    m_replayBase = -1;
    ++m_generation;
}

int ProfileAutosaver::baseVersion() const
{
    return m_replayBase >= 0 ? m_replayBase : m_profile.data().version;
}

QHash<QString, QString> ProfileAutosaver::journalEntries(
    const QHash<QString, QString> &fields, const QList<PendingStatus> &statuses)
{
    QHash<QString, QString> entries = fields;
    // In the order they were set: the last status of a step is the one kept.
    for (const PendingStatus &pending : statuses)
        entries.insert(keptStatusField(pending.step), keptStatusValue(pending.state));
    return entries;
}

bool ProfileAutosaver::keepInJournal(
    const QHash<QString, QString> &fields, const QList<PendingStatus> &statuses)
{
    const QHash<QString, QString> entries = journalEntries(fields, statuses);
    if (!m_journal || entries.isEmpty())
        return false;
    const Result<> kept = m_journal->keep(m_profile.id(), entries, baseVersion(), m_clock.now());
    if (!kept)
        emit saveFailed(kept.error());
    return kept.ok();
}

void ProfileAutosaver::replayKept()
{
    if (!m_journal || !m_profile.isLoaded())
        return;
    const Result<QList<PendingEditJournal::Entry>> kept = m_journal->entries(m_profile.id());
    if (!kept) {
        emit saveFailed(kept.error());
        return;
    }
    // A value the store holds already arrived (a save that ended after the
    // window closed): nothing to replay for it.
    QHash<QString, QString> arrived;
    QHash<QString, QString> fields;
    QList<KeptStatus> statuses;
    int base = m_profile.data().version;
    for (const PendingEditJournal::Entry &entry : kept.value()) {
        const std::optional<KeptStatus> status = keptStatus(entry);
        if (entry.field.startsWith(KeptStatusPrefix) && !status)
            continue; // not readable by this version: left in the journal
        const bool here = status ? m_profile.stepState(status->step) == status->state
                                 : m_profile.field(entry.field) == entry.value;
        if (here) {
            arrived.insert(entry.field, entry.value);
            continue;
        }
        base = std::min(base, entry.baseVersion);
        if (status)
            statuses.append(*status);
        else
            fields.insert(entry.field, entry.value);
    }
    if (const Result<> forgotten = m_journal->forgetSaved(m_profile.id(), arrived); !forgotten)
        emit saveFailed(forgotten.error());
    if (fields.isEmpty() && statuses.isEmpty())
        return;
    // One save for all of them, on the oldest version any was made on: the
    // steps' follow-ups (FlowRules) wait for the fields, and the statuses
    // come last, as they were when the window closed (their follow-ups were
    // kept with them).
    m_replayBase = base;
    m_replaying = true;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        m_profile.setField(it.key(), it.value());
    for (const KeptStatus &status : std::as_const(statuses))
        m_profile.restoreStepState(status.step, status.state);
    m_replaying = false;
    flush();
}

void ProfileAutosaver::dropKept()
{
    if (!m_journal || !m_profile.isLoaded())
        return;
    if (const Result<> forgotten = m_journal->forgetProfile(m_profile.id()); !forgotten)
        emit saveFailed(forgotten.error());
}

void ProfileAutosaver::onConnectionRestored()
{
    m_waitingForServer = false;
    if (hasPending())
        flush();
}

void ProfileAutosaver::report(const Error &error, bool kept)
{
    emit saveFailed(error);
    const StoreErrorKind kind = storeErrorKind(error);
    // The server could not be reached: on disk too, in case the window is
    // closed before it is back.
    if (!kept && (kind == StoreErrorKind::Disconnected || kind == StoreErrorKind::Unreachable))
        keepInJournal(m_pendingFields, m_pendingStatuses);
    if (kind == StoreErrorKind::Disconnected && !m_store.isConnected()) {
        // Written when the connection is back (onConnectionRestored).
        m_waitingForServer = true;
        return;
    }
    m_timer.start(RetryMs); // try again a little later
}

ProfileAutosaver::Outcome ProfileAutosaver::write(ProgressStore &store, const Batch &batch)
{
    Outcome outcome;
    outcome.version = batch.version;
    // Fields first: a status change may rest on them.
    if (!batch.fields.isEmpty()) {
        const Result<int> version
            = store.saveFields(batch.id, batch.fields, batch.now, outcome.version);
        if (!version) {
            outcome.error = version.error();
            return outcome;
        }
        outcome.version = version.value();
    }
    outcome.fieldsSaved = true;
    for (const PendingStatus &pending : batch.statuses) {
        const Result<int> version = store.saveStepState(
            batch.id, pending.step, pending.state, pending.previous, batch.now, outcome.version);
        if (!version) {
            outcome.error = version.error();
            return outcome;
        }
        outcome.version = version.value();
        ++outcome.statusesSaved;
    }
    if (batch.page >= 0) {
        if (const Result<> done = store.saveCurrentPage(batch.id, batch.page); !done) {
            outcome.error = done.error();
            return outcome;
        }
    }
    outcome.pageSaved = true;
    return outcome;
}

bool ProfileAutosaver::flush()
{
    m_timer.stop();
    if (!m_profile.isLoaded())
        return true;
    if (m_inFlight || m_conflict || m_replaying)
        return false; // the running save (or the replay) flushes again when it ends
    if (!hasPending())
        return true;

    Batch batch;
    batch.id = m_profile.id();
    batch.version = baseVersion();
    batch.now = m_clock.now();
    batch.fields = std::exchange(m_pendingFields, {});
    batch.statuses = std::exchange(m_pendingStatuses, {});
    batch.page = std::exchange(m_pendingPage, -1);
    // Known to be gone: kept on disk now, not after the failure comes back
    // (a reconnection attempt may hold the store's thread for seconds).
    if ((m_waitingForServer || !m_store.isConnected())
        && keepInJournal(batch.fields, batch.statuses))
        batch.kept = true;
    m_inFlight = true;
    m_inFlightFields = batch.fields;
    m_inFlightStatuses = batch.statuses;
    const quint64 generation = m_generation;
    m_store.post<Outcome>(
        [batch](ProgressStore &store) -> Result<Outcome> { return write(store, batch); }, this,
        [this, batch, generation](const Result<Outcome> &outcome) {
            m_inFlight = false;
            m_inFlightFields.clear();
            m_inFlightStatuses.clear();
            if (generation == m_generation) {
                finish(batch,
                    outcome ? outcome.value()
                            : Outcome {batch.version, false, 0, false, outcome.error()});
            }
            emit idle();
        });
    return !m_inFlight && !hasPending();
}

void ProfileAutosaver::finish(const Batch &batch, const Outcome &outcome)
{
    if (outcome.version > m_profile.data().version)
        m_profile.setVersion(outcome.version);
    // What was not written goes back in front of what was typed since.
    if (!outcome.fieldsSaved) {
        for (auto it = batch.fields.cbegin(); it != batch.fields.cend(); ++it) {
            if (!m_pendingFields.contains(it.key()))
                m_pendingFields.insert(it.key(), it.value());
        }
    }
    m_pendingStatuses = batch.statuses.mid(outcome.statusesSaved) + m_pendingStatuses;
    if (!outcome.pageSaved && batch.page >= 0 && m_pendingPage < 0)
        m_pendingPage = batch.page;

    const QHash<QString, QString> written = outcome.fieldsSaved
        ? journalEntries(batch.fields, batch.statuses.first(outcome.statusesSaved))
        : QHash<QString, QString>();
    if (!written.isEmpty()) {
        m_replayBase = -1; // the replayed edits are on the server now
        if (m_journal) {
            if (const Result<> forgotten = m_journal->forgetSaved(batch.id, written); !forgotten)
                emit saveFailed(forgotten.error());
        }
    }

    if (!outcome.error) {
        if (hasPending())
            flush(); // edits made while this save was under way
        else
            emit saved();
        return;
    }
    const Error &error = *outcome.error;
    if (storeErrorKind(error) != StoreErrorKind::Conflict) {
        report(error, batch.kept);
        return;
    }
    m_conflict = true;
    const qint64 id = batch.id;
    // The version the refused edits were made on (a replay's may be older
    // than the one loaded).
    const int seen = batch.version;
    const quint64 generation = m_generation;
    m_store.post<QList<ProfileEvent>>(
        [id, seen](ProgressStore &store) { return store.changesSince(id, seen); }, this,
        [this, error, generation](const Result<QList<ProfileEvent>> &changes) {
            if (generation == m_generation)
                emit conflict(error, changes ? changes.value() : QList<ProfileEvent>());
        });
}

bool ProfileAutosaver::flushAndWait(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    flush();
    // Each settle() delivers the running save's result, which may start the
    // next one (edits made meanwhile). No event is processed but those.
    while (m_inFlight && !deadline.hasExpired()) {
        if (!m_store.settle(int(std::max<qint64>(1, deadline.remainingTime()))))
            break;
    }
    return !m_inFlight && !hasPending();
}
