// A profile's timeline: every change, newest first, with when (in the user's
// locale and time zone), who, and what in words (EventText; never a raw key).
// Shows what the session hands it; it never queries the store itself.
#pragma once

#include "core/Result.h"
#include "storage/ProgressStore.h"

#include <QDialog>

class OnboardingSession;
class QLabel;
class QTableWidget;

class TimelineDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TimelineDialog(OnboardingSession &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Asks the session for the events; the table fills when they come.
    void reload();

private:
    void showEvents(const QString &company, const Result<QList<ProfileEvent>> &events);

    OnboardingSession &m_session;
    QLabel *m_heading;
    QTableWidget *m_table;
};
