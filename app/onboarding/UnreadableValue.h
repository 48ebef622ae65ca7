// The entries of ProfileData::unreadable: each one stored value this program
// cannot read — a row for a step it does not know, a status it does not know,
// a date that does not parse — described so that a person can find it in the
// database:
//   step_states: step "foo" status "bar"   (a row of an unknown step)
//   step real_name: status "bar"           (an unknown status)
//   step real_name: since "garbage"        (likewise expected_by)
//   step_states: since "garbage"           (a step's, which one not known)
//   profiles: updated_at "garbage"         (likewise created_at)
// The value is quoted with '"', '\' and control characters escaped and cut
// at 40 characters, so an entry is always one line. Entries are made here and
// read back here (which step, which column), so the store, the reports and
// the wizard agree on one spelling. Like a log line they name database
// columns and are not translated; what surrounds them is.
#pragma once

#include "Step.h"

#include <QString>
#include <QStringList>

class UnreadableValue
{
public:
    // The columns of step_states an entry may name.
    static inline const QString Status = QStringLiteral("status");
    static inline const QString Since = QStringLiteral("since");
    static inline const QString ExpectedBy = QStringLiteral("expected_by");
    // Longer values are cut (with "…") when quoted.
    static constexpr qsizetype QuotedLength = 40;

    static QString unknownStep(QStringView step, QStringView status);
    static QString ofStep(StepId step, QStringView column, QStringView value);
    // A step_states value read without its step (e.g. the earliest of several).
    static QString ofSomeStep(QStringView column, QStringView value);
    static QString ofProfile(QStringView column, QStringView value);

    // Whether one of `entries` is about `column` of `step` (any column of it
    // when `column` is empty). Rows of unknown steps concern no known step.
    static bool concerns(const QStringList &entries, StepId step, QStringView column = {});

    static QString quoted(QStringView value);
};
