// Sends signed OpenAPI calls (V3) through the QNetworkAccessManager it is
// given, asynchronously, and hands back an OpenApiReply per call. Owns the
// settings every call shares: time-out, retries, back-off, body-size limit.
// Signs with a fixed key, or with a RAM role's temporary key that an
// AssumedRoleSession renews when a reply asks before an attempt.
// Must never block, switch off certificate verification, follow redirects,
// or let the secret leave the signer (no logging, no error text).
#pragma once

#include "CloudCredentials.h"
#include "CloudErrorText.h"
#include "OpenApiRequest.h"

#include <QNetworkRequest>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class AssumedRoleSession;
class Clock;
class OpenApiReply;
class QNetworkAccessManager;

struct OpenApiClientSettings
{
    int timeoutMs = 20000; // per attempt, from sending to the last byte
    int maxAttempts = 4; // the first try included
    int firstBackoffMs = 500; // doubled after every failed attempt
    int maxBackoffMs = 8000; // also the longest wait a Retry-After header gets
    qint64 maxBodyBytes = 4 * 1024 * 1024;
};

class OpenApiClient : public QObject
{
    Q_OBJECT
public:
    OpenApiClient(QNetworkAccessManager &network, const Clock &clock, CloudCredentials credentials,
        OpenApiClientSettings settings = {}, QObject *parent = nullptr);
    // RamRoleArn: signs with the session's temporary key.
    OpenApiClient(QNetworkAccessManager &network, const Clock &clock,
        std::shared_ptr<AssumedRoleSession> session, OpenApiClientSettings settings = {},
        QObject *parent = nullptr);
    ~OpenApiClient() override;

    // Starts the call. The reply is a child of this client; delete it with
    // deleteLater() once finished() has been emitted (or cancel() it).
    OpenApiReply *send(const OpenApiRequest &request);

    const OpenApiClientSettings &settings() const { return m_settings; }
    // The key the next attempt signs with (a role's: the current temporary key).
    CloudCredentials credentials() const;
    // For OpenApiReply, before each attempt: whether the key must be renewed
    // first, and the renewal (`done` from the event loop, never from inside).
    bool credentialsDue() const;
    void renewCredentials(
        QObject *context, std::function<void(const std::optional<CloudFailure> &)> done);
    QNetworkAccessManager &network() const { return m_network; }
    const Clock &clock() const { return m_clock; }

    // The request for one attempt: a fresh nonce and x-acs-date each time.
    QNetworkRequest signedRequest(const OpenApiRequest &request) const;
    // The body signedRequest() signed: the form, encoded; empty for a GET.
    static QByteArray body(const OpenApiRequest &request);

private:
    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    CloudCredentials m_credentials;
    std::shared_ptr<AssumedRoleSession> m_session;
    OpenApiClientSettings m_settings;
};
