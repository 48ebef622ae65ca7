// The keys under which a profile's values are stored, and the fixed values of
// the choice fields. One list for the pages, the store and (later) the data
// files, so a key is spelled in exactly one place.
#pragma once

#include <QString>
#include <QStringList>

namespace FieldKey {
inline const QString CompanyName = QStringLiteral("company.name");
inline const QString CreditCode = QStringLiteral("company.credit_code");
// Why a credit code that fails its check character is kept anyway.
inline const QString CreditCodeOverride = QStringLiteral("company.credit_code_override");
inline const QString LicenceNumber = QStringLiteral("company.licence_number");
inline const QString LegalRepresentativeId = QStringLiteral("company.legal_rep_id");

inline const QString LoginName = QStringLiteral("register.login_name");
inline const QString Mobile = QStringLiteral("register.mobile");
inline const QString Email = QStringLiteral("register.email");
inline const QString DedicatedAccount = QStringLiteral("register.dedicated_account");

inline const QString RealNameSubject = QStringLiteral("real_name.subject");
inline const QString RealNameMethod = QStringLiteral("real_name.method");
inline const QString BankName = QStringLiteral("real_name.bank_name");
inline const QString BankAccount = QStringLiteral("real_name.bank_account");
inline const QString DepositAmount = QStringLiteral("real_name.deposit_amount");
inline const QString DepositAttempts = QStringLiteral("real_name.deposit_attempts");

inline const QString NoPublicResources = QStringLiteral("certification.no_public_resources");
inline const QString CertificationOutcome = QStringLiteral("certification.outcome");

inline const QString ContractKind = QStringLiteral("services.contract");
inline const QString TopUpDone = QStringLiteral("services.top_up_done");
inline const QString InvoiceTitle = QStringLiteral("services.invoice_title");
inline const QString TaxpayerId = QStringLiteral("services.taxpayer_id");
inline const QString FundTransfer = QStringLiteral("services.fund_transfer");
inline const QString FundTicketId = QStringLiteral("services.fund_ticket_id");

inline const QString RegionId = QStringLiteral("region.region_id");
inline const QString NetworkType = QStringLiteral("region.network");
inline const QString VpcCidr = QStringLiteral("region.vpc_cidr");
// JSON array of {"zone": "...", "cidr": "..."}, one per vSwitch.
inline const QString VSwitches = QStringLiteral("region.vswitches");

// The last public-resource pre-check, recorded by the program (counts only).
inline const QString PrecheckAt = QStringLiteral("precheck.checked_at");
inline const QString PrecheckVerdict = QStringLiteral("precheck.verdict");
inline const QString PrecheckRegions = QStringLiteral("precheck.regions");
inline const QString PrecheckEcs = QStringLiteral("precheck.ecs");
inline const QString PrecheckRds = QStringLiteral("precheck.rds");
// The values one pre-check records together.
inline const QStringList Precheck
    = {PrecheckAt, PrecheckVerdict, PrecheckRegions, PrecheckEcs, PrecheckRds};
// The last read-only check of the account, one record per check
// (AccountEvidence: a small JSON object with its time and RequestId).
// Recorded by the program; no step's field, so that storing one never
// starts a step by itself (FlowRules::stepOfField).
inline const QString AccountCheckIdentity = QStringLiteral("account_check.identity");
inline const QString AccountCheckBalance = QStringLiteral("account_check.balance");
inline const QString AccountCheckInvoiceTitle = QStringLiteral("account_check.invoice_title");
inline const QString AccountCheckFinanceRegions = QStringLiteral("account_check.finance_regions");
inline const QStringList AccountChecks = {AccountCheckIdentity, AccountCheckBalance,
    AccountCheckInvoiceTitle, AccountCheckFinanceRegions};
// The last check of the built network against the plan (NetworkEvidence:
// a small JSON object with its time and RequestIds). Recorded by the
// program; no step's field, so that storing it never starts step 5 by
// itself; a match only suggests step 5 done.
inline const QString NetworkCheck = QStringLiteral("network_check.result");
// The fields an administrator's prefill file locked (FieldLocks: a JSON array of keys).
inline const QString PrefillLocked = QStringLiteral("prefill.locked");
// What the program's lists call the profile when it must differ from the
// company name (an import kept beside a profile of the same company: "<name>
// (2)"). Never company data: the company name stays as the company is
// registered, because the user copies it into the console. Empty: the
// company name is the label.
inline const QString ProfileLabel = QStringLiteral("profile.label");

// Every key above, in the order a person reads the wizard.
inline const QStringList All = {
    CompanyName,
    CreditCode,
    CreditCodeOverride,
    LicenceNumber,
    LegalRepresentativeId,
    LoginName,
    Mobile,
    Email,
    DedicatedAccount,
    RealNameSubject,
    RealNameMethod,
    BankName,
    BankAccount,
    DepositAmount,
    DepositAttempts,
    NoPublicResources,
    CertificationOutcome,
    ContractKind,
    TopUpDone,
    InvoiceTitle,
    TaxpayerId,
    FundTransfer,
    FundTicketId,
    RegionId,
    NetworkType,
    VpcCidr,
    VSwitches,
    PrecheckAt,
    PrecheckVerdict,
    PrecheckRegions,
    PrecheckEcs,
    PrecheckRds,
};

// Every key a stored profile may hold: the above, and what the program keeps
// beside them. A profile file (export, import) carries exactly these.
inline const QStringList Stored
    = All + QStringList {PrefillLocked, ProfileLabel} + AccountChecks + QStringList {NetworkCheck};
} // namespace FieldKey

namespace FieldValue {
inline const QString True = QStringLiteral("true");
inline const QString False = QStringLiteral("false");

inline const QString Enterprise = QStringLiteral("enterprise");
inline const QString Government = QStringLiteral("government");
inline const QString Personal = QStringLiteral("personal");

inline const QString MethodLegalRepFace = QStringLiteral("legal_rep_face");
inline const QString MethodEnterpriseAlipay = QStringLiteral("enterprise_alipay");
inline const QString MethodBankAccount = QStringLiteral("bank_account");

inline const QString OutcomeNotSubmitted = QStringLiteral("not_submitted");
inline const QString OutcomeSubmitted = QStringLiteral("submitted");
inline const QString OutcomeApproved = QStringLiteral("approved");
inline const QString OutcomeRejectedPublicResources = QStringLiteral("rejected_public_resources");
inline const QString OutcomeFailed = QStringLiteral("failed");

inline const QString ContractOnline = QStringLiteral("online");
inline const QString ContractOffline = QStringLiteral("offline");

inline const QString TransferNone = QStringLiteral("none");
inline const QString TransferNeeded = QStringLiteral("needed");
inline const QString TransferTicketOpened = QStringLiteral("ticket_opened");

inline const QString NetworkClassic = QStringLiteral("classic");
inline const QString NetworkVpc = QStringLiteral("vpc");
} // namespace FieldValue
