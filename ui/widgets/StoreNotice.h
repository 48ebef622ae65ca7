// The wizard's notices about the store: a save refused because someone else
// changed the profile (who, when, what — and a Reload button), a lost
// connection to the shared database (edits kept, saved when it is back), how
// many edits wait on this computer for the shared database (and which belong
// to a profile deleted meanwhile, with a Discard button), and
// damaged data in the open profile (values the store could not read, each
// named). It only shows what it is told; it never talks to the store.
#pragma once

#include "core/Result.h"
#include "storage/ProgressStore.h"

#include <QTimeZone>
#include <QWidget>

class Callout;
class QPushButton;

class StoreNotice : public QWidget
{
    Q_OBJECT
public:
    // At most this many changes are listed; the timeline has them all.
    static constexpr int ChangesShown = 4;

    explicit StoreNotice(QWidget *parent = nullptr);

    void showConflict(const QList<ProfileEvent> &changes, const QTimeZone &zone);
    void showConnectionLost();
    void showConnectionRestored();
    void clearConflict();
    // How many edits wait on this computer (PendingEditJournal); 0 hides it.
    void showKeptEdits(int count);
    // Kept edits of profiles deleted meanwhile (`companies`, their names):
    // they cannot be saved; the Discard button drops them. 0 hides it.
    void showKeptForDeleted(int count, const QStringList &companies);
    // `unreadable`: ProfileData::unreadable of the profile now open (empty:
    // the notice goes away).
    void showDamagedData(const QString &company, qint64 profileId, const QStringList &unreadable);

    bool isShowingConflict() const { return m_conflictShown; }
    bool isShowingConnectionLost() const { return m_connectionLost; }
    int keptEdits() const { return m_keptEdits; }
    int keptForDeleted() const { return m_keptForDeleted; }
    bool isShowingDamagedData() const { return !m_unreadable.isEmpty(); }
    Callout *callout() const { return m_callout; }
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *discardButton() const { return m_discard; }

signals:
    void reloadRequested();
    void discardKeptForDeletedRequested();

private:
    void refresh();

    Callout *m_callout;
    QPushButton *m_reload;
    QPushButton *m_discard;
    QList<ProfileEvent> m_changes;
    QTimeZone m_zone;
    QString m_company;
    qint64 m_profileId = 0;
    QStringList m_unreadable;
    bool m_conflictShown = false;
    bool m_connectionLost = false;
    int m_keptEdits = 0;
    int m_keptForDeleted = 0;
    QStringList m_deletedCompanies;
};
