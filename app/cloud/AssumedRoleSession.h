// RamRoleArn: the temporary key of a RAM role, from STS 2015-04-01
// AssumeRole (RoleArn, RoleSessionName, DurationSeconds) signed with the
// profile's own key, kept in memory and renewed before it expires. Every
// OpenApiClient made for the role shares one session and asks it before each
// attempt (OpenApiReply), so callers never see the extra step.
// Must never block (AssumeRole runs on the event loop), never keep the
// temporary key anywhere but memory, and never ask STS twice at once.
#pragma once

#include "CloudCredentials.h"
#include "CloudErrorText.h"
#include "CredentialChain.h"
#include "OpenApiClient.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class Clock;
class EndpointPolicy;
class OpenApiReply;
class QNetworkAccessManager;

class AssumedRoleSession : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const std::optional<CloudFailure> &failure)>;

    AssumedRoleSession(QNetworkAccessManager &network, const Clock &clock,
        CloudCredentials sourceKey, RoleToAssume role, QUrl stsEndpoint,
        OpenApiClientSettings settings = {}, QObject *parent = nullptr);
    ~AssumedRoleSession() override;

    // The role's STS endpoint, or the --api-endpoint override.
    static QUrl stsEndpoint(const RoleToAssume &role, const EndpointPolicy &endpoints);

    // No temporary key yet, or it is close enough to its expiry to renew.
    bool needsRenewal() const;
    // The temporary key (mode RamRoleArn, source and origin of the profile's
    // key); incomplete until the first renewal has succeeded.
    CloudCredentials current() const { return m_current; }
    QDateTime expiration() const { return m_expiration; }
    CloudCredentials sourceKey() const { return m_stsClient.credentials(); }
    const RoleToAssume &role() const { return m_role; }
    int renewals() const { return m_renewals; }

    // Asks STS for a new key (one call at a time: a caller that asks while
    // one runs waits for it); `done` runs from the event loop unless
    // `context` is gone by then.
    void renew(QObject *context, Done done);

private:
    void onAnswer();
    void finish(const std::optional<CloudFailure> &failure);

    OpenApiClient m_stsClient;
    const Clock &m_clock;
    const RoleToAssume m_role;
    const QUrl m_endpoint;
    CloudCredentials m_current;
    QDateTime m_obtained;
    QDateTime m_expiration;
    int m_renewals = 0;
    QPointer<OpenApiReply> m_running;
    QList<std::pair<QPointer<QObject>, Done>> m_waiting;
};
