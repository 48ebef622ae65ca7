#include "AccountCheck.h"

#include "AccountFacts.h"
#include "OpenApiClient.h"
#include "OpenApiReply.h"
#include "core/Clock.h"
#include "onboarding/AccountEvidenceText.h"

namespace {

OpenApiRequest call(
    const QUrl &endpoint, const char *action, const char *version, const char *ramService)
{
    const QString name = QLatin1String(action);
    return {endpoint, name, QLatin1String(version),
        QLatin1String(ramService) + QLatin1Char(':') + name, {}};
}

} // namespace

AccountCheck::AccountCheck(
    OpenApiClient &client, EndpointPolicy endpoints, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_endpoints(std::move(endpoints))
    , m_clock(clock)
{ }

OpenApiRequest AccountCheck::requestFor(AccountCheckKind check, const EndpointPolicy &endpoints)
{
    switch (check) {
    case AccountCheckKind::Identity:
        return call(
            endpoints.centralEndpoint(CloudProduct::Sts), "GetCallerIdentity", "2015-04-01", "sts");
    case AccountCheckKind::Balance:
        return call(endpoints.centralEndpoint(CloudProduct::Bss), "QueryAccountBalance",
            "2017-12-14", "bss");
    case AccountCheckKind::InvoiceTitle:
        return call(endpoints.centralEndpoint(CloudProduct::Bss), "QueryInvoicingCustomerList",
            "2017-12-14", "bss");
    case AccountCheckKind::FinanceRegions:
        return OpenApiRequest::ecs(
            endpoints.centralEndpoint(CloudProduct::Ecs), QStringLiteral("DescribeRegions"));
    }
    return {};
}

bool AccountCheck::isPermissionRefusal(const CloudFailure &failure)
{
    return failure.kind == CloudFailure::Kind::Service
        && (failure.code.startsWith(QLatin1String("Forbidden.RAM"))
            || failure.code == QLatin1String("NoPermission")
            || failure.code.startsWith(QLatin1String("NoPermission.")));
}

void AccountCheck::start(const QList<AccountCheckKind> &checks)
{
    for (AccountCheckKind check : checks) {
        const int index = int(m_slots.size());
        m_slots.append({check, std::nullopt, std::nullopt});
        OpenApiReply *reply = m_client.send(requestFor(check, m_endpoints));
        m_running.append(reply);
        connect(
            reply, &OpenApiReply::finished, this, [this, reply, index] { onAnswer(reply, index); });
    }
    if (m_running.isEmpty()) {
        m_finished = true;
        QMetaObject::invokeMethod(this, &AccountCheck::finished, Qt::QueuedConnection);
    }
}

void AccountCheck::cancel()
{
    const QList<QPointer<OpenApiReply>> running = m_running;
    for (const QPointer<OpenApiReply> &reply : running) {
        if (reply)
            reply->cancel();
    }
}

void AccountCheck::onAnswer(OpenApiReply *reply, int index)
{
    m_running.removeAll(reply);
    reply->deleteLater();
    Slot &slot = m_slots[index];
    const Result<QJsonObject> answer = reply->result();
    std::optional<CloudFailure> failure = reply->failure();
    if (answer) {
        if (const QString refused = AccountFacts::refusedCode(answer.value()); !refused.isEmpty()) {
            CloudFailure service;
            service.kind = CloudFailure::Kind::Service;
            service.code = refused;
            service.requestId = answer.value().value(QLatin1String("RequestId")).toString();
            service.serverMessage = answer.value().value(QLatin1String("Message")).toString();
            service.host = reply->request().endpoint.host();
            service.ramAction = reply->request().ramAction;
            failure = service;
        } else if (const Result<AccountEvidence> read
                   = AccountCheck::read(slot.check, answer.value());
                   read) {
            slot.evidence = read.value();
            slot.evidence->at = m_clock.now();
        } else {
            failure = reply->unexpectedShape(read.error());
        }
    }
    if (!slot.evidence && failure) {
        slot.failure = failure;
        // Nothing was asked of the account: no evidence to keep.
        if (failure->kind != CloudFailure::Kind::Cancelled
            && failure->kind != CloudFailure::Kind::MissingKey) {
            slot.evidence = unanswered(slot.check, *failure);
            slot.evidence->at = m_clock.now();
        }
    }
    if (m_running.isEmpty() && !m_finished) {
        m_finished = true;
        emit finished();
    }
}

Result<AccountEvidence> AccountCheck::read(AccountCheckKind check, const QJsonObject &answer)
{
    AccountEvidence evidence;
    evidence.check = check;
    evidence.requestId = answer.value(QLatin1String("RequestId")).toString();
    switch (check) {
    case AccountCheckKind::Identity: {
        const Result<CallerIdentity> identity = AccountFacts::identity(answer);
        if (!identity)
            return identity.error();
        evidence.accountId = identity.value().accountId;
        evidence.identityType = identity.value().identityType;
        evidence.arn = identity.value().arn;
        // The root account's own key: answered, but something to change.
        evidence.outcome = evidence.identityType == QLatin1String("Account")
            ? AccountEvidence::Outcome::ToDo
            : AccountEvidence::Outcome::Fine;
        return evidence;
    }
    case AccountCheckKind::Balance: {
        const Result<AccountBalance> balance = AccountFacts::balance(answer);
        if (!balance)
            return balance.error();
        evidence.availableAmount = balance.value().availableAmount;
        evidence.currency = balance.value().currency;
        evidence.outcome = balance.value().available > 0 ? AccountEvidence::Outcome::Fine
                                                         : AccountEvidence::Outcome::ToDo;
        return evidence;
    }
    case AccountCheckKind::InvoiceTitle: {
        const Result<InvoiceTitles> titles = AccountFacts::invoiceTitles(answer);
        if (!titles)
            return titles.error();
        evidence.invoiceTitles = titles.value().count;
        evidence.firstInvoiceTitle = titles.value().first;
        evidence.outcome = titles.value().count > 0 ? AccountEvidence::Outcome::Fine
                                                    : AccountEvidence::Outcome::ToDo;
        return evidence;
    }
    case AccountCheckKind::FinanceRegions: {
        const Result<QStringList> regions = AccountFacts::financeRegions(answer);
        if (!regions)
            return regions.error();
        evidence.financeRegions = regions.value();
        evidence.outcome = regions.value().isEmpty() ? AccountEvidence::Outcome::ToDo
                                                     : AccountEvidence::Outcome::Fine;
        return evidence;
    }
    }
    return evidence;
}

AccountEvidence AccountCheck::unanswered(AccountCheckKind check, const CloudFailure &failure)
{
    AccountEvidence evidence;
    evidence.check = check;
    evidence.outcome = AccountEvidence::Outcome::Unanswered;
    evidence.requestId = failure.requestId;
    evidence.errorCode = CloudErrorText::recordCode(failure);
    if (isPermissionRefusal(failure))
        evidence.policy = AccountEvidenceText::policyFor(check);
    return evidence;
}

QList<AccountEvidence> AccountCheck::evidence() const
{
    QList<AccountEvidence> all;
    for (const Slot &slot : m_slots) {
        if (slot.evidence)
            all.append(*slot.evidence);
    }
    return all;
}

std::optional<CloudFailure> AccountCheck::failure(AccountCheckKind check) const
{
    for (const Slot &slot : m_slots) {
        if (slot.check == check)
            return slot.failure;
    }
    return std::nullopt;
}

int AccountCheck::exitStatus(const QList<AccountEvidence> &evidence)
{
    const auto has = [&evidence](AccountEvidence::Outcome outcome) {
        return std::any_of(evidence.cbegin(), evidence.cend(),
            [outcome](const AccountEvidence &each) { return each.outcome == outcome; });
    };
    if (has(AccountEvidence::Outcome::ToDo))
        return 1;
    if (evidence.size() < qsizetype(AllAccountChecks.size())
        || has(AccountEvidence::Outcome::Unanswered))
        return 2;
    return 0;
}
