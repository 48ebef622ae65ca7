// The four read-only checks of the account (issue 20, item 2), all at once:
// STS GetCallerIdentity, BssOpenApi QueryAccountBalance and
// QueryInvoicingCustomerList, ECS DescribeRegions. Each answers or fails on
// its own and becomes an AccountEvidence with the time and the RequestId;
// a refusal names the read-only policy that grants the call.
// Must never store anything or change a status (the caller records the
// evidence; the user confirms what it suggests), and never keep a cancelled
// or key-less call as evidence: nothing was asked of the account.
#pragma once

#include "CloudErrorText.h"
#include "EndpointPolicy.h"
#include "onboarding/AccountEvidence.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class Clock;
class OpenApiClient;
class OpenApiReply;
struct OpenApiRequest;

class AccountCheck : public QObject
{
    Q_OBJECT
public:
    AccountCheck(OpenApiClient &client, EndpointPolicy endpoints, const Clock &clock,
        QObject *parent = nullptr);

    void start(
        const QList<AccountCheckKind> &checks = {AllAccountChecks.begin(), AllAccountChecks.end()});
    void cancel();
    bool isFinished() const { return m_finished; }

    // In the order start() was given; a cancelled check is left out.
    QList<AccountEvidence> evidence() const;
    // The failure behind an Unanswered check, for words and details.
    std::optional<CloudFailure> failure(AccountCheckKind check) const;
    // The CLI's exit status: 0 every check answered with nothing to do, 1
    // some check found something to do (wins, as a finding is certain), 2
    // some check could not be made.
    static int exitStatus(const QList<AccountEvidence> &evidence);

    static OpenApiRequest requestFor(AccountCheckKind check, const EndpointPolicy &endpoints);
    // Whether a failure is a refusal for lack of a permission.
    static bool isPermissionRefusal(const CloudFailure &failure);

signals:
    void finished();

private:
    struct Slot
    {
        AccountCheckKind check;
        std::optional<AccountEvidence> evidence;
        std::optional<CloudFailure> failure;
    };

    void onAnswer(OpenApiReply *reply, int index);
    // The finding in a successful answer, or why it cannot be read.
    static Result<AccountEvidence> read(AccountCheckKind check, const QJsonObject &answer);
    static AccountEvidence unanswered(AccountCheckKind check, const CloudFailure &failure);

    OpenApiClient &m_client;
    const EndpointPolicy m_endpoints;
    const Clock &m_clock;
    QList<Slot> m_slots;
    QList<QPointer<OpenApiReply>> m_running;
    bool m_finished = false;
};
