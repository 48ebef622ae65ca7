#include "PrefillFile.h"

#include "onboarding/FieldKey.h"
#include "validation/CompanyDataFile.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString FormatKey = QStringLiteral("format");
const QString VersionKey = QStringLiteral("formatVersion");
const QString FieldsKey = QStringLiteral("fields");
const QString SettingsKey = QStringLiteral("settings");
const QString LanguageKey = QStringLiteral("language");
const QString ValueKey = QStringLiteral("value");
const QString LockedKey = QStringLiteral("locked");

struct Reading
{
    QStringList problems;
    QJsonObject values; // key → text, for CompanyDataFile
    QStringList locked;
    QStringList present; // every field key the file names, valid or not
    QString language;

    void problem(const QString &where, const QString &what)
    {
        problems.append(where.isEmpty() ? what : where + QStringLiteral(": ") + what);
    }
};

void readField(Reading &reading, const QString &key, const QJsonValue &entry)
{
    reading.present.append(key);
    if (!PrefillFile::acceptedKeys().contains(key)) {
        reading.problem(key,
            PrefillFile::tr("not a value a prefill file may set (see the README for the keys).",
                "@info prefill"));
        return;
    }
    bool locked = key == FieldKey::CompanyName;
    QJsonValue value = entry;
    if (entry.isObject()) {
        const QJsonObject object = entry.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != ValueKey && it.key() != LockedKey)
                reading.problem(key,
                    PrefillFile::tr(
                        "unknown member \"%1\"; use \"value\" and \"locked\".", "@info prefill")
                        .arg(it.key()));
        }
        const QJsonValue lockedValue = object.value(LockedKey);
        if (!lockedValue.isUndefined() && !lockedValue.isBool())
            reading.problem(
                key, PrefillFile::tr("\"locked\" must be true or false.", "@info prefill"));
        locked = locked || lockedValue.toBool();
        value = object.value(ValueKey);
    }
    if (!value.isString()) {
        reading.problem(key, PrefillFile::tr("the value must be text in quotes.", "@info prefill"));
        return;
    }
    if (locked && value.toString().trimmed().isEmpty()) {
        reading.problem(key, PrefillFile::tr("a locked value must not be empty.", "@info prefill"));
        return;
    }
    reading.values.insert(key, value);
    if (locked)
        reading.locked.append(key);
}

void readVersioned(Reading &reading, const QJsonObject &object, const QStringList &languages)
{
    if (object.value(FormatKey).toString() != PrefillFile::Format)
        reading.problem(FormatKey,
            PrefillFile::tr("must be \"%1\".", "@info prefill").arg(PrefillFile::Format));
    const QJsonValue version = object.value(VersionKey);
    if (!version.isDouble() || version.toDouble() != PrefillFile::FormatVersion) {
        const bool newer = version.isDouble() && version.toDouble() > PrefillFile::FormatVersion;
        reading.problem(VersionKey,
            newer
                ? PrefillFile::tr("the file is for a newer version of this program; it reads "
                                  "version %1.",
                    "@info prefill")
                      .arg(PrefillFile::FormatVersion)
                : PrefillFile::tr("must be %1.", "@info prefill").arg(PrefillFile::FormatVersion));
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != FormatKey && it.key() != VersionKey && it.key() != FieldsKey
            && it.key() != SettingsKey)
            reading.problem(it.key(), PrefillFile::tr("unknown key.", "@info prefill"));
    }

    const QJsonValue fields = object.value(FieldsKey);
    if (!fields.isObject()) {
        reading.problem(FieldsKey,
            PrefillFile::tr("must be an object of \"key\": value pairs.", "@info prefill"));
    } else {
        const QJsonObject entries = fields.toObject();
        for (auto it = entries.begin(); it != entries.end(); ++it)
            readField(reading, it.key(), it.value());
    }

    const QJsonValue settings = object.value(SettingsKey);
    if (settings.isUndefined())
        return;
    if (!settings.isObject()) {
        reading.problem(SettingsKey, PrefillFile::tr("must be an object.", "@info prefill"));
        return;
    }
    const QJsonObject entries = settings.toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QString where = SettingsKey + QLatin1Char('.') + it.key();
        if (it.key() != LanguageKey) {
            reading.problem(where, PrefillFile::tr("unknown setting.", "@info prefill"));
            continue;
        }
        if (!it.value().isString() || !languages.contains(it.value().toString())) {
            reading.problem(where,
                PrefillFile::tr("must be one of: %1.", "@info prefill")
                    .arg(languages.join(QStringLiteral(", "))));
            continue;
        }
        reading.language = it.value().toString();
    }
}

// The same checks as `check-data`, on the values as text.
QList<PrefillField> checkValues(Reading &reading, QDate today)
{
    const Result<QList<CheckedField>> checked = CompanyDataFile::check(
        QJsonDocument(reading.values).toJson(QJsonDocument::Compact), today);
    if (!checked) {
        reading.problem(QString(), checked.error().message);
        return {};
    }
    QList<PrefillField> fields;
    for (const CheckedField &field : checked.value()) {
        const bool locked = reading.locked.contains(field.key);
        const FieldVerdict &verdict = field.verdict;
        if (verdict.blocks()) {
            reading.problem(field.key, verdict.message);
            continue;
        }
        // The user cannot correct a locked value, so it must not need correcting.
        if (verdict.level == FieldVerdict::Warning && locked) {
            reading.problem(field.key,
                PrefillFile::tr("%1 A locked value must pass its check.", "@info prefill")
                    .arg(verdict.message));
            continue;
        }
        const QString value = reading.values.value(field.key).toString();
        if (value.trimmed().isEmpty())
            continue; // nothing to fill in
        fields.append(
            {field.key, verdict.normalized.isEmpty() ? value : verdict.normalized, locked});
    }
    return fields;
}

} // namespace

const QStringList &PrefillFile::acceptedKeys()
{
    static const QStringList keys = {
        FieldKey::CompanyName,
        FieldKey::CreditCode,
        FieldKey::CreditCodeOverride,
        FieldKey::LicenceNumber,
        FieldKey::LegalRepresentativeId,
        FieldKey::LoginName,
        FieldKey::Mobile,
        FieldKey::Email,
        FieldKey::BankName,
        FieldKey::BankAccount,
        FieldKey::InvoiceTitle,
        FieldKey::TaxpayerId,
        FieldKey::VpcCidr,
    };
    return keys;
}

Result<PrefillData> PrefillFile::parse(
    const QByteArray &json, QDate today, const QStringList &languages)
{
    if (json.size() > MaxBytes)
        return Error {
            tr("The file is larger than %1 kB; a prefill file is much smaller.", "@info prefill")
                .arg(MaxBytes / 1024),
            QString()};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {tr("The file is not valid JSON: %1 (at byte %2).", "@info prefill")
                          .arg(parseError.errorString())
                          .arg(parseError.offset),
            QString()};
    if (!document.isObject())
        return Error {tr("The file must hold one JSON object.", "@info prefill"), QString()};

    Reading reading;
    const QJsonObject object = document.object();
    if (object.contains(FormatKey) || object.contains(VersionKey)) {
        readVersioned(reading, object, languages);
    } else {
        for (auto it = object.begin(); it != object.end(); ++it)
            readField(reading, it.key(), it.value());
    }
    if (!reading.present.contains(FieldKey::CompanyName))
        reading.problem(FieldKey::CompanyName,
            tr("required: it names the profile the values go to.", "@info prefill"));

    PrefillData data;
    data.fields = checkValues(reading, today);
    data.language = reading.language;
    if (!reading.problems.isEmpty())
        return Error {tr("The prefill file has %n problem(s).", "@info prefill",
                          int(reading.problems.size())),
            reading.problems.join(QLatin1Char('\n'))};
    return data;
}
