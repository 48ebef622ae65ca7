// Chooses the company to work on among any number of profiles: search by
// company name or credit code as you type, filter by status, sort by any
// column; Enter, a double click or Open opens the profile in the session.
// Keyboard first: typing always goes to the search field, the arrow keys move
// through the list from there. A view over ProfileListModel: it never
// queries the store itself and never waits for it.
#pragma once

#include "directory/ConnectionOpener.h"

#include <QDialog>
#include <QTimer>

class Callout;
class OnboardingSession;
class ProfileListModel;
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

    OnboardingSession &m_session;
    ProfileListModel *m_model;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QLabel *m_filterLabel;
    QComboBox *m_filter;
    QTableView *m_table;
    QLabel *m_count;
    Callout *m_error;
    QPushButton *m_open;
    QPushButton *m_close;
    QTimer m_typing;
    qint64 m_wanted = 0; // the profile the user moved to: kept current when the list changes
    bool m_choosingRow = false;
    bool m_opening = false; // the store is opening the chosen profile
};
