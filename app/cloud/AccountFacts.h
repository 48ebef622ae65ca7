// Readers of the four read-only answers that check the account instead of
// asking the user (FACTS.md, "APIs that can check a step"): STS
// GetCallerIdentity, BssOpenApi QueryAccountBalance and
// QueryInvoicingCustomerList, ECS DescribeRegions (finance regions only).
// Must never assume a shape: a missing or mistyped value is an Error, never
// a zero balance or "no invoice title".
#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

struct CallerIdentity
{
    QString accountId;
    QString identityType; // Account, RAMUser, AssumedRoleUser
    QString arn;
};

struct AccountBalance
{
    QString availableAmount; // as the service wrote it, e.g. "1,000.00"
    double available = 0; // the same, as a number
    QString currency;
};

struct InvoiceTitles
{
    int count = 0;
    QString first; // the first title's text; may be empty
};

class AccountFacts
{
public:
    static Result<CallerIdentity> identity(const QJsonObject &response);
    static Result<AccountBalance> balance(const QJsonObject &response);
    static Result<InvoiceTitles> invoiceTitles(const QJsonObject &response);
    // The customer finance regions DescribeRegions lists, in its order
    // (the SDKs' internal *-finance-pop ids left out).
    static Result<QStringList> financeRegions(const QJsonObject &response);
    // BssOpenApi answers some refusals with HTTP 200 and "Success": false;
    // the error code then, empty for a successful answer.
    static QString refusedCode(const QJsonObject &response);
};
