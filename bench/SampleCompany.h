// A company whose every page is complete, so that Next always moves on: the
// sample the bench programs fill in (the company name is set by each).
#pragma once

#include "onboarding/FieldKey.h"

#include <QList>
#include <QPair>
#include <QString>

inline const QList<QPair<QString, QString>> &completeCompanyFields()
{
    static const QList<QPair<QString, QString>> fields = {
        {FieldKey::CreditCode, QStringLiteral("91110108551385082Q")},
        {FieldKey::LicenceNumber, QStringLiteral("520000000005018")},
        {FieldKey::LegalRepresentativeId, QStringLiteral("11010519491231002X")},
        {FieldKey::LoginName, QStringLiteral("bench-fintech")},
        {FieldKey::Mobile, QStringLiteral("+8613800138000")},
        {FieldKey::Email, QStringLiteral("cloud-admin@example.com.cn")},
        {FieldKey::DedicatedAccount, FieldValue::True},
        {FieldKey::RealNameSubject, FieldValue::Enterprise},
        {FieldKey::RealNameMethod, FieldValue::MethodBankAccount},
        {FieldKey::BankName, QStringLiteral("Industrial and Commercial Bank of China")},
        {FieldKey::BankAccount, QStringLiteral("0200001234567890123")},
        {FieldKey::InvoiceTitle, QStringLiteral("Bench Fintech Ltd")},
        {FieldKey::TaxpayerId, QStringLiteral("91110108551385082Q")},
        {FieldKey::RegionId, QStringLiteral("cn-shanghai-finance-1")},
        {FieldKey::NetworkType, FieldValue::NetworkVpc},
        {FieldKey::VpcCidr, QStringLiteral("10.0.0.0/16")},
    };
    return fields;
}
