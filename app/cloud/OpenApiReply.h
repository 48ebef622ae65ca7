// One OpenAPI call in flight: its attempts, time-out, back-off and the final
// outcome as Result<QJsonObject>. finished() is emitted exactly once, always
// from the event loop (never from inside OpenApiClient::send()).
// What the server said in a failure (message, code, request id, the start of
// a body) is redacted (Redactor) before it reaches the error: a gateway may
// echo the AccessKey ID and the signature.
// Must never retry what cannot succeed by waiting (a wrong key, a refused
// permission, a certificate failure, a time-out the user already sat through),
// and must never read more than the client's body-size limit. A retry waits
// as long as the server's Retry-After asks (capped by the client's longest
// back-off) and is signed afresh: new nonce, new date.
#pragma once

#include "CloudErrorText.h"
#include "OpenApiRequest.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class OpenApiClient;
class QNetworkReply;

class OpenApiReply : public QObject
{
    Q_OBJECT
public:
    ~OpenApiReply() override;

    bool isFinished() const { return m_result.has_value(); }
    // The parsed JSON object, or the error; an error until finished().
    Result<QJsonObject> result() const;
    // Set when the call failed: the raw facts behind result().error().
    const std::optional<CloudFailure> &failure() const { return m_failure; }
    const OpenApiRequest &request() const { return m_request; }
    // For an answer that came back whole but that a parser refused (its
    // Error's details name what was wrong): the facts as for a failed call,
    // so that the cause is worded when it is shown.
    CloudFailure unexpectedShape(const Error &parseError) const;
    int attempts() const { return m_attempts; }
    // How long a Retry-After header value (delay-seconds or an HTTP-date)
    // asks to wait from `now`; nothing for a missing or unreadable value.
    static std::optional<qint64> retryAfterMs(const QByteArray &header, const QDateTime &now);

    // Stops the call; finished() follows with a "cancelled" error unless it
    // has already been emitted.
    void cancel();

signals:
    void finished();

private:
    friend class OpenApiClient;
    OpenApiReply(OpenApiClient &client, OpenApiRequest request);

    void startAttempt();
    void readAvailable();
    void checkAnnouncedLength();
    void onNetworkFinished();
    void onAttemptTimeout();
    void abortNetwork();
    void handleNetworkFailure(int networkError, const QString &technical);
    void handleHttpAnswer(int status, const QString &requestIdHeader);
    void retryOrFail(CloudFailure failure, bool retryable);
    void fail(CloudFailure failure);
    void succeed(QJsonObject object);
    CloudFailure baseFailure(CloudFailure::Kind kind) const;

    OpenApiClient &m_client;
    const OpenApiRequest m_request;
    QPointer<QNetworkReply> m_network;
    QTimer m_attemptTimer;
    QTimer m_backoffTimer;
    QByteArray m_body;
    QByteArray m_retryAfter; // of the last answer
    int m_attempts = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_cancelled = false;
    bool m_renewedForAttempt = false; // renewal asked for the coming attempt
    std::optional<Result<QJsonObject>> m_result;
    std::optional<CloudFailure> m_failure;
};
