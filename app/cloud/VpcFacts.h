// Readers of one page of VPC 2016-04-28 DescribeVpcs and DescribeVSwitches
// (issue 21, item 3): the entries as plain data (BuiltVpc, BuiltVSwitch,
// tags included) and the paging facts beside them.
// Must never assume a shape: a missing id, block or total is an Error,
// never an empty network.
#pragma once

#include "core/Result.h"
#include "onboarding/NetworkComparison.h"

#include <QJsonObject>
#include <QList>

template<typename Item>
struct VpcPage
{
    QList<Item> items;
    qint64 totalCount = 0;
    QString requestId;
};

class VpcFacts
{
public:
    static Result<VpcPage<BuiltVpc>> vpcs(const QJsonObject &response);
    static Result<VpcPage<BuiltVSwitch>> vSwitches(const QJsonObject &response);
};
