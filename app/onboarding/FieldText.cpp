#include "FieldText.h"

#include "FieldKey.h"

#include <QHash>

QString FieldText::label(const QString &key)
{
    return known(key).value_or(key);
}

std::optional<QString> FieldText::known(const QString &key)
{
    // Built per call: the texts must follow the current language.
    const QHash<QString, QString> labels = {
        {FieldKey::CompanyName, tr("Company name", "@label field")},
        {FieldKey::ProfileLabel, tr("Name in the list of companies", "@label field")},
        {FieldKey::CreditCode, tr("Unified social credit code", "@label field")},
        {FieldKey::CreditCodeOverride, tr("Reason for keeping the credit code", "@label field")},
        {FieldKey::LicenceNumber, tr("Business-licence registration number", "@label field")},
        {FieldKey::LegalRepresentativeId, tr("Legal representative's ID number", "@label field")},
        {FieldKey::LoginName, tr("Login name", "@label field")},
        {FieldKey::Mobile, tr("Mobile number", "@label field")},
        {FieldKey::Email, tr("E-mail", "@label field")},
        {FieldKey::DedicatedAccount, tr("New account for Finance Cloud only", "@label field")},
        {FieldKey::RealNameSubject, tr("Verified for", "@label field")},
        {FieldKey::RealNameMethod, tr("Verification method", "@label field")},
        {FieldKey::BankName, tr("Bank", "@label field")},
        {FieldKey::BankAccount, tr("Corporate account number", "@label field")},
        {FieldKey::DepositAmount, tr("Deposit amount", "@label field")},
        {FieldKey::DepositAttempts, tr("Deposit attempts used", "@label field")},
        {FieldKey::NoPublicResources, tr("No public-cloud resources confirmed", "@label field")},
        {FieldKey::CertificationOutcome, tr("Certification outcome", "@label field")},
        {FieldKey::ContractKind, tr("Contract", "@label field")},
        {FieldKey::TopUpDone, tr("Top-up done", "@label field")},
        {FieldKey::InvoiceTitle, tr("Invoice title", "@label field")},
        {FieldKey::TaxpayerId, tr("Taxpayer number", "@label field")},
        {FieldKey::FundTransfer, tr("Money on a public-cloud account", "@label field")},
        {FieldKey::FundTicketId, tr("Ticket number", "@label field")},
        {FieldKey::RegionId, tr("Region", "@label field")},
        {FieldKey::NetworkType, tr("Network type", "@label field")},
        {FieldKey::VpcCidr, tr("VPC CIDR block", "@label field")},
        {FieldKey::VSwitches, tr("vSwitches", "@label field")},
        {FieldKey::PrecheckAt, tr("Time of the public-resource check", "@label field")},
        {FieldKey::PrecheckVerdict, tr("Result of the public-resource check", "@label field")},
        {FieldKey::PrecheckRegions,
            tr("Regions read by the public-resource check", "@label field")},
        {FieldKey::PrecheckEcs,
            tr("ECS instances found by the public-resource check", "@label field")},
        {FieldKey::PrecheckRds,
            tr("RDS instances found by the public-resource check", "@label field")},
        {FieldKey::PrefillLocked,
            tr("Fields locked by the administrator's prefill file", "@label field")},
        {FieldKey::AccountCheckIdentity, tr("Account check: identity of the key", "@label field")},
        {FieldKey::AccountCheckBalance, tr("Account check: balance", "@label field")},
        {FieldKey::AccountCheckInvoiceTitle, tr("Account check: invoice title", "@label field")},
        {FieldKey::AccountCheckFinanceRegions,
            tr("Account check: finance regions", "@label field")},
        {FieldKey::NetworkCheck, tr("Network check: the network as built", "@label field")},
    };
    const auto found = labels.constFind(key);
    if (found == labels.constEnd())
        return std::nullopt;
    return *found;
}
