// A fake Alibaba Cloud account for FakeOpenApiServer: what it holds per
// region (ECS and RDS instances, finance zones) and which calls misbehave.
// respond() answers DescribeRegions, DescribeInstances, DescribeDBInstances
// and DescribeZones in the documented shapes, paging included; DescribeRegions
// reports RegionEndpoint ecs.<region>.aliyuncs.com.
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

    FakeResponse respond(const FakeRequest &request) const;
};
