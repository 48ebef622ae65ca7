// One running wizard's state: the store, the profile being edited and its
// autosaver. Pages and headless commands go through this object; it is the
// only one that turns user intent ("open that company", "reload it") into
// store calls. With a threaded StoreClient no database work runs on the
// caller's thread. While the window's event loop runs, every call here
// answers later, through a callback (the window never waits for the store,
// and no event loop is nested); the calls that return their result wait for
// it, and are for start-up, prefill and tests, before any loop runs.
#pragma once

#include "core/Result.h"
#include "onboarding/Profile.h"
#include "storage/ProfileAutosaver.h"
#include "storage/ProgressStore.h"
#include "storage/StoreClient.h"

#include <QObject>

#include <functional>
#include <memory>

class Clock;
class PendingEditJournal;

class OnboardingSession : public QObject
{
    Q_OBJECT
public:
    OnboardingSession(StoreClient &store, const Clock &clock, QObject *parent = nullptr);
    // Runs every store call at once on this thread (tests, screenshots).
    OnboardingSession(ProgressStore &store, const Clock &clock, QObject *parent = nullptr);
    ~OnboardingSession() override;

    StoreClient &store() { return m_store; }
    const Clock &clock() const { return m_clock; }
    Profile &profile() { return m_profile; }
    ProfileAutosaver &autosaver() { return m_autosaver; }
    // Keeps the field edits that could not reach a shared store across
    // restarts (ProfileAutosaver::setJournal); null: none.
    void setJournal(PendingEditJournal *journal) { m_autosaver.setJournal(journal); }
    PendingEditJournal *journal() const { return m_autosaver.journal(); }

    // Callbacks: run on this thread with the result, unless `context` is
    // gone by then; at once (before the call returns) with an inline store.
    using Done = std::function<void(const Result<> &)>;
    template<typename T>
    using Answer = std::function<void(const Result<T> &)>;

    // Answers later: for the window.
    void profiles(QObject *context, Answer<QList<ProfileSummary>> done);
    // Opens profile `id` once the open one's pending edits are saved.
    void open(qint64 id, QObject *context, Done done);
    void create(const QString &companyName, QObject *context, Done done);
    // Loads the open profile again as the store has it now, dropping edits
    // that were not saved (after a conflict: someone else's changes win).
    void reload(QObject *context, Done done);
    // The open profile's events, newest first (pending edits saved first).
    void timeline(QObject *context, Answer<QList<ProfileEvent>> done);
    // Runs `then` once nothing is being saved: `saved` is false when an edit
    // is still pending (it could not be written, or a conflict holds it).
    void afterSaving(QObject *context, std::function<void(bool saved)> then);
    void saveLanguage(const QString &code);

    // Wait for their answer: before the event loop runs, or inline.
    Result<QList<ProfileSummary>> profiles() const { return m_store.listProfiles(); }
    Result<> open(qint64 id);
    Result<> create(const QString &companyName);
    // Opens the profile with edits kept from an earlier window (the latest
    // edited first), else the profile used last, if there is one. False
    // when there is none.
    bool openLast();
    QString savedLanguage() const;

    // Edits kept on this computer (PendingEditJournal) for profiles that were
    // deleted meanwhile, found by openLast(): they can never be saved, and
    // are not counted as waiting. Kept until the user discards them.
    struct KeptForDeleted
    {
        qint64 id = 0;
        QString company;
        int edits = 0;
    };
    QList<KeptForDeleted> keptForDeleted() const;
    // How many kept edits wait to be saved (those of deleted profiles not counted).
    int keptEditsWaiting() const;
    // Forgets the kept edits of the deleted profiles.
    Result<> discardKeptForDeleted();

    // Starts saving every pending edit; true when nothing is left to save.
    bool flush() { return m_autosaver.flush(); }
    // Saves every pending edit and blocks until the store has it (see
    // ProfileAutosaver::flushAndWait): on the way out, and in tests.
    bool flushAndWait() { return m_autosaver.flushAndWait(); }

signals:
    void profileOpened(qint64 id);
    void saveFailed(const Error &error);
    // A save was refused: someone else changed the profile (their `changes`,
    // oldest first). reload() resolves it.
    void conflict(const Error &error, const QList<ProfileEvent> &changes);
    void connectionLost(const Error &error);
    void connectionRestored();

private:
    void connectSignals();
    void adopt(const ProfileData &data);
    Error notSavedError() const;
    bool openIfPresent(qint64 id);
    void findKeptForDeleted(const QList<qint64> &kept);

    std::unique_ptr<StoreClient> m_ownStore;
    StoreClient &m_store;
    const Clock &m_clock;
    Profile m_profile;
    ProfileAutosaver m_autosaver;
    QList<std::pair<qint64, QString>> m_deletedWithKeptEdits; // id, company
};
