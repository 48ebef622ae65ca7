#include "ProfileExport.h"

#include "ExchangeFormat.h"
#include "ProfileFileReader.h"
#include "core/OutputFile.h"
#include "onboarding/FieldKey.h"
#include "storage/ProgressStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(ExchangeFormat::timeText(time)) : QJsonValue();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

Error secretRefused(const QString &where)
{
    return Error {ProfileExport::tr("The profile was not exported: %1 would carry a password, an "
                                    "AccessKey or a token, and profile files never do.",
                      "@info export")
                      .arg(where),
        where};
}

} // namespace

Result<ProfileFileContent> ProfileExport::collect(
    const ProgressStore &store, qint64 id, const QDateTime &now)
{
    Result<ProfileData> profile = store.loadProfile(id);
    if (!profile)
        return profile.error();
    Result<QList<ProfileEvent>> events = store.events(id);
    if (!events)
        return events.error();
    ProfileFileContent content;
    content.exportedAt = now;
    content.profile = std::move(profile).value();
    content.events = std::move(events).value();
    std::reverse(content.events.begin(), content.events.end()); // the store gives newest first
    return content;
}

Result<QByteArray> ProfileExport::toJson(const ProfileFileContent &content)
{
    const ProfileData &profile = content.profile;
    QJsonObject fields;
    for (auto it = profile.fields.cbegin(); it != profile.fields.cend(); ++it) {
        const QString where = QStringLiteral("fields.\"%1\"").arg(it.key());
        if (ExchangeFormat::namesSecret(it.key())
            || ExchangeFormat::looksLikeAccessKeyId(it.value()))
            return secretRefused(where);
        fields.insert(it.key(), it.value());
    }
    QJsonArray steps;
    for (StepId step : AllSteps) {
        const StepState &state = profile.step(step);
        steps.append(QJsonObject {
            {QStringLiteral("step"), stepKey(step)},
            {QStringLiteral("status"), statusKey(state.status)},
            {QStringLiteral("since"), timeOrNull(state.since)},
            {QStringLiteral("expectedBy"), timeOrNull(state.expectedBy)},
        });
    }
    QJsonArray events;
    for (qsizetype i = 0; i < content.events.size(); ++i) {
        const ProfileEvent &event = content.events[i];
        for (const QString &text :
            {event.actor, event.subject, event.oldValue, event.newValue, event.role}) {
            if (ExchangeFormat::namesSecret(event.subject)
                || ExchangeFormat::looksLikeAccessKeyId(text))
                return secretRefused(QStringLiteral("events[%1]").arg(i));
        }
        QJsonObject entry {
            {QStringLiteral("at"), timeOrNull(event.at)},
            {QStringLiteral("actor"), event.actor},
            {QStringLiteral("kind"), event.kind},
            {QStringLiteral("subject"), event.subject},
            {QStringLiteral("oldValue"), textOrNull(event.oldValue)},
            {QStringLiteral("newValue"), textOrNull(event.newValue)},
        };
        // The database role the server recorded (a shared store); left out
        // where there is none, so files from SQLite read as before.
        if (!event.role.isEmpty())
            entry.insert(QStringLiteral("role"), event.role);
        events.append(entry);
    }
    const QJsonObject root {
        {QStringLiteral("format"), ExchangeFormat::Name},
        {QStringLiteral("formatVersion"), ExchangeFormat::Version},
        {QStringLiteral("program"), QStringLiteral("fincloud-onboard " FINCLOUD_VERSION)},
        {QStringLiteral("exportedAt"), timeOrNull(content.exportedAt)},
        {QStringLiteral("company"), profile.field(FieldKey::CompanyName)},
        {QStringLiteral("createdAt"), timeOrNull(profile.createdAt)},
        {QStringLiteral("updatedAt"), timeOrNull(profile.updatedAt)},
        {QStringLiteral("currentPage"), profile.currentPage},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("events"), events},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ExportOutcome> ProfileExport::writeFile(
    const ProgressStore &store, qint64 id, const QString &path, const QDateTime &now, QDate today)
{
    Result<ProfileFileContent> content = collect(store, id, now);
    if (!content)
        return content.error();
    // A status that could not be read would leave as "not started": a file
    // that says something false. The wizard's status choice mends it.
    if (const QStringList &damaged = content.value().profile.unreadable; !damaged.isEmpty())
        return Error {tr("This profile holds values this program cannot read (damaged data), so "
                         "it was not exported: %1. Open it in the wizard and set those values "
                         "again, then export.",
                          "@info")
                          .arg(damaged.join(QStringLiteral("; "))),
            QString(), DamagedDataCode};
    Result<QByteArray> json = toJson(content.value());
    if (!json)
        return json.error();

    // Owner-only (company data includes ID and mobile numbers); all or
    // nothing; a link, folder or device under that name is refused.
    if (const Result<> written = OutputFile::save(path, json.value()); !written)
        return written.error();

    ExportOutcome outcome;
    outcome.companyName = content.value().profile.field(FieldKey::CompanyName);
    outcome.path = path;
    const Result<ProfileFileContent> again = ProfileFileReader::read(json.value(), today);
    if (!again)
        outcome.importProblem = again.error().message;
    return outcome;
}
