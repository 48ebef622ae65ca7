#include "CompanyDataFile.h"

#include "onboarding/FieldKey.h"
#include "validation/BankAccount.h"
#include "validation/BusinessLicenceNumber.h"
#include "validation/CompanyName.h"
#include "validation/DepositAmount.h"
#include "validation/EmailAddress.h"
#include "validation/InputText.h"
#include "validation/MobileNumber.h"
#include "validation/ResidentId.h"
#include "validation/SocialCreditCode.h"
#include "validation/VpcPlan.h"

#include <QJsonDocument>
#include <QJsonObject>

FieldVerdict CompanyDataFile::checkValue(const QString &key, const QString &value, QDate today)
{
    // Every field is one line of text, so no control character belongs in
    // one, a tab or line break no more than NUL or ESC; the store refuses NUL
    // outright. Whitespace around a value (a tab or line break a spreadsheet
    // adds to a copied cell) is left to the field's rule, which drops it.
    if (const qsizetype control = InputText::firstControlWithin(value); control >= 0)
        return FieldVerdict::error(
            tr("The value contains a control character (%1) at position %2; remove it.",
                "@info validation")
                .arg(InputText::describe(value, control))
                .arg(control + 1));
    // Optional fields may be left empty in a file as in the wizard.
    const bool empty = value.trimmed().isEmpty();
    if (key == FieldKey::CompanyName || key == FieldKey::InvoiceTitle)
        return empty && key == FieldKey::InvoiceTitle ? FieldVerdict::ok(value)
                                                      : CompanyName::check(value);
    if (empty)
        return FieldVerdict::ok(value);
    if (key == FieldKey::CreditCode || key == FieldKey::TaxpayerId)
        return SocialCreditCode::check(value);
    if (key == FieldKey::LicenceNumber)
        return BusinessLicenceNumber::check(value);
    if (key == FieldKey::LegalRepresentativeId)
        return ResidentId::check(value, today);
    if (key == FieldKey::Mobile)
        return MobileNumber::check(value);
    if (key == FieldKey::Email)
        return EmailAddress::check(value, false);
    if (key == FieldKey::BankAccount)
        return BankAccount::check(value);
    if (key == FieldKey::DepositAmount)
        return DepositAmount::check(value);
    if (key == FieldKey::VpcCidr)
        return VpcPlan::checkVpcCidr(value);
    // Stored as given, without the whitespace around it: a line break there
    // would end up inside the one-line outputs (status, checklist).
    return FieldVerdict::ok(value.trimmed(), tr("Not checked.", "@info check-data"));
}

Result<QList<CheckedField>> CompanyDataFile::check(const QByteArray &json, QDate today)
{
    if (json.size() > MaxBytes)
        return Error {
            tr("The file is larger than %1 kB; company data is much smaller.", "@info check-data")
                .arg(MaxBytes / 1024),
            QString()};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {tr("The file is not valid JSON: %1 (at byte %2).", "@info check-data")
                          .arg(parseError.errorString())
                          .arg(parseError.offset),
            QString()};
    if (!document.isObject())
        return Error {tr("The file must hold one JSON object of \"key\": \"value\" pairs.",
                          "@info check-data"),
            QString()};
    const QJsonObject object = document.object();

    QList<CheckedField> fields;
    const auto checkKey = [&](const QString &key) {
        const QJsonValue value = object.value(key);
        if (!value.isString()) {
            fields.append({key,
                FieldVerdict::error(tr("The value must be text in quotes.", "@info check-data"))});
            return;
        }
        fields.append({key, checkValue(key, value.toString(), today)});
    };
    for (const QString &key : FieldKey::All) {
        if (object.contains(key))
            checkKey(key);
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!FieldKey::All.contains(it.key()))
            fields.append({it.key(),
                FieldVerdict::warning(
                    tr("Unknown key; it is ignored.", "@info check-data"), QString())});
    }

    // A credit code that fails its check character may be kept with a reason.
    const QString reason = object.value(FieldKey::CreditCodeOverride).toString().trimmed();
    for (CheckedField &field : fields) {
        if (field.key == FieldKey::CreditCode && field.verdict.level == FieldVerdict::Warning
            && !reason.isEmpty())
            field.verdict = FieldVerdict::note(
                tr("Kept despite the failed check; reason: %1", "@info check-data").arg(reason),
                field.verdict.normalized);
    }
    return fields;
}

bool CompanyDataFile::hasError(const QList<CheckedField> &fields)
{
    for (const CheckedField &field : fields) {
        if (field.verdict.blocks())
            return true;
    }
    return false;
}
