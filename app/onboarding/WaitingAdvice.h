// What a step that waits for the provider means for the user right now: since
// when it waits, by when it is expected (working days, WaitEstimate), whether
// it is due or overdue and by how many working days, and what to do now, with
// the guide's contact and the console's own labels. The one source of this
// text: the step's page, the summary, the sidebar and the checklist all show
// it. Pure: no widgets, no store, no clock of its own (now and the zone are
// passed in); it never decides how the advice is shown.
#pragma once

#include "ProfileData.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimeZone>

class WorkingDayCalendar;

class WaitingAdvice
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(WaitingAdvice)
public:
    // How pressing the wait is; a view chooses its look from it.
    enum class Urgency {
        None, // the step does not wait
        Pending, // waits; not expected yet, or no expected date is known
        Due, // expected today, or expected on a day since which no working day began
        Overdue, // at least one working day past the expected date
    };
    Q_ENUM(Urgency)

    // The address the guide gives for what cannot be done online.
    static QString contactAddress();

    // The advice for `step` as the profile stands at `now` (the user's day
    // is the one in `zone`); Urgency::None when the step does not wait.
    static WaitingAdvice of(const ProfileData &data, StepId step, const QDateTime &now,
        const QTimeZone &zone, const WorkingDayCalendar &calendar);
    // The same with the calendar built into the program.
    static WaitingAdvice of(
        const ProfileData &data, StepId step, const QDateTime &now, const QTimeZone &zone);
    // Whether of() reads the field `key` (besides the steps' states).
    static bool readsField(const QString &key);

    StepId step() const { return m_step; }
    Urgency urgency() const { return m_urgency; }
    bool isWaiting() const { return m_urgency != Urgency::None; }
    bool isOverdue() const { return m_urgency == Urgency::Overdue; }
    QDateTime since() const { return m_since; } // UTC; invalid when unknown
    QDateTime expectedBy() const { return m_expectedBy; } // UTC; invalid when unknown
    int overdueWorkingDays() const { return m_overdueDays; } // 0 unless overdue
    // Due on a day that has passed without a working day since: the working
    // day from which it counts as overdue. Invalid otherwise.
    QDate overdueFrom() const { return m_overdueFrom; }

    // Translated sentences, made when of() ran (so in the language then).
    // Where the step stands: since when, expected by, due or overdue.
    QString situation() const { return m_situation; }
    // What to do now, for this step, method and urgency.
    QString whatToDo() const { return m_whatToDo; }
    // That the estimate ignores holidays of a year the calendar lacks; often empty.
    QString caveat() const { return m_caveat; }
    // Whether whatToDo() names contactAddress().
    bool namesContact() const { return m_whatToDo.contains(contactAddress()); }
    // The situation, the advice and the caveat, one paragraph each (plain text).
    QStringList paragraphs() const;

    // Sentences run together as the language writes them: a space after an
    // English full stop, none after a Chinese one (。).
    static QString joinSentences(const QStringList &sentences);

    friend bool operator==(const WaitingAdvice &, const WaitingAdvice &) = default;

private:
    static QString whatToDoFor(const ProfileData &data, StepId step, Urgency urgency);
    static QString contactForVerification(const ProfileData &data);

    StepId m_step = StepId::Register;
    Urgency m_urgency = Urgency::None;
    QDateTime m_since;
    QDateTime m_expectedBy;
    int m_overdueDays = 0;
    QDate m_overdueFrom;
    QString m_situation;
    QString m_whatToDo;
    QString m_caveat;
};
