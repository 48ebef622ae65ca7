// One running wizard's state: the store, the profile being edited and its
// autosaver. Pages and headless commands go through this object; it is the
// only one that turns user intent ("open that company", "reload it") into
// store calls. With a threaded StoreClient no database work runs on the
// caller's thread: calls that need an answer wait for it while the window
// keeps painting.
#pragma once

#include "core/Result.h"
#include "onboarding/Profile.h"
#include "storage/ProfileAutosaver.h"
#include "storage/ProgressStore.h"
#include "storage/StoreClient.h"

#include <QObject>

#include <memory>

class Clock;

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

    Result<QList<ProfileSummary>> profiles() const { return m_store.listProfiles(); }
    Result<> open(qint64 id);
    Result<> create(const QString &companyName);
    // Opens the profile used last, if there is one. False when there is none.
    bool openLast();
    // Loads the open profile again as the store has it now, dropping edits
    // that were not saved (after a conflict: someone else's changes win).
    Result<> reload();
    // Starts saving every pending edit; true when nothing is left to save.
    bool flush() { return m_autosaver.flush(); }
    // Saves every pending edit and waits for the store (closing, switching).
    bool flushAndWait() { return m_autosaver.flushAndWait(); }
    // The open profile's events, newest first (pending edits saved first).
    Result<QList<ProfileEvent>> timeline();

    QString savedLanguage() const;
    void saveLanguage(const QString &code);

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

    std::unique_ptr<StoreClient> m_ownStore;
    StoreClient &m_store;
    const Clock &m_clock;
    Profile m_profile;
    ProfileAutosaver m_autosaver;
};
