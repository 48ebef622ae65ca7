#include "CloudCommands.h"
#include "CloudRun.h"

#include "cloud/AssumedRoleSession.h"
#include "cloud/CloudCredentials.h"
#include "cloud/CredentialChain.h"
#include "cloud/EndpointPolicy.h"
#include "cloud/LiveZoneQuery.h"
#include "cloud/OpenApiReply.h"
#include "cloud/PublicResourceCheck.h"
#include "cloud/PublicResourceSummary.h"
#include "core/UntrustedText.h"
#include "onboarding/RegionCatalogue.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <functional>

namespace {

QJsonObject errorJson(const Error &error)
{
    return {{QStringLiteral("message"), error.message}, {QStringLiteral("details"), error.details}};
}

template<typename Task>
void runUntilFinished(Task &task)
{
    QEventLoop loop;
    QObject::connect(&task, &Task::finished, &loop, &QEventLoop::quit);
    if (!task.isFinished())
        loop.exec();
}

QJsonValue countJson(const std::optional<qint64> &count)
{
    return count ? QJsonValue(double(*count)) : QJsonValue(QJsonValue::Null);
}

QString countText(const std::optional<qint64> &count)
{
    return count ? QString::number(*count) : QStringLiteral("?");
}

int exitStatus(PublicResourceReport::Verdict verdict)
{
    switch (verdict) {
    case PublicResourceReport::Verdict::NoneVisible:
        return 0;
    case PublicResourceReport::Verdict::Found:
        return 1;
    case PublicResourceReport::Verdict::Incomplete:
        return 2;
    }
    return 2;
}

QJsonObject reportJson(const PublicResourceReport &report, const CloudCredentials &key)
{
    QJsonArray regions;
    for (const RegionResources &region : report.regions) {
        regions.append(QJsonObject {{QStringLiteral("regionId"), region.regionId},
            {QStringLiteral("localName"), region.localName},
            {QStringLiteral("ecs"), countJson(region.ecs)},
            {QStringLiteral("rds"), countJson(region.rds)}});
    }
    QJsonArray problems;
    for (const ResourceProblem &problem : report.problems) {
        QJsonObject entry = errorJson(CloudErrorText::toError(problem.failure));
        entry.insert(QStringLiteral("regionId"), problem.regionId);
        entry.insert(QStringLiteral("product"), problem.product);
        problems.append(entry);
    }
    return {{QStringLiteral("format"), QStringLiteral("fincloud-onboard.public-resources")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("verdict"), PublicResourceSummary::verdictKey(report.verdict)},
        {QStringLiteral("mayLackPermission"), report.mayLackPermission()},
        {QStringLiteral("accessKey"), key.redactedDescription()},
        {QStringLiteral("instancesFound"), double(report.instancesFound())},
        {QStringLiteral("regions"), regions}, {QStringLiteral("problems"), problems}};
}

void printReport(QTextStream &out, const PublicResourceReport &report, const CloudCredentials &key)
{
    out << QCoreApplication::translate(
        "CloudCommands", "Public-cloud instances visible to the AccessKey %1", "@title")
               .arg(key.redactedDescription())
        << "\n\n";
    qsizetype width
        = QCoreApplication::translate("CloudCommands", "Region", "@title column").size();
    for (const RegionResources &region : report.regions)
        width = qMax(width, region.regionId.size());
    constexpr int CountWidth = 6;
    out << QCoreApplication::translate("CloudCommands", "Region", "@title column")
               .leftJustified(width)
        << "  " << QStringLiteral("ECS").rightJustified(CountWidth) << "  "
        << QStringLiteral("RDS").rightJustified(CountWidth) << '\n';
    for (const RegionResources &region : report.regions) {
        out << UntrustedText::printable(region.regionId).leftJustified(width) << "  "
            << countText(region.ecs).rightJustified(CountWidth) << "  "
            << countText(region.rds).rightJustified(CountWidth) << "  "
            << UntrustedText::printable(region.localName) << '\n';
    }
    out << '\n' << PublicResourceSummary::verdictText(report) << '\n';
}

void printProblems(QTextStream &err, const PublicResourceReport &report)
{
    for (const ResourceProblem &problem : report.problems) {
        if (!problem.regionId.isEmpty())
            err << UntrustedText::printable(problem.regionId) << ' ' << problem.product << ": ";
        printCloudError(err, CloudErrorText::toError(problem.failure));
    }
}

QJsonObject regionZonesJson(const RegionZones &region, const RegionInfo *info)
{
    QJsonObject entry {{QStringLiteral("regionId"), region.regionId},
        {QStringLiteral("guideZoneCount"), info ? info->zoneCount : 0}};
    if (!region.zones) {
        entry.insert(QStringLiteral("zones"), QJsonValue::Null);
        entry.insert(QStringLiteral("error"), errorJson(CloudErrorText::toError(*region.failure)));
        return entry;
    }
    QJsonArray zones;
    for (const CloudZone &zone : *region.zones) {
        zones.append(QJsonObject {{QStringLiteral("zoneId"), zone.id},
            {QStringLiteral("localName"), zone.localName},
            {QStringLiteral("zoneType"), zone.zoneType}});
    }
    entry.insert(QStringLiteral("zones"), zones);
    return entry;
}

void printRegionZones(
    QTextStream &out, const RegionZones &region, const RegionInfo *info, const QString &version)
{
    QStringList ids;
    for (const CloudZone &zone : *region.zones)
        ids.append(UntrustedText::printable(zone.id));
    const QString live = ids.size() == 1
        ? QCoreApplication::translate("CloudCommands", "1 zone live", "@info zones command")
        : QCoreApplication::translate("CloudCommands", "%1 zones live", "@info zones command")
              .arg(ids.size());
    const QString guide = info
        ? QCoreApplication::translate(
            "CloudCommands", "%1 in version %2 of the guide", "@info zones command, %1 a number")
              .arg(info->zoneCount)
              .arg(version)
        : QCoreApplication::translate("CloudCommands", "not in the guide", "@info zones command");
    const QString name
        = info ? QStringLiteral("%1 (%2)").arg(region.regionId, info->name()) : region.regionId;
    out << name << ": " << live << ", " << guide << '\n'
        << "  " << ids.join(QStringLiteral(", ")) << '\n';
}

void printZones(QTextStream &out, QTextStream &err, const LiveZoneQuery &query,
    const RegionCatalogue &guide, bool json)
{
    QJsonArray regions;
    for (const RegionZones &region : query.regions()) {
        const RegionInfo *info = guide.find(region.regionId);
        regions.append(regionZonesJson(region, info));
        if (!region.zones) {
            err << region.regionId << ": ";
            printCloudError(err, CloudErrorText::toError(*region.failure));
        } else if (!json) {
            printRegionZones(out, region, info, guide.version());
        }
    }
    if (!json)
        return;
    const QJsonObject document {
        {QStringLiteral("format"), QStringLiteral("fincloud-onboard.zones")},
        {QStringLiteral("formatVersion"), 1}, {QStringLiteral("complete"), query.complete()},
        {QStringLiteral("guideVersion"), guide.version()}, {QStringLiteral("regions"), regions}};
    out << QJsonDocument(document).toJson(QJsonDocument::Indented);
}

QString sha256(const QByteArray &bytes)
{
    return bytes.isEmpty()
        ? QString()
        : QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

int runCheckPublicResources(
    const CloudCommandOptions &options, const Clock &clock, QTextStream &out, QTextStream &err)
{
    return withCloud(options, clock, err, [&](OpenApiClient &client, const CloudSetup &setup) {
        PublicResourceCheck check(client, setup.endpoints);
        check.start();
        runUntilFinished(check);
        const PublicResourceReport &report = check.report();
        if (options.json)
            out << QJsonDocument(reportJson(report, setup.credentials))
                       .toJson(QJsonDocument::Indented);
        else
            printReport(out, report, setup.credentials);
        printProblems(err, report);
        return exitStatus(report.verdict);
    });
}

int runZones(
    const CloudCommandOptions &options, const Clock &clock, QTextStream &out, QTextStream &err)
{
    return withCloud(options, clock, err, [&](OpenApiClient &client, const CloudSetup &setup) {
        const RegionCatalogue &guide = RegionCatalogue::guide();
        QStringList regionIds;
        for (const RegionInfo &region : guide.regions())
            regionIds.append(region.id);
        LiveZoneQuery query(client, setup.endpoints);
        query.start(regionIds);
        runUntilFinished(query);
        printZones(out, err, query, guide, options.json);
        return query.complete() ? 0 : 2;
    });
}

int validateRosTemplate(const CloudCommandOptions &options, const Clock &clock,
    const QByteArray &templateBody, const QString &regionId, QTextStream &out, QTextStream &err)
{
    return withCloud(options, clock, err, [&](OpenApiClient &client, const CloudSetup &setup) {
        const QByteArray compact
            = QJsonDocument::fromJson(templateBody).toJson(QJsonDocument::Compact);
        OpenApiRequest request {setup.endpoints.centralEndpoint(CloudProduct::Ros),
            QStringLiteral("ValidateTemplate"), QStringLiteral("2019-09-10"),
            QStringLiteral("ros:ValidateTemplate"), {}};
        // As the ROS SDKs send it: RegionId in the query, the template in a
        // POST body (a plan with many vSwitches outgrows a URL).
        request.with(QStringLiteral("RegionId"), regionId)
            .withInBody(QStringLiteral("TemplateBody"), QString::fromUtf8(compact));
        OpenApiReply *reply = client.send(request);
        runUntilFinished(*reply);
        const Result<QJsonObject> answer = reply->result();
        reply->deleteLater();
        if (!answer) {
            err << QCoreApplication::translate(
                "CloudCommands", "ROS did not accept the template (ValidateTemplate):", "@info")
                << '\n';
            printCloudError(err, answer.error());
            return 2;
        }
        // A plain variable: lupdate (Qt 6.4) never finishes a file where
        // translate()'s count is a cast of a call chain.
        const int outputs = int(answer.value().value(QStringLiteral("Outputs")).toArray().size());
        out << QCoreApplication::translate("CloudCommands",
            "ROS accepted the template (ValidateTemplate, %n output(s)).", "@info", outputs)
            << '\n';
        return 0;
    });
}

int runWhichCredentials(
    const CloudCommandOptions &options, const Clock &clock, QTextStream &out, QTextStream &err)
{
    return withCloud(options, clock, err, [&](OpenApiClient &client, const CloudSetup &setup) {
        // A role's temporary key is what the calls sign with: ask for it.
        if (client.credentialsDue()) {
            QEventLoop loop;
            std::optional<CloudFailure> failed;
            client.renewCredentials(&loop, [&](const std::optional<CloudFailure> &failure) {
                failed = failure;
                loop.quit();
            });
            loop.exec();
            if (failed) {
                printCloudError(err, CloudErrorText::toError(*failed));
                return 2;
            }
        }
        const CloudCredentials key = client.credentials();
        // Hashes only: the test compares them with the official SDK's choice.
        QJsonObject document {{QStringLiteral("source"), CloudCredentials::sourceKey(key.source())},
            {QStringLiteral("mode"), CloudCredentials::modeKey(key.mode())},
            {QStringLiteral("profile"), key.origin()},
            {QStringLiteral("accessKey"), key.redactedDescription()},
            {QStringLiteral("accessKeyIdSha256"), sha256(key.accessKeyId().toUtf8())},
            {QStringLiteral("secretSha256"), sha256(key.secret())},
            {QStringLiteral("securityTokenSha256"), sha256(key.securityToken())}};
        if (setup.role) {
            document.insert(QStringLiteral("sourceAccessKeyIdSha256"),
                sha256(setup.credentials.accessKeyId().toUtf8()));
            document.insert(QStringLiteral("roleArn"), setup.role->roleArn);
        }
        out << QJsonDocument(document).toJson(QJsonDocument::Indented);
        return 0;
    });
}
