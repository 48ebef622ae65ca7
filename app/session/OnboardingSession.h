// One running wizard's state: the store, the profile being edited and its
// autosaver. Pages and headless commands go through this object; it is the
// only one that turns user intent ("open that company") into store calls.
#pragma once

#include "core/Result.h"
#include "onboarding/Profile.h"
#include "storage/ProfileAutosaver.h"
#include "storage/ProgressStore.h"

#include <QObject>

class Clock;

class OnboardingSession : public QObject
{
    Q_OBJECT
public:
    OnboardingSession(ProgressStore &store, const Clock &clock, QObject *parent = nullptr);

    ProgressStore &store() { return m_store; }
    const Clock &clock() const { return m_clock; }
    Profile &profile() { return m_profile; }
    ProfileAutosaver &autosaver() { return m_autosaver; }

    Result<QList<ProfileSummary>> profiles() const { return m_store.listProfiles(); }
    Result<> open(qint64 id);
    Result<> create(const QString &companyName);
    // Opens the profile used last, if there is one. False when there is none.
    bool openLast();
    bool flush() { return m_autosaver.flush(); }
    // The open profile's events, newest first (pending edits saved first).
    Result<QList<ProfileEvent>> timeline();

    QString savedLanguage() const;
    void saveLanguage(const QString &code);

signals:
    void profileOpened(qint64 id);
    void saveFailed(const Error &error);

private:
    ProgressStore &m_store;
    const Clock &m_clock;
    Profile m_profile;
    ProfileAutosaver m_autosaver;
};
