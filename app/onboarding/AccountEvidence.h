// What one read-only check of the Alibaba Cloud account found (issue 20,
// item 2): which check, when, the service's RequestId, whether it was
// answered and whether it found something to do, and the few facts that
// support it. Kept on the profile as one field per check (FieldKey::
// AccountCheck*, a small JSON object) and in the timeline, so that support
// staff on a shared store see the same evidence as the user. It also says
// which step status (or field value) the finding suggests.
// Must never change a status or a field itself (the user confirms a
// suggestion), never hold sentences (they are worded when shown,
// AccountEvidenceText) and never hold a credential.
#pragma once

#include "onboarding/Step.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

enum class AccountCheckKind { Identity, Balance, InvoiceTitle, FinanceRegions };

inline constexpr std::array<AccountCheckKind, 4> AllAccountChecks = {
    AccountCheckKind::Identity,
    AccountCheckKind::Balance,
    AccountCheckKind::InvoiceTitle,
    AccountCheckKind::FinanceRegions,
};

// What a check suggests: a step's status, or a field's value. The user
// confirms it; nothing applies it by itself.
struct AccountSuggestion
{
    StepId step = StepId::Register;
    std::optional<StepStatus> status; // set: suggests this status for `step`
    QString field; // otherwise: suggests `value` for this field (of `step`)
    QString value;

    friend bool operator==(const AccountSuggestion &, const AccountSuggestion &) = default;
};

struct ProfileData;

struct AccountEvidence
{
    enum class Outcome {
        Fine, // answered; nothing to do
        ToDo, // answered; something to do (top up, a RAM user's key, …)
        Unanswered, // the check could not be made (permission, network, …)
    };

    AccountCheckKind check = AccountCheckKind::Identity;
    Outcome outcome = Outcome::Unanswered;
    QDateTime at; // UTC
    QString requestId;

    // Identity (GetCallerIdentity)
    QString accountId;
    QString identityType; // Account, RAMUser, AssumedRoleUser
    QString arn;
    // Balance (QueryAccountBalance): the amount as the service wrote it
    QString availableAmount;
    QString currency;
    // Invoice title (QueryInvoicingCustomerList)
    int invoiceTitles = 0;
    QString firstInvoiceTitle;
    // Finance regions (DescribeRegions)
    QStringList financeRegions;
    // Unanswered: the service's error code, else a word for the failure
    // (timeout, network, tls, malformed, http); and the read-only policy
    // that grants the call when the service refused it for lack of one.
    QString errorCode;
    QString policy;

    static QString fieldKey(AccountCheckKind check);
    static std::optional<AccountCheckKind> checkOfField(const QString &key);
    static QString checkKey(AccountCheckKind check); // identity, balance, …
    static QString outcomeKey(Outcome outcome);
    // Which step's page shows the check.
    static StepId stepOf(AccountCheckKind check);

    // The profile field's value: compact JSON, stable keys.
    QString toFieldValue() const;
    // None for a value that is not a readable record of `check`.
    static std::optional<AccountEvidence> fromFieldValue(
        AccountCheckKind check, const QString &value);
    static std::optional<AccountEvidence> fromProfile(
        const ProfileData &data, AccountCheckKind check);

    // The suggestion, when the finding supports one and the profile does
    // not already say so.
    std::optional<AccountSuggestion> suggestion(const ProfileData &data) const;
    // The suggestion whatever the profile says (for tests and the CLI).
    std::optional<AccountSuggestion> suggestion() const;
};
