#include "AccountCommand.h"
#include "CloudRun.h"

#include "cloud/AccountCheck.h"
#include "cloud/OpenApiClient.h"
#include "core/Clock.h"
#include "core/UntrustedText.h"
#include "onboarding/AccountEvidenceText.h"
#include "onboarding/StepText.h"
#include "storage/ProfileLookup.h"
#include "storage/ProgressStore.h"
#include "storage/StoreAddress.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

namespace {

// The profile to store into: opened to write, never created.
struct Destination
{
    std::unique_ptr<ProgressStore> store;
    qint64 id = 0;
};

Result<Destination> openDestination(
    const AccountCommandOptions &options, const StoreAddress &address, const Clock &clock)
{
    if (!address.isPostgres() && !QFileInfo::exists(address.sqlitePath()))
        return Error {QCoreApplication::translate("AccountCommand",
                          "There is no progress database at %1: check-account stores its findings "
                          "only in an existing profile.",
                          "@info %1 a file path")
                          .arg(address.sqlitePath()),
            {}};
    ProgressStore::OpenOptions access;
    access.access = ProgressStore::Access::ReadWrite;
    access.now = clock.now();
    Result<std::unique_ptr<ProgressStore>> store = ProgressStore::open(address, access);
    if (!store)
        return store.error();
    const Result<qint64> id = ProfileLookup::find(*store.value(), options.profile);
    if (!id)
        return id.error();
    return Destination {std::move(store.value()), id.value()};
}

QJsonValue suggestionJson(const AccountEvidence &evidence)
{
    const std::optional<AccountSuggestion> suggested = evidence.suggestion();
    if (!suggested)
        return QJsonValue::Null;
    QJsonObject object {{QStringLiteral("step"), stepKey(suggested->step)}};
    if (suggested->status)
        object.insert(QStringLiteral("status"), statusKey(*suggested->status));
    else
        object.insert(QStringLiteral("field"), suggested->field);
    if (!suggested->status)
        object.insert(QStringLiteral("value"), suggested->value);
    return object;
}

QJsonObject checkJson(const AccountEvidence &evidence, const std::optional<CloudFailure> &failure)
{
    QJsonObject object = QJsonDocument::fromJson(evidence.toFieldValue().toUtf8()).object();
    object.insert(QStringLiteral("check"), AccountEvidence::checkKey(evidence.check));
    object.insert(QStringLiteral("suggestion"), suggestionJson(evidence));
    if (failure && evidence.outcome == AccountEvidence::Outcome::Unanswered) {
        const Error error = CloudErrorText::toError(*failure);
        object.insert(QStringLiteral("message"), error.message);
        object.insert(QStringLiteral("details"), error.details);
    }
    return object;
}

void printEvidence(QTextStream &out, const AccountEvidence &evidence, const QTimeZone &zone)
{
    out << AccountEvidenceText::title(evidence.check) << ": "
        << UntrustedText::printable(AccountEvidenceText::finding(evidence)) << '\n'
        << "  " << UntrustedText::printable(AccountEvidenceText::when(evidence, zone)) << '\n';
    if (const std::optional<AccountSuggestion> suggested = evidence.suggestion())
        out << "  " << UntrustedText::printable(AccountEvidenceText::suggestion(*suggested))
            << '\n';
}

// Stores, prints and weighs what the check found.
int report(const AccountCommandOptions &options, std::optional<Destination> &destination,
    const AccountCheck &check, const OpenApiClient &client, const Clock &clock, QTextStream &out,
    QTextStream &err)
{
    const QList<AccountEvidence> evidence = check.evidence();

    QString storedIn;
    if (destination) {
        QHash<QString, QString> fields;
        for (const AccountEvidence &each : evidence)
            fields.insert(AccountEvidence::fieldKey(each.check), each.toFieldValue());
        const Result<int> saved
            = destination->store->saveFields(destination->id, fields, clock.now());
        if (!saved) {
            printCloudError(err, saved.error());
            return 2;
        }
        storedIn = QStringLiteral("#%1").arg(destination->id);
    }

    if (options.cloud.json) {
        QJsonArray checks;
        for (const AccountEvidence &each : evidence)
            checks.append(checkJson(each, check.failure(each.check)));
        const QJsonObject document {
            {QStringLiteral("format"), QStringLiteral("fincloud-onboard.account-check")},
            {QStringLiteral("formatVersion"), 1},
            {QStringLiteral("accessKey"), client.credentials().redactedDescription()},
            {QStringLiteral("checks"), checks},
            {QStringLiteral("storedIn"),
                storedIn.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(storedIn)}};
        out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    } else {
        out << QCoreApplication::translate(
            "AccountCommand", "The account as seen with the AccessKey %1", "@title")
                   .arg(client.credentials().redactedDescription())
            << "\n\n";
        for (const AccountEvidence &each : evidence)
            printEvidence(out, each, clock.timeZone());
        if (!storedIn.isEmpty())
            out << '\n'
                << QCoreApplication::translate("AccountCommand",
                       "Stored in profile %1; confirm a suggestion in the wizard.", "@info")
                       .arg(storedIn)
                << '\n';
    }
    for (const AccountEvidence &each : evidence) {
        if (const std::optional<CloudFailure> failure = check.failure(each.check)) {
            err << AccountEvidenceText::title(each.check) << ": ";
            printCloudError(err, CloudErrorText::toError(*failure));
        }
    }
    return AccountCheck::exitStatus(evidence);
}

} // namespace

int runCheckAccount(const AccountCommandOptions &options, const StoreAddress *address,
    const Clock &clock, QTextStream &out, QTextStream &err)
{
    return withCloud(
        options.cloud, clock, err, [&](OpenApiClient &client, const CloudSetup &setup) {
            // The profile first: a typo in its name must not cost the calls.
            std::optional<Destination> destination;
            if (!options.profile.isEmpty() && address) {
                Result<Destination> opened = openDestination(options, *address, clock);
                if (!opened) {
                    printCloudError(err, opened.error());
                    return 2;
                }
                destination = std::move(opened.value());
            }
            AccountCheck check(client, setup.endpoints, clock);
            check.start();
            QEventLoop loop;
            QObject::connect(&check, &AccountCheck::finished, &loop, &QEventLoop::quit);
            if (!check.isFinished())
                loop.exec();
            return report(options, destination, check, client, clock, out, err);
        });
}
