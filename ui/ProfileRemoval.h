// Puts a company's profile out of the way from a list (the profile picker,
// the welcome page's saved companies): archive and restore at once, delete
// after a window-modal question that names the company, and undo a deletion.
// Each goes to the store on its thread with the version the list showed, so
// a profile someone changed since is not archived or deleted on the strength
// of an old picture. It never deletes the profile open in the wizard (its
// window would go on editing a tombstone), never erases anything (a deletion
// is a tombstone with its event: ProgressStore::deleteProfile) and never
// waits for the store.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

class OnboardingSession;
class QMessageBox;
class QWidget;

class ProfileRemoval : public QObject
{
    Q_OBJECT
public:
    // A profile as the list showed it.
    struct Target
    {
        qint64 id = 0;
        QString label; // what the list calls it
        int version = -1; // as read by the list; -1 (ProgressStore::AnyVersion): not known
    };
    enum class Change { Archived, Restored, Deleted, Undeleted };

    ProfileRemoval(OnboardingSession &session, QWidget *window);

    // False for the profile open in the wizard.
    bool canDelete(qint64 id) const;
    // Asks first: "Delete the profile of <label>?"; Cancel is the default.
    void askAndDelete(const Target &target);
    void setArchived(const Target &target, bool archived);
    // Brings back the profile deleted last through this object.
    void undoDelete();
    // The profile deleted last (undoDelete()'s); id 0 when none.
    const Target &lastDeleted() const { return m_lastDeleted; }
    // The question askAndDelete() shows while it is open.
    QMessageBox *question() const { return m_question; }

    // The question's texts, also for a test that reads them.
    static QString questionText(const QString &label);

signals:
    void changed(qint64 id, ProfileRemoval::Change change);
    // Nothing was changed; `error` says why (a conflict: someone changed
    // the profile since the list was read).
    void failed(const Error &error);

private:
    void apply(const Target &target, Change change);

    OnboardingSession &m_session;
    QWidget *m_window;
    QPointer<QMessageBox> m_question;
    Target m_lastDeleted;
};
