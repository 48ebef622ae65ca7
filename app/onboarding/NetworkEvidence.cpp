#include "NetworkEvidence.h"

#include "onboarding/FieldKey.h"
#include "onboarding/ProfileData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace {

const std::array<const char *, 6> KindKeys = {"vpc_missing", "vpc_cidr_different",
    "vswitch_missing", "vswitch_cidr_different", "vswitch_zone_different", "vswitch_not_in_plan"};
const std::array<const char *, 3> OutcomeKeys = {"match", "differences", "unchecked"};
const std::array<const char *, 3> FoundByKeys = {"", "tag", "name_cidr"};

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

template<typename Enum, size_t N>
std::optional<Enum> fromKey(const std::array<const char *, N> &keys, const QString &key)
{
    for (size_t i = 0; i < N; ++i) {
        if (key == QLatin1String(keys.at(i)))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

QJsonObject differenceJson(const NetworkDifference &difference)
{
    QJsonObject object {{QStringLiteral("kind"), NetworkDifference::kindKey(difference.kind)}};
    const auto add = [&object](const char *key, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    add("id", difference.resourceId);
    add("plannedZone", difference.plannedZone);
    add("plannedCidr", difference.plannedCidr);
    add("builtZone", difference.builtZone);
    add("builtCidr", difference.builtCidr);
    return object;
}

} // namespace

QString NetworkDifference::kindKey(Kind kind)
{
    return QLatin1String(KindKeys.at(static_cast<size_t>(kind)));
}

std::optional<NetworkDifference::Kind> NetworkDifference::kindFromKey(const QString &key)
{
    return fromKey<Kind>(KindKeys, key);
}

QString NetworkEvidence::outcomeKey(Outcome outcome)
{
    return QLatin1String(OutcomeKeys.at(static_cast<size_t>(outcome)));
}

QString NetworkEvidence::foundByKey(FoundBy foundBy)
{
    return QLatin1String(FoundByKeys.at(static_cast<size_t>(foundBy)));
}

QString NetworkEvidence::readOnlyPolicy()
{
    return QStringLiteral("AliyunVPCReadOnlyAccess");
}

QString NetworkEvidence::toFieldValue() const
{
    QJsonObject object {{QStringLiteral("at"), at.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("outcome"), outcomeKey(outcome)},
        {QStringLiteral("requestIds"), QJsonArray::fromStringList(requestIds)}};
    const auto add = [&object](const char *key, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    add("region", regionId);
    add("vpcId", vpcId);
    add("vpcName", vpcName);
    add("foundBy", foundByKey(foundBy));
    add("error", errorCode);
    add("policy", policy);
    QJsonArray list;
    for (const NetworkDifference &difference : differences)
        list.append(differenceJson(difference));
    if (!list.isEmpty())
        object.insert(QStringLiteral("differences"), list);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<NetworkEvidence> NetworkEvidence::fromFieldValue(const QString &value)
{
    const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    NetworkEvidence evidence;
    evidence.at = QDateTime::fromString(text(object, "at"), Qt::ISODate);
    const std::optional<Outcome> outcome = fromKey<Outcome>(OutcomeKeys, text(object, "outcome"));
    const std::optional<FoundBy> foundBy = fromKey<FoundBy>(FoundByKeys, text(object, "foundBy"));
    if (!evidence.at.isValid() || !outcome || !foundBy)
        return std::nullopt;
    evidence.outcome = *outcome;
    evidence.foundBy = *foundBy;
    evidence.regionId = text(object, "region");
    evidence.vpcId = text(object, "vpcId");
    evidence.vpcName = text(object, "vpcName");
    evidence.errorCode = text(object, "error");
    evidence.policy = text(object, "policy");
    for (const QJsonValue &id : object.value(QLatin1String("requestIds")).toArray())
        evidence.requestIds.append(id.toString());
    for (const QJsonValue &entry : object.value(QLatin1String("differences")).toArray()) {
        const QJsonObject each = entry.toObject();
        const std::optional<NetworkDifference::Kind> kind
            = NetworkDifference::kindFromKey(text(each, "kind"));
        if (!kind)
            return std::nullopt;
        evidence.differences.append({*kind, text(each, "id"), text(each, "plannedZone"),
            text(each, "plannedCidr"), text(each, "builtZone"), text(each, "builtCidr")});
    }
    // A record that contradicts itself is not evidence.
    if ((evidence.outcome == Outcome::Differences) == evidence.differences.isEmpty())
        return std::nullopt;
    return evidence;
}

std::optional<NetworkEvidence> NetworkEvidence::fromProfile(const ProfileData &data)
{
    const QString value = data.fields.value(FieldKey::NetworkCheck);
    if (value.isEmpty())
        return std::nullopt;
    return fromFieldValue(value);
}

std::optional<AccountSuggestion> NetworkEvidence::suggestion() const
{
    if (outcome != Outcome::Match)
        return std::nullopt;
    return AccountSuggestion {StepId::Region, StepStatus::Done, {}, {}};
}

std::optional<AccountSuggestion> NetworkEvidence::suggestion(const ProfileData &data) const
{
    const std::optional<AccountSuggestion> suggested = suggestion();
    if (!suggested || data.status(suggested->step) == *suggested->status)
        return std::nullopt;
    return suggested;
}

int NetworkEvidence::exitStatus() const
{
    switch (outcome) {
    case Outcome::Match:
        return 0;
    case Outcome::Differences:
        return 1;
    case Outcome::Unchecked:
        return 2;
    }
    return 2;
}
