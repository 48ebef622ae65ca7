#include "AccountEvidenceText.h"

#include "i18n/DateText.h"
#include "onboarding/FieldKey.h"
#include "onboarding/FieldText.h"
#include "onboarding/StepText.h"

#include <QLocale>

QString AccountEvidenceText::title(AccountCheckKind check)
{
    switch (check) {
    case AccountCheckKind::Identity:
        return tr("Whose key this is", "@title check");
    case AccountCheckKind::Balance:
        return tr("Account balance", "@title check");
    case AccountCheckKind::InvoiceTitle:
        return tr("Invoice title", "@title check");
    case AccountCheckKind::FinanceRegions:
        return tr("Finance regions", "@title check");
    }
    return {};
}

QString AccountEvidenceText::policyFor(AccountCheckKind check)
{
    switch (check) {
    case AccountCheckKind::Identity:
        return {};
    case AccountCheckKind::Balance:
    case AccountCheckKind::InvoiceTitle:
        return QStringLiteral("AliyunBSSReadOnlyAccess");
    case AccountCheckKind::FinanceRegions:
        return QStringLiteral("AliyunECSReadOnlyAccess");
    }
    return {};
}

namespace {

QString unanswered(const AccountEvidence &evidence)
{
    if (!evidence.policy.isEmpty())
        return AccountEvidenceText::tr("Could not check: the key may not read this (%1). The "
                                       "read-only policy %2 grants it.",
            "@info %1 the service's error code, %2 a RAM policy name")
            .arg(evidence.errorCode, evidence.policy);
    if (evidence.errorCode.isEmpty())
        return AccountEvidenceText::tr("Could not check.", "@info");
    return AccountEvidenceText::tr("Could not check (%1).", "@info %1 an error code")
        .arg(evidence.errorCode);
}

QString identity(const AccountEvidence &evidence)
{
    if (evidence.identityType == QLatin1String("Account"))
        return AccountEvidenceText::tr("The key is the root account's own key (account %1). The "
                                       "guide recommends a RAM user's key for daily work.",
            "@info %1 an account id")
            .arg(evidence.accountId);
    if (evidence.identityType == QLatin1String("RAMUser"))
        return AccountEvidenceText::tr(
            "The key belongs to a RAM user of account %1.", "@info %1 an account id")
            .arg(evidence.accountId);
    if (evidence.identityType == QLatin1String("AssumedRoleUser"))
        return AccountEvidenceText::tr(
            "The key is a role's temporary key in account %1.", "@info %1 an account id")
            .arg(evidence.accountId);
    return AccountEvidenceText::tr(
        "The key belongs to account %1 (identity type %2).", "@info %1 an account id")
        .arg(evidence.accountId, evidence.identityType);
}

QString balance(const AccountEvidence &evidence)
{
    if (evidence.outcome == AccountEvidence::Outcome::Fine)
        return AccountEvidenceText::tr("Available balance: %1 %2. The account has been topped up.",
            "@info %1 an amount, %2 a currency")
            .arg(evidence.availableAmount, evidence.currency);
    return AccountEvidenceText::tr(
        "Available balance: %1 %2. The account has not been topped up yet.",
        "@info %1 an amount, %2 a currency")
        .arg(evidence.availableAmount, evidence.currency);
}

QString invoiceTitle(const AccountEvidence &evidence)
{
    if (evidence.outcome != AccountEvidence::Outcome::Fine)
        return AccountEvidenceText::tr("No invoice title is set up on the account yet.", "@info");
    if (evidence.firstInvoiceTitle.isEmpty())
        return AccountEvidenceText::tr("An invoice title is set up on the account (%n title(s)).",
            "@info", evidence.invoiceTitles);
    return AccountEvidenceText::tr(
        "An invoice title is set up on the account: \"%1\" (%n title(s)).",
        "@info %1 the invoice title", evidence.invoiceTitles)
        .arg(evidence.firstInvoiceTitle);
}

QString financeRegions(const AccountEvidence &evidence)
{
    if (evidence.outcome != AccountEvidence::Outcome::Fine)
        return AccountEvidenceText::tr("No finance region is visible to the account: "
                                       "certification does not appear to be complete yet.",
            "@info");
    return AccountEvidenceText::tr(
        "Finance regions visible to the account: %1. Certification appears to be complete "
        "(an inference from the region list, not a confirmation).",
        "@info %1 region ids")
        .arg(evidence.financeRegions.join(QStringLiteral(", ")));
}

} // namespace

QString AccountEvidenceText::finding(const AccountEvidence &evidence)
{
    if (evidence.outcome == AccountEvidence::Outcome::Unanswered)
        return unanswered(evidence);
    switch (evidence.check) {
    case AccountCheckKind::Identity:
        return identity(evidence);
    case AccountCheckKind::Balance:
        return balance(evidence);
    case AccountCheckKind::InvoiceTitle:
        return invoiceTitle(evidence);
    case AccountCheckKind::FinanceRegions:
        return financeRegions(evidence);
    }
    return {};
}

QString AccountEvidenceText::when(const AccountEvidence &evidence, const QTimeZone &zone)
{
    const QString at = DateText::dateTime(evidence.at, zone);
    if (evidence.requestId.isEmpty())
        return tr("Checked %1", "@info %1 a date and time").arg(at);
    return tr("Checked %1 · RequestId %2", "@info %1 a date and time").arg(at, evidence.requestId);
}

QString AccountEvidenceText::suggestion(const AccountSuggestion &suggestion)
{
    if (suggestion.status)
        return tr("Suggested: step %1 (%2) %3", "@info %3 a status")
            .arg(stepNumber(suggestion.step))
            .arg(StepText::title(suggestion.step), StepText::status(*suggestion.status));
    if (suggestion.field == FieldKey::TopUpDone)
        return tr("Suggested: mark the top-up as done", "@info");
    return tr("Suggested: %1 \"%2\"", "@info %1 a field's name, %2 its value")
        .arg(FieldText::label(suggestion.field), suggestion.value);
}

QString AccountEvidenceText::timeline(const AccountEvidence &evidence)
{
    const QString found = finding(evidence);
    if (evidence.requestId.isEmpty())
        return tr("Account check, %1: %2", "@info timeline").arg(title(evidence.check), found);
    return tr("Account check, %1: %2 (RequestId %3)", "@info timeline")
        .arg(title(evidence.check), found, evidence.requestId);
}
