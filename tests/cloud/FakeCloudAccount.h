// A fake Alibaba Cloud account for FakeOpenApiServer: what it holds per
// region (ECS and RDS instances, finance zones) and which calls misbehave.
// respond() answers DescribeRegions, DescribeInstances, DescribeDBInstances
// and DescribeZones in the documented shapes, paging included (DescribeRegions
// reports RegionEndpoint ecs.<region>.aliyuncs.com), and the account checks
// (respondAccount()), and VPC 2016-04-28 DescribeVpcs (Tag.N filters) and
// DescribeVSwitches (VpcId filter), paged, PageSize at most 50
// (respondVpc()).
#pragma once

#include "FakeOpenApiServer.h"

#include <QHash>
#include <QSet>
#include <QStringList>

struct FakeCloudAccount
{
    QStringList regions {"cn-hangzhou", "cn-beijing", "ap-southeast-1", "cn-hangzhou-finance"};
    QHash<QString, int> ecs; // region -> instances
    QHash<QString, int> rds;
    QHash<QString, FakeResponse> faults; // "region/Action" -> the answer instead
    QHash<QString, QStringList> zones; // finance region -> zone ids
    // "host/region": that endpoint answers InvalidOperation.NotSupportedEndpoint
    // for calls naming that region (the Host header decides, as at the provider).
    QSet<QString> unsupportedEndpoints;
    bool omitTotals = false;

    // The account checks (issue 20): STS GetCallerIdentity, BssOpenApi
    // QueryAccountBalance and QueryInvoicingCustomerList. DescribeRegions
    // lists `regions` above; financeRegions are today's four.
    static inline const QStringList FinanceRegions = {"cn-hangzhou-finance",
        "cn-shanghai-finance-1", "cn-shenzhen-finance-1", "cn-beijing-finance-1"};
    QString accountId = "1234567890123456";
    QString identityType = "RAMUser";
    QString availableAmount = "1,000.00";
    QString currency = "CNY";
    QStringList invoiceTitles = {"Example Fintech Ltd"};

    // The network as built (issue 21): VPCs per region, vSwitches by VPC.
    struct Vpc
    {
        QString id;
        QString name;
        QString cidr;
        QList<std::pair<QString, QString>> tags;
    };
    struct VSwitch
    {
        QString id;
        QString vpcId;
        QString zone;
        QString cidr;
    };
    QHash<QString, QList<Vpc>> vpcs; // region -> its VPCs
    QList<VSwitch> vSwitches;

    FakeResponse respond(const FakeRequest &request) const;
    FakeResponse respondVpc(const FakeRequest &request) const;
    // The account-check actions; an InvalidAction answer for any other.
    FakeResponse respondAccount(const FakeRequest &request) const;
    static bool isAccountAction(const QString &action);
};
