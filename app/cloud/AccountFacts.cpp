#include "AccountFacts.h"

#include "EndpointPolicy.h"
#include "RegionList.h"
#include "ResponseShape.h"

#include <cmath>

Result<CallerIdentity> AccountFacts::identity(const QJsonObject &response)
{
    const Result<QString> account = ResponseShape::string(response, "AccountId", true);
    const Result<QString> type = ResponseShape::string(response, "IdentityType", true);
    const Result<QString> arn = ResponseShape::string(response, "Arn", false);
    for (const Result<QString> *field : {&account, &type, &arn}) {
        if (!*field)
            return field->error();
    }
    return CallerIdentity {account.value(), type.value(), arn.value()};
}

Result<AccountBalance> AccountFacts::balance(const QJsonObject &response)
{
    const QJsonValue data = response.value(QLatin1String("Data"));
    if (!data.isObject())
        return ResponseShape::unexpected(QStringLiteral("Data: expected an object"));
    const QJsonValue amount = data.toObject().value(QLatin1String("AvailableAmount"));
    AccountBalance balance;
    if (amount.isDouble()) {
        balance.available = amount.toDouble();
        balance.availableAmount = QString::number(balance.available, 'f', 2);
    } else if (amount.isString()) {
        bool ok = false;
        balance.availableAmount = amount.toString().trimmed();
        // The service writes thousands with commas: "1,000.00".
        QString plain = balance.availableAmount;
        balance.available = plain.remove(QLatin1Char(',')).toDouble(&ok);
        if (!ok)
            return ResponseShape::unexpected(QStringLiteral("Data.AvailableAmount: not an amount"));
    } else {
        return ResponseShape::unexpected(QStringLiteral("Data.AvailableAmount: missing"));
    }
    if (!std::isfinite(balance.available))
        return ResponseShape::unexpected(QStringLiteral("Data.AvailableAmount: not an amount"));
    const Result<QString> currency = ResponseShape::string(data.toObject(), "Currency", false);
    if (!currency)
        return currency.error();
    balance.currency = currency.value();
    return balance;
}

Result<InvoiceTitles> AccountFacts::invoiceTitles(const QJsonObject &response)
{
    const QJsonValue data = response.value(QLatin1String("Data"));
    if (!data.isObject())
        return ResponseShape::unexpected(QStringLiteral("Data: expected an object"));
    const Result<QList<QJsonObject>> titles
        = ResponseShape::objects(data.toObject(), "CustomerInvoiceList", "CustomerInvoice");
    if (!titles)
        return titles.error();
    InvoiceTitles found;
    found.count = int(titles.value().size());
    if (!titles.value().isEmpty()) {
        const Result<QString> first = ResponseShape::string(titles.value().first(), "Title", false);
        if (!first)
            return first.error();
        found.first = first.value().trimmed();
    }
    return found;
}

Result<QStringList> AccountFacts::financeRegions(const QJsonObject &response)
{
    const Result<QList<CloudRegion>> regions = RegionList::parse(response);
    if (!regions)
        return regions.error();
    QStringList finance;
    for (const CloudRegion &region : regions.value()) {
        if (EndpointPolicy::isFinanceRegion(region.id)
            && !region.id.endsWith(QLatin1String("-pop")))
            finance.append(region.id);
    }
    return finance;
}

QString AccountFacts::refusedCode(const QJsonObject &response)
{
    const QJsonValue success = response.value(QLatin1String("Success"));
    if (!success.isBool() || success.toBool())
        return {};
    const QString code = response.value(QLatin1String("Code")).toString();
    return code.isEmpty() ? QStringLiteral("Unsuccessful") : code;
}
