#include "FakeCloudAccount.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QJsonArray items(int count, int page, int pageSize)
{
    QJsonArray list;
    const int first = (page - 1) * pageSize;
    for (int i = first; i < qMin(count, first + pageSize); ++i)
        list.append(QJsonObject {{"InstanceId", QString("i-%1").arg(i)}});
    return list;
}

} // namespace

FakeResponse FakeCloudAccount::respond(const FakeRequest &request) const
{
    const QString region = request.parameter("RegionId");
    const QString key = region + '/' + request.action();
    if (faults.contains(key))
        return faults.value(key);
    const QString host = QString::fromLatin1(request.headers.value("host"));
    if (unsupportedEndpoints.contains(host + '/' + region))
        return FakeResponse::error("InvalidOperation.NotSupportedEndpoint", 400,
            "The specified endpoint can't operate this region. Please use API DescribeRegions to "
            "get the appropriate endpoint, or upgrade your SDK to latest version.");
    if (isAccountAction(request.action()))
        return respondAccount(request);
    if (request.action() == "DescribeVpcs" || request.action() == "DescribeVSwitches")
        return respondVpc(request);
    const int page = qMax(1, request.parameter("PageNumber").toInt());
    const int pageSize = qMax(1, request.parameter("PageSize").toInt());
    if (request.action() == "DescribeRegions") {
        // As the service does: names in Chinese unless asked otherwise.
        const QString accept = request.parameter("AcceptLanguage");
        const QString prefix = accept == "en-US" ? "name of " : accept == "ja" ? "ja " : "地域 ";
        // VPC's own list (2016-04-28) names VPC hosts.
        const QString product
            = request.headers.value("x-acs-version") == "2016-04-28" ? "vpc" : "ecs";
        QJsonArray regions;
        for (const QString &id : this->regions)
            regions.append(QJsonObject {{"RegionId", id}, {"LocalName", prefix + id},
                {"RegionEndpoint", product + '.' + id + ".aliyuncs.com"}, {"Status", "available"}});
        return FakeResponse::json(
            {{"RequestId", "R-regions"}, {"Regions", QJsonObject {{"Region", regions}}}});
    }
    if (request.action() == "DescribeInstances") {
        const int count = ecs.value(region);
        QJsonObject answer {{"RequestId", "R-ecs"}, {"PageNumber", page},
            {"Instances", QJsonObject {{"Instance", items(count, page, pageSize)}}}};
        if (!omitTotals)
            answer.insert("TotalCount", count);
        return FakeResponse::json(answer);
    }
    if (request.action() == "DescribeDBInstances") {
        const int count = rds.value(region);
        QJsonObject answer {{"RequestId", "R-rds"},
            {"Items", QJsonObject {{"DBInstance", items(count, page, pageSize)}}}};
        if (!omitTotals)
            answer.insert("TotalRecordCount", count);
        return FakeResponse::json(answer);
    }
    if (request.action() == "DescribeZones") {
        QJsonArray zones;
        for (const QString &id : this->zones.value(region))
            zones.append(QJsonObject {{"ZoneId", id}, {"LocalName", "zone " + id.right(1)}});
        return FakeResponse::json(
            {{"RequestId", "R-zones"}, {"Zones", QJsonObject {{"Zone", zones}}}});
    }
    return FakeResponse::error("InvalidAction.NotFound", 404);
}

bool FakeCloudAccount::isAccountAction(const QString &action)
{
    return action == "GetCallerIdentity" || action == "QueryAccountBalance"
        || action == "QueryInvoicingCustomerList";
}

// Faults for these are keyed "/Action" (they name no region).
FakeResponse FakeCloudAccount::respondAccount(const FakeRequest &request) const
{
    const QString action = request.action();
    if (action == "GetCallerIdentity") {
        if (request.headers.value("x-acs-version") != "2015-04-01")
            return FakeResponse::error("InvalidVersion", 400);
        const QString arn = identityType == "Account"
            ? QString("acs:ram::%1:root").arg(accountId)
            : QString("acs:ram::%1:user/admin").arg(accountId);
        return FakeResponse::json(
            {{"RequestId", "R-identity"}, {"AccountId", accountId}, {"IdentityType", identityType},
                {"Arn", arn}, {"UserId", "2000000000000001"}, {"PrincipalId", "2000000000000001"}});
    }
    if (request.headers.value("x-acs-version") != "2017-12-14")
        return FakeResponse::error("InvalidVersion", 400);
    if (action == "QueryAccountBalance") {
        return FakeResponse::json({{"RequestId", "R-balance"}, {"Success", true}, {"Code", "200"},
            {"Message", "Successful!"},
            {"Data",
                QJsonObject {{"AvailableAmount", availableAmount},
                    {"AvailableCashAmount", availableAmount}, {"CreditAmount", "0.00"},
                    {"MybankCreditAmount", "0.00"}, {"Currency", currency}}}});
    }
    if (action == "QueryInvoicingCustomerList") {
        QJsonArray titles;
        for (int i = 0; i < invoiceTitles.size(); ++i)
            titles.append(QJsonObject {{"Id", 100 + i}, {"Title", invoiceTitles.at(i)},
                {"TaxationLicense", "91330100MA2B3C4D5E"}, {"Type", 1}});
        return FakeResponse::json({{"RequestId", "R-invoice"}, {"Success", true}, {"Code", "200"},
            {"Message", "Successful!"},
            {"Data",
                QJsonObject {{"CustomerInvoiceList", QJsonObject {{"CustomerInvoice", titles}}}}}});
    }
    return FakeResponse::error("InvalidAction.NotFound", 404);
}

// Faults for these are keyed "region/Action", as for ECS.
FakeResponse FakeCloudAccount::respondVpc(const FakeRequest &request) const
{
    if (request.headers.value("x-acs-version") != "2016-04-28")
        return FakeResponse::error("InvalidVersion", 400);
    const QString region = request.parameter("RegionId");
    const int page = qMax(1, request.parameter("PageNumber").toInt());
    const int pageSize
        = request.parameter("PageSize").isEmpty() ? 10 : request.parameter("PageSize").toInt();
    if (pageSize < 1 || pageSize > 50)
        return FakeResponse::error("InvalidParameter.PageSize", 400,
            "The specified PageSize is invalid: it must be from 1 to 50.");
    QJsonArray all;
    if (request.action() == "DescribeVpcs") {
        for (const Vpc &vpc : vpcs.value(region)) {
            bool tagged = true;
            for (int n = 1; n <= 20; ++n) {
                const QString key = request.parameter(QString("Tag.%1.Key").arg(n));
                if (key.isEmpty())
                    continue;
                const QString value = request.parameter(QString("Tag.%1.Value").arg(n));
                if (!vpc.tags.contains(std::pair<QString, QString>(key, value)))
                    tagged = false;
            }
            if (!tagged)
                continue;
            QJsonArray tags;
            for (const auto &[key, value] : vpc.tags)
                tags.append(QJsonObject {{"Key", key}, {"Value", value}});
            all.append(QJsonObject {{"VpcId", vpc.id}, {"VpcName", vpc.name},
                {"CidrBlock", vpc.cidr}, {"RegionId", region}, {"Status", "Available"},
                {"Tags", QJsonObject {{"Tag", tags}}}});
        }
    } else {
        const QString vpcId = request.parameter("VpcId");
        for (const VSwitch &vSwitch : vSwitches) {
            if (!vpcId.isEmpty() && vSwitch.vpcId != vpcId)
                continue;
            all.append(QJsonObject {{"VSwitchId", vSwitch.id}, {"VpcId", vSwitch.vpcId},
                {"ZoneId", vSwitch.zone}, {"CidrBlock", vSwitch.cidr},
                {"VSwitchName", "switch " + vSwitch.id}, {"Status", "Available"}});
        }
    }
    QJsonArray onPage;
    for (qsizetype i = qsizetype(page - 1) * pageSize;
         i < qMin(all.size(), qsizetype(page) * pageSize); ++i)
        onPage.append(all.at(i));
    const bool vpcList = request.action() == "DescribeVpcs";
    return FakeResponse::json(
        {{"RequestId", QString("R-%1-%2").arg(vpcList ? "vpcs" : "vswitches").arg(page)},
            {"PageNumber", page}, {"PageSize", pageSize}, {"TotalCount", all.size()},
            {vpcList ? "Vpcs" : "VSwitches", QJsonObject {{vpcList ? "Vpc" : "VSwitch", onPage}}}});
}
