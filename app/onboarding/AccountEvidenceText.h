// An account check's record (AccountEvidence) in words, in the language of
// the moment: the check's name, what it found, when and with which
// RequestId, what it suggests, and the one-line form for the timeline.
// Used by the wizard's panel, the check-account command and EventText.
// Must never call an inference a confirmation: finance regions being
// visible means certification "appears" complete, nothing more.
#pragma once

#include "AccountEvidence.h"

#include <QCoreApplication>

class QTimeZone;

class AccountEvidenceText
{
    Q_DECLARE_TR_FUNCTIONS(AccountEvidenceText)
public:
    static QString title(AccountCheckKind check);
    // One or two sentences: the finding, or why there is none.
    static QString finding(const AccountEvidence &evidence);
    // "Checked 2026-12-07 10:15 · RequestId 4C1A…"
    static QString when(const AccountEvidence &evidence, const QTimeZone &zone);
    // "Suggested: step 1 (Register) Done", "Suggested: mark the top-up as done".
    static QString suggestion(const AccountSuggestion &suggestion);
    // For the timeline: "Account check, balance: … (RequestId …)".
    static QString timeline(const AccountEvidence &evidence);
    // The read-only policy that grants the check's call; empty when it
    // needs none (GetCallerIdentity).
    static QString policyFor(AccountCheckKind check);
};
