// One page of DescribeInstances (ECS) or DescribeDBInstances (RDS), reduced to
// what the pre-check needs: how many instances the page lists and the total
// the service reports (absent in some gateways' answers).
// Must never treat a malformed page as "0 instances": that would call a
// non-empty account clean.
#pragma once

#include "core/Result.h"

#include <QJsonObject>

#include <optional>

struct InstancePage
{
    qint64 itemsOnPage = 0;
    std::optional<qint64> total;
};

class InstanceCount
{
public:
    static Result<InstancePage> parseEcs(const QJsonObject &response);
    static Result<InstancePage> parseRds(const QJsonObject &response);
};
