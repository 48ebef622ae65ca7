// Test support: one realistic profile written into a store through its
// ordinary save calls (so it has the events a real one has): a Chinese
// company, step 1 done, step 2 waiting for the bank deposit, a VPC plan in
// Shanghai (so step 5 is in progress), the wizard left on page 2.
#pragma once

#include "onboarding/FieldKey.h"
#include "storage/ProgressStore.h"

#include <QDebug>

namespace SampleProfile {

inline const QString Company = QStringLiteral("示例科技有限公司");
inline const QString CreditCode = QStringLiteral("91110108551385082Q");
inline const QString RegionId = QStringLiteral("cn-shanghai-finance-1");
inline const QString VpcCidr = QStringLiteral("10.0.0.0/16");
inline const QString FirstZone = QStringLiteral("cn-shanghai-finance-1f");
inline const QDateTime Start(QDate(2026, 3, 2), QTime(1, 0, 0, 125), Qt::UTC);

inline QHash<QString, QString> fields()
{
    return {
        {FieldKey::CreditCode, CreditCode},
        {FieldKey::LicenceNumber, QStringLiteral("520000000005018")},
        {FieldKey::LegalRepresentativeId, QStringLiteral("11010519491231002X")},
        {FieldKey::LoginName, QStringLiteral("example-fintech")},
        {FieldKey::Mobile, QStringLiteral("+8613800138000")},
        {FieldKey::Email, QStringLiteral("cloud-admin@example.com.cn")},
        {FieldKey::DedicatedAccount, FieldValue::True},
        {FieldKey::RealNameSubject, FieldValue::Enterprise},
        {FieldKey::RealNameMethod, FieldValue::MethodBankAccount},
        {FieldKey::BankName, QStringLiteral("中国工商银行")},
        {FieldKey::BankAccount, QStringLiteral("0200001234567890123")},
        {FieldKey::DepositAttempts, QStringLiteral("1")},
        {FieldKey::RegionId, RegionId},
        {FieldKey::NetworkType, FieldValue::NetworkVpc},
        {FieldKey::VpcCidr, VpcCidr},
        {FieldKey::VSwitches,
            QStringLiteral("[{\"zone\":\"cn-shanghai-finance-1f\",\"cidr\":\"10.0.0.0/24\"},"
                           "{\"zone\":\"cn-shanghai-finance-1g\",\"cidr\":\"10.0.1.0/24\"}]")},
    };
}

// Returns the new profile's id, or 0 (with a warning) when a save failed.
inline qint64 create(ProgressStore &store, const QString &company = Company)
{
    const Result<ProfileData> created = store.createProfile(company, Start);
    if (!created) {
        qWarning() << created.error().message << created.error().details;
        return 0;
    }
    const qint64 id = created.value().id;
    const QDateTime registered = Start.addSecs(3600);
    const QDateTime submitted = Start.addDays(1);
    const bool saved = store.saveFields(id, fields(), Start.addSecs(600)).ok()
        && store
               .saveStepState(id, StepId::Register, {StepStatus::Done, registered, QDateTime()},
                   StepStatus::NotStarted, registered)
               .ok()
        && store
               .saveStepState(id, StepId::RealName,
                   {StepStatus::Waiting, submitted, submitted.addDays(3)}, StepStatus::NotStarted,
                   submitted)
               .ok()
        && store
               .saveStepState(id, StepId::Region, {StepStatus::InProgress, submitted, QDateTime()},
                   StepStatus::NotStarted, submitted)
               .ok()
        && store.saveCurrentPage(id, 2).ok();
    if (!saved) {
        qWarning("the sample profile could not be saved");
        return 0;
    }
    return id;
}

} // namespace SampleProfile
