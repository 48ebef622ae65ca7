// Sends signed OpenAPI calls (V3) through the QNetworkAccessManager it is
// given, asynchronously, and hands back an OpenApiReply per call. Owns the
// settings every call shares: time-out, retries, back-off, body-size limit.
// Must never block, switch off certificate verification, follow redirects,
// or let the secret leave the signer (no logging, no error text).
#pragma once

#include "CloudCredentials.h"
#include "OpenApiRequest.h"

#include <QNetworkRequest>
#include <QObject>

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
    ~OpenApiClient() override;

    // Starts the call. The reply is a child of this client; delete it with
    // deleteLater() once finished() has been emitted (or cancel() it).
    OpenApiReply *send(const OpenApiRequest &request);

    const OpenApiClientSettings &settings() const { return m_settings; }
    const CloudCredentials &credentials() const { return m_credentials; }
    QNetworkAccessManager &network() const { return m_network; }
    const Clock &clock() const { return m_clock; }

    // The request for one attempt: a fresh nonce and x-acs-date each time.
    QNetworkRequest signedRequest(const OpenApiRequest &request) const;

private:
    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    CloudCredentials m_credentials;
    OpenApiClientSettings m_settings;
};
