#include "NetworkCommand.h"
#include "CloudRun.h"

#include "cloud/NetworkCheck.h"
#include "cloud/OpenApiClient.h"
#include "core/Clock.h"
#include "core/UntrustedText.h"
#include "onboarding/AccountEvidenceText.h"
#include "onboarding/FieldKey.h"
#include "onboarding/NetworkEvidenceText.h"
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

// The profile whose plan is checked, and where the result goes.
struct Subject
{
    std::unique_ptr<ProgressStore> store;
    ProfileData profile;
    NetworkTarget target;
};

Result<Subject> openSubject(
    const NetworkCommandOptions &options, const StoreAddress &address, const Clock &clock)
{
    if (!address.isPostgres() && !QFileInfo::exists(address.sqlitePath()))
        return Error {QCoreApplication::translate("NetworkCommand",
                          "There is no progress database at %1: verify-network checks the plan of "
                          "an existing profile.",
                          "@info %1 a file path")
                          .arg(address.sqlitePath()),
            {}};
    ProgressStore::OpenOptions access;
    access.access = ProgressStore::Access::ReadWrite;
    access.now = clock.now();
    Result<std::unique_ptr<ProgressStore>> store = ProgressStore::open(address, access);
    if (!store)
        return store.error();
    Result<ProfileData> profile = ProfileLookup::load(*store.value(), options.profile);
    if (!profile)
        return profile.error();
    const Result<NetworkTarget> target = NetworkCheck::targetOf(profile.value());
    if (!target)
        return target.error();
    return Subject {std::move(store.value()), std::move(profile.value()), target.value()};
}

QJsonObject resultJson(const NetworkEvidence &evidence, const std::optional<CloudFailure> &failure)
{
    QJsonObject object = QJsonDocument::fromJson(evidence.toFieldValue().toUtf8()).object();
    // Always there, so that a reader needs no defaults.
    object.insert(QStringLiteral("region"), evidence.regionId);
    object.insert(QStringLiteral("vpcId"),
        evidence.vpcId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(evidence.vpcId));
    object.insert(QStringLiteral("foundBy"),
        evidence.foundBy == NetworkEvidence::FoundBy::None
            ? QJsonValue(QJsonValue::Null)
            : QJsonValue(NetworkEvidence::foundByKey(evidence.foundBy)));
    if (!object.contains(QLatin1String("differences")))
        object.insert(QStringLiteral("differences"), QJsonArray());
    QJsonArray words;
    for (const QString &line : NetworkEvidenceText::differences(evidence))
        words.append(line);
    object.insert(QStringLiteral("differenceText"), words);
    object.insert(QStringLiteral("finding"), NetworkEvidenceText::finding(evidence));
    const std::optional<AccountSuggestion> suggested = evidence.suggestion();
    object.insert(QStringLiteral("suggestion"),
        suggested ? QJsonValue(QJsonObject {{QStringLiteral("step"), stepKey(suggested->step)},
            {QStringLiteral("status"), statusKey(*suggested->status)}})
                  : QJsonValue(QJsonValue::Null));
    if (failure) {
        const Error error = CloudErrorText::toError(*failure);
        object.insert(QStringLiteral("message"), error.message);
        object.insert(QStringLiteral("details"), error.details);
    }
    return object;
}

void printEvidence(QTextStream &out, const NetworkEvidence &evidence, const QTimeZone &zone)
{
    out << UntrustedText::printable(NetworkEvidenceText::finding(evidence)) << '\n';
    for (const QString &line : NetworkEvidenceText::differences(evidence))
        out << "  - " << UntrustedText::printable(line) << '\n';
    out << "  " << UntrustedText::printable(NetworkEvidenceText::when(evidence, zone)) << '\n';
    if (const std::optional<AccountSuggestion> suggested = evidence.suggestion())
        out << "  " << UntrustedText::printable(AccountEvidenceText::suggestion(*suggested))
            << '\n';
}

} // namespace

int runVerifyNetwork(const NetworkCommandOptions &options, const StoreAddress *address,
    const Clock &clock, QTextStream &out, QTextStream &err)
{
    return withCloud(
        options.cloud, clock, err, [&](OpenApiClient &client, const CloudSetup &setup) {
            if (!address) {
                printCloudError(err,
                    Error {QCoreApplication::translate("NetworkCommand",
                               "verify-network needs the progress database.", "@info"),
                        {}});
                return 2;
            }
            // The profile and its plan first: a typo in its name must not cost the calls.
            Result<Subject> subject = openSubject(options, *address, clock);
            if (!subject) {
                printCloudError(err, subject.error());
                return 2;
            }
            const qint64 id = subject.value().profile.id;

            NetworkCheck check(client, setup.endpoints, clock);
            check.start(subject.value().target);
            QEventLoop loop;
            QObject::connect(&check, &NetworkCheck::finished, &loop, &QEventLoop::quit);
            if (!check.isFinished())
                loop.exec();
            if (!check.evidence()) {
                if (check.failure())
                    printCloudError(err, CloudErrorText::toError(*check.failure()));
                return 2;
            }
            const NetworkEvidence &evidence = *check.evidence();

            const Result<int> saved = subject.value().store->saveFields(
                id, {{FieldKey::NetworkCheck, evidence.toFieldValue()}}, clock.now());
            if (!saved) {
                printCloudError(err, saved.error());
                return 2;
            }
            const QString storedIn = QStringLiteral("#%1").arg(id);

            if (options.cloud.json) {
                QJsonObject document {
                    {QStringLiteral("format"), QStringLiteral("fincloud-onboard.network-check")},
                    {QStringLiteral("formatVersion"), 1},
                    {QStringLiteral("accessKey"), client.credentials().redactedDescription()},
                    {QStringLiteral("profile"), storedIn},
                    {QStringLiteral("plan"),
                        QJsonObject {{QStringLiteral("vpcCidr"), subject.value().target.vpcCidr},
                            {QStringLiteral("vSwitches"),
                                QJsonDocument::fromJson(
                                    PlannedVSwitch::listToJson(subject.value().target.vSwitches)
                                        .toUtf8())
                                    .array()}}},
                    {QStringLiteral("result"), resultJson(evidence, check.failure())},
                    {QStringLiteral("storedIn"), storedIn}};
                out << QJsonDocument(document).toJson(QJsonDocument::Indented);
            } else {
                out << QCoreApplication::translate("NetworkCommand",
                    "The network of profile %1 as built, seen with the AccessKey %2", "@title")
                           .arg(storedIn, client.credentials().redactedDescription())
                    << "\n\n";
                printEvidence(out, evidence, clock.timeZone());
                out << '\n'
                    << QCoreApplication::translate("NetworkCommand",
                           "Stored in profile %1; confirm a suggestion in the wizard.", "@info")
                           .arg(storedIn)
                    << '\n';
            }
            if (check.failure())
                printCloudError(err, CloudErrorText::toError(*check.failure()));
            return evidence.exitStatus();
        });
}
