// Writes the profile being edited to the store without ever making the user
// wait or lose a keystroke: status and page changes at once, typing at most
// DebounceMs after the first unsaved edit, everything on flush(). Saves go
// through a StoreClient (on the store's thread in the program) and carry the
// profile version this window last saw: a save that would overwrite someone
// else's change is refused, and conflict() says what they changed. A failed
// write keeps the edit pending and tries again; while the server is gone the
// edits wait and are written when it is back. With a PendingEditJournal (a
// shared store) the field edits and step statuses that could not reach the server are also
// kept on disk, so that closing the window loses none: when the profile is
// opened again they are replayed on the version they were made on, so a
// change someone else made meanwhile is a conflict, never overwritten.
#pragma once

#include "core/Result.h"
#include "onboarding/Step.h"
#include "storage/PendingEditJournal.h"
#include "storage/ProgressStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class Clock;
class Profile;
class StoreClient;

class ProfileAutosaver : public QObject
{
    Q_OBJECT
public:
    static constexpr int DebounceMs = 400;
    static constexpr int RetryMs = DebounceMs * 5;

    ProfileAutosaver(
        Profile &profile, StoreClient &store, const Clock &clock, QObject *parent = nullptr);
    // Runs the saves at once on this thread (tests, headless use).
    ProfileAutosaver(
        Profile &profile, ProgressStore &store, const Clock &clock, QObject *parent = nullptr);
    ~ProfileAutosaver() override;

    // Starts writing every pending edit now. True when nothing is left to
    // write (always the case after a successful inline save); false while a
    // save is under way or something could not be written.
    bool flush();
    // flush(), then blocks until the save has ended or `timeoutMs` passed
    // (StoreClient::settle: no other event runs meanwhile). Only where no
    // event loop runs: on the way out, at start-up, in plain test code; the
    // window uses flush() and idle(). True when nothing is left pending.
    bool flushAndWait(int timeoutMs = 15000);
    bool hasPending() const;
    bool isSaving() const { return m_inFlight; }
    // A save was refused as stale: nothing more is written until the profile
    // is loaded again (Profile::load, e.g. OnboardingSession::reload()).
    bool hasConflict() const { return m_conflict; }

    // Where edits (fields and step statuses) that could not reach the server are kept; null (the
    // default, and always for a SQLite store, whose writes succeed or fail
    // at once): they live only as long as this object.
    void setJournal(PendingEditJournal *journal) { m_journal = journal; }
    PendingEditJournal *journal() const { return m_journal; }
    // After a profile was loaded: puts the edits kept for it back into it
    // and saves them on the version they were made on.
    void replayKept();
    // Forgets the kept edits of the open profile: the user chose to drop
    // them (Reload after a conflict).
    void dropKept();

signals:
    void saveFailed(const Error &error);
    void saved();
    // Someone else saved this profile since this window loaded it; `changes`
    // are theirs (oldest first). Pending edits are kept but not written.
    void conflict(const Error &error, const QList<ProfileEvent> &changes);
    // A save has ended, whatever its outcome.
    void idle();

private:
    struct PendingStatus
    {
        StepId step;
        StepState state;
        StepStatus previous;
    };
    struct Batch
    {
        qint64 id = 0;
        int version = 0;
        QDateTime now;
        QHash<QString, QString> fields;
        QList<PendingStatus> statuses;
        int page = -1;
        bool kept = false; // its fields are in the journal already
    };
    // How far a batch got: what was written, and the error that stopped it.
    struct Outcome
    {
        int version = 0;
        bool fieldsSaved = false;
        qsizetype statusesSaved = 0;
        bool pageSaved = false;
        std::optional<Error> error;
    };

    void connectProfile();
    void onFieldChanged(const QString &key, const QString &value);
    void onStepStateChanged(StepId step, const StepState &state, StepStatus previous);
    void onCurrentPageChanged(int page);
    void onReset();
    void onConnectionRestored();
    void finish(const Batch &batch, const Outcome &outcome);
    void report(const Error &error, bool kept);
    // The journal's entries for `fields` and `statuses` (a status is kept as
    // an entry of its own, see ProfileAutosaver.cpp).
    static QHash<QString, QString> journalEntries(
        const QHash<QString, QString> &fields, const QList<PendingStatus> &statuses);
    bool keepInJournal(const QHash<QString, QString> &fields, const QList<PendingStatus> &statuses);
    int baseVersion() const;
    static Outcome write(ProgressStore &store, const Batch &batch);

    Profile &m_profile;
    std::unique_ptr<StoreClient> m_ownClient;
    StoreClient &m_store;
    const Clock &m_clock;
    QTimer m_timer;
    QHash<QString, QString> m_pendingFields;
    int m_pendingPage = -1;
    QList<PendingStatus> m_pendingStatuses;
    bool m_inFlight = false;
    bool m_conflict = false;
    bool m_waitingForServer = false;
    QPointer<PendingEditJournal> m_journal;
    QHash<QString, QString> m_inFlightFields;
    QList<PendingStatus> m_inFlightStatuses;
    // While kept edits are replayed: the version they were made on (-1: none)
    int m_replayBase = -1;
    bool m_replaying = false; // putting kept edits back: no save starts meanwhile
    quint64 m_generation = 0; // bumped on reset: results of older batches are stale
};
