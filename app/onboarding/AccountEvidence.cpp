#include "AccountEvidence.h"

#include "onboarding/FieldKey.h"
#include "onboarding/ProfileData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const std::array<const char *, 3> OutcomeKeys = {"fine", "to_do", "unanswered"};

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

QString AccountEvidence::fieldKey(AccountCheckKind check)
{
    switch (check) {
    case AccountCheckKind::Identity:
        return FieldKey::AccountCheckIdentity;
    case AccountCheckKind::Balance:
        return FieldKey::AccountCheckBalance;
    case AccountCheckKind::InvoiceTitle:
        return FieldKey::AccountCheckInvoiceTitle;
    case AccountCheckKind::FinanceRegions:
        return FieldKey::AccountCheckFinanceRegions;
    }
    return FieldKey::AccountCheckIdentity;
}

std::optional<AccountCheckKind> AccountEvidence::checkOfField(const QString &key)
{
    for (AccountCheckKind check : AllAccountChecks) {
        if (fieldKey(check) == key)
            return check;
    }
    return std::nullopt;
}

QString AccountEvidence::checkKey(AccountCheckKind check)
{
    return fieldKey(check).section(QLatin1Char('.'), 1);
}

QString AccountEvidence::outcomeKey(Outcome outcome)
{
    return QLatin1String(OutcomeKeys.at(static_cast<size_t>(outcome)));
}

StepId AccountEvidence::stepOf(AccountCheckKind check)
{
    switch (check) {
    case AccountCheckKind::Identity:
        return StepId::Register;
    case AccountCheckKind::FinanceRegions:
        return StepId::Certification;
    case AccountCheckKind::Balance:
    case AccountCheckKind::InvoiceTitle:
        return StepId::FinanceServices;
    }
    return StepId::Register;
}

QString AccountEvidence::toFieldValue() const
{
    QJsonObject object {{QStringLiteral("at"), at.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("outcome"), outcomeKey(outcome)}};
    const auto add = [&object](const char *key, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    add("requestId", requestId);
    if (outcome == Outcome::Unanswered) {
        add("error", errorCode);
        add("policy", policy);
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    switch (check) {
    case AccountCheckKind::Identity:
        add("accountId", accountId);
        add("identityType", identityType);
        add("arn", arn);
        break;
    case AccountCheckKind::Balance:
        add("availableAmount", availableAmount);
        add("currency", currency);
        break;
    case AccountCheckKind::InvoiceTitle:
        object.insert(QStringLiteral("titles"), invoiceTitles);
        add("firstTitle", firstInvoiceTitle);
        break;
    case AccountCheckKind::FinanceRegions:
        object.insert(QStringLiteral("regions"), QJsonArray::fromStringList(financeRegions));
        break;
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<AccountEvidence> AccountEvidence::fromFieldValue(
    AccountCheckKind check, const QString &value)
{
    const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    AccountEvidence evidence;
    evidence.check = check;
    evidence.at = QDateTime::fromString(text(object, "at"), Qt::ISODate);
    const QString outcome = text(object, "outcome");
    std::optional<Outcome> known;
    for (size_t i = 0; i < OutcomeKeys.size(); ++i) {
        if (outcome == QLatin1String(OutcomeKeys.at(i)))
            known = static_cast<Outcome>(i);
    }
    if (!evidence.at.isValid() || !known)
        return std::nullopt;
    evidence.outcome = *known;
    evidence.requestId = text(object, "requestId");
    evidence.errorCode = text(object, "error");
    evidence.policy = text(object, "policy");
    evidence.accountId = text(object, "accountId");
    evidence.identityType = text(object, "identityType");
    evidence.arn = text(object, "arn");
    evidence.availableAmount = text(object, "availableAmount");
    evidence.currency = text(object, "currency");
    evidence.invoiceTitles = object.value(QLatin1String("titles")).toInt();
    evidence.firstInvoiceTitle = text(object, "firstTitle");
    for (const QJsonValue &region : object.value(QLatin1String("regions")).toArray())
        evidence.financeRegions.append(region.toString());
    return evidence;
}

std::optional<AccountEvidence> AccountEvidence::fromProfile(
    const ProfileData &data, AccountCheckKind check)
{
    const QString value = data.fields.value(fieldKey(check));
    if (value.isEmpty())
        return std::nullopt;
    return fromFieldValue(check, value);
}

std::optional<AccountSuggestion> AccountEvidence::suggestion() const
{
    if (outcome == Outcome::Unanswered)
        return std::nullopt;
    const StepId step = stepOf(check);
    switch (check) {
    case AccountCheckKind::Identity:
        // A key of the account answered: the account exists, so step 1 is
        // done, whoever the key belongs to.
        return AccountSuggestion {step, StepStatus::Done, {}, {}};
    case AccountCheckKind::Balance:
        if (outcome != Outcome::Fine)
            return std::nullopt;
        return AccountSuggestion {step, std::nullopt, FieldKey::TopUpDone, FieldValue::True};
    case AccountCheckKind::InvoiceTitle:
        if (outcome != Outcome::Fine || firstInvoiceTitle.trimmed().isEmpty())
            return std::nullopt;
        return AccountSuggestion {step, std::nullopt, FieldKey::InvoiceTitle, firstInvoiceTitle};
    case AccountCheckKind::FinanceRegions:
        if (outcome != Outcome::Fine)
            return std::nullopt;
        return AccountSuggestion {step, StepStatus::Done, {}, {}};
    }
    return std::nullopt;
}

std::optional<AccountSuggestion> AccountEvidence::suggestion(const ProfileData &data) const
{
    const std::optional<AccountSuggestion> suggested = suggestion();
    if (!suggested)
        return std::nullopt;
    if (suggested->status && data.status(suggested->step) == *suggested->status)
        return std::nullopt;
    if (!suggested->field.isEmpty()
        && data.fields.value(suggested->field).trimmed() == suggested->value.trimmed())
        return std::nullopt;
    return suggested;
}
