// Test support: the sample company (SampleCompany) written into a store
// through its ordinary save calls (so it has the events a real one has): step
// 1 done, step 2 waiting for the bank deposit, invoice details and a VPC
// plan in Shanghai (so steps 4 and 5 are in progress), the wizard left on
// page 2.
#pragma once

#include "onboarding/FieldKey.h"
#include "onboarding/PlannedVSwitch.h"
#include "onboarding/SampleCompany.h"
#include "storage/ProgressStore.h"

#include <QDebug>

namespace SampleProfile {

// Functions, not constants: a constant here would be made before the
// library's own constants it reads (static initialisation order).
inline QString company()
{
    return SampleCompany::name();
}
inline QString creditCode()
{
    return SampleCompany::field(FieldKey::CreditCode);
}
inline QList<PlannedVSwitch> vSwitches()
{
    return PlannedVSwitch::listFromJson(SampleCompany::field(FieldKey::VSwitches));
}
inline const QDateTime Start(QDate(2026, 3, 2), QTime(1, 0, 0, 125), Qt::UTC);

inline QHash<QString, QString> fields()
{
    QHash<QString, QString> fields;
    for (const auto &[key, value] : SampleCompany::fields())
        fields.insert(key, value);
    // The sample leaves these two numbers blank (the screenshots show them
    // so); stored here, export and import check them too. And the first
    // deposit attempt used.
    fields.insert(FieldKey::LicenceNumber, QStringLiteral("520000000005018"));
    fields.insert(FieldKey::LegalRepresentativeId, QStringLiteral("11010519491231002X"));
    fields.insert(FieldKey::DepositAttempts, QStringLiteral("1"));
    return fields;
}

// Returns the new profile's id, or 0 (with a warning) when a save failed.
inline qint64 create(ProgressStore &store, const QString &company = SampleCompany::name())
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
               .saveStepState(id, StepId::FinanceServices,
                   {StepStatus::InProgress, submitted, QDateTime()}, StepStatus::NotStarted,
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
