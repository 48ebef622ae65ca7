// Chooses the company to work on among any number of profiles: search by
// company name or credit code as you type, filter by status, sort by any
// column; Enter, a double click or Open opens the profile in the session.
// Keyboard first: typing always goes to the search field, the arrow keys move
// through the list from there. A company is archived (hidden unless "Show
// archived" is on) or restored, and deleted after a question, from the
// buttons, the list's context menu (also the Menu key) and the Delete key in
// the list (ProfileRemoval); a deletion can be undone from here. The search
// and the status filter stay between openings (support staff work through
// one filtered set, company after company), so whenever they leave companies
// out the count says so ("Showing 3 of 40 companies — search: …") beside a
// button that clears them: a filter is never in force unseen.
// A view over ProfileListModel: it never queries the store itself and never
// waits for it.
#pragma once

#include "directory/ConnectionOpener.h"

#include <QDialog>
#include <QTimer>

class Callout;
class OnboardingSession;
class ProfileListModel;
class ProfileRemoval;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

class ProfilePicker : public QDialog
{
    Q_OBJECT
public:
    ProfilePicker(OnboardingSession &session, ConnectionOpener opener, QWidget *parent = nullptr);

    // Typing pauses this long before the list is asked again.
    static constexpr int TypingPauseMs = 150;

    ProfileListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The profile of the current row; 0 when there is none.
    qint64 currentProfileId() const;
    // Opens the current row's profile (OnboardingSession::open) and closes.
    void openCurrent();
    // The current row's profile: archives it, or restores it when archived.
    void toggleArchivedCurrent();
    // Asks, then deletes the current row's profile.
    void deleteCurrent();
    // Empties the search and shows every status.
    void clearFilter();
    ProfileRemoval *removal() const { return m_removal; }
    // "Showing N of M companies — …": what the list shows, and what leaves
    // companies out.
    QString countText() const;

signals:
    // The session has opened profile `id`.
    void profileOpened(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void onLoaded();
    void updateCount();
    void updateOpenButton();
    void showContextMenu(const QPoint &position);
    // The current row's menu at `at` (viewport coordinates).
    void popUpMenu(const QPoint &at);
    void onRemovalChanged(qint64 id, int change);
    void showError(const Error &error);

    OnboardingSession &m_session;
    ProfileListModel *m_model;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QLabel *m_filterLabel;
    QComboBox *m_filter;
    QCheckBox *m_showArchived;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_clearFilter;
    QLabel *m_undoNote;
    QPushButton *m_undo;
    Callout *m_error;
    QPushButton *m_archive;
    QPushButton *m_delete;
    QPushButton *m_open;
    QPushButton *m_close;
    ProfileRemoval *m_removal;
    QTimer m_typing;
    qint64 m_wanted = 0; // the profile the user moved to: kept current when the list changes
    bool m_choosingRow = false;
    bool m_opening = false; // the store is opening the chosen profile
};
