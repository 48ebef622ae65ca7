#include "OpenApiReply.h"

#include "OpenApiClient.h"
#include "core/Clock.h"
#include "diagnostics/Redactor.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

namespace {

// Transport failures: nothing usable came back (codes 1–199 are connection
// and proxy errors in QNetworkReply::NetworkError).
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

bool isTlsError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError;
}

QString stringField(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isString() ? value.toString() : QString();
}

// A gateway or proxy may echo the request in its error text: the AccessKey
// ID, the Authorization header, a Signature= parameter. What came from the
// server is redacted here, before any caller can print, show or keep it.
void redactServerText(CloudFailure &failure, const CloudCredentials &key)
{
    const Redactor redactor({key.accessKeyId(), QString::fromUtf8(key.secret()),
        QString::fromUtf8(key.securityToken())});
    for (QString *text : {&failure.serverMessage, &failure.recommend, &failure.technical})
        *text = redactor.redact(*text);
    // Identifiers support needs whole: a request id may hold long digit runs.
    for (QString *identifier : {&failure.code, &failure.requestId})
        *identifier = redactor.redact(*identifier, Redactor::Scope::SecretsOnly);
}

} // namespace

OpenApiReply::OpenApiReply(OpenApiClient &client, OpenApiRequest request)
    : m_client(client)
    , m_request(std::move(request))
{
    m_attemptTimer.setSingleShot(true);
    m_backoffTimer.setSingleShot(true);
    connect(&m_attemptTimer, &QTimer::timeout, this, &OpenApiReply::onAttemptTimeout);
    connect(&m_backoffTimer, &QTimer::timeout, this, &OpenApiReply::startAttempt);
}

OpenApiReply::~OpenApiReply()
{
    abortNetwork();
}

Result<QJsonObject> OpenApiReply::result() const
{
    if (m_result)
        return *m_result;
    return Error {tr("The request has not finished yet.", "@info"), QString()};
}

void OpenApiReply::cancel()
{
    if (isFinished())
        return;
    m_cancelled = true;
    m_backoffTimer.stop();
    if (m_network)
        m_network->abort(); // finishes through onNetworkFinished()
    else
        fail(baseFailure(CloudFailure::Kind::Cancelled));
}

void OpenApiReply::startAttempt()
{
    if (isFinished())
        return;
    if (m_cancelled)
        return fail(baseFailure(CloudFailure::Kind::Cancelled));
    // A role's temporary key is renewed first (AssumedRoleSession), once.
    if (m_client.credentialsDue() && !m_renewedForAttempt) {
        m_renewedForAttempt = true;
        m_client.renewCredentials(this, [this](const std::optional<CloudFailure> &failure) {
            if (failure)
                return fail(*failure);
            startAttempt();
        });
        return;
    }
    m_renewedForAttempt = false;
    if (!m_client.credentials().isComplete())
        return fail(baseFailure(CloudFailure::Kind::MissingKey));
    ++m_attempts;
    m_body.clear();
    m_retryAfter.clear();
    m_timedOut = false;
    m_tooLarge = false;
    m_network = m_request.isPost()
        ? m_client.network().post(m_client.signedRequest(m_request), OpenApiClient::body(m_request))
        : m_client.network().get(m_client.signedRequest(m_request));
    connect(m_network, &QNetworkReply::metaDataChanged, this, &OpenApiReply::checkAnnouncedLength);
    connect(m_network, &QNetworkReply::readyRead, this, &OpenApiReply::readAvailable);
    connect(m_network, &QNetworkReply::finished, this, &OpenApiReply::onNetworkFinished);
    m_attemptTimer.start(m_client.settings().timeoutMs);
}

void OpenApiReply::checkAnnouncedLength()
{
    bool ok = false;
    const qint64 announced
        = m_network->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && announced > m_client.settings().maxBodyBytes) {
        m_tooLarge = true;
        m_network->abort();
    }
}

void OpenApiReply::readAvailable()
{
    if (!m_network || !m_network->isOpen() || m_tooLarge)
        return;
    const qint64 room = m_client.settings().maxBodyBytes - m_body.size();
    m_body += m_network->read(room + 1);
    if (m_body.size() > m_client.settings().maxBodyBytes) {
        m_tooLarge = true;
        m_body.clear();
        m_network->abort();
    }
}

void OpenApiReply::onAttemptTimeout()
{
    m_timedOut = true;
    if (m_network)
        m_network->abort();
}

void OpenApiReply::abortNetwork()
{
    m_attemptTimer.stop();
    if (!m_network)
        return;
    QNetworkReply *network = m_network;
    m_network = nullptr;
    network->disconnect(this);
    network->abort();
    network->deleteLater();
}

void OpenApiReply::onNetworkFinished()
{
    QNetworkReply *network = m_network;
    if (!network)
        return;
    readAvailable();
    m_network = nullptr;
    m_attemptTimer.stop();
    network->disconnect(this);
    network->deleteLater();

    if (m_cancelled)
        return fail(baseFailure(CloudFailure::Kind::Cancelled));
    if (m_timedOut)
        return fail(baseFailure(CloudFailure::Kind::Timeout));
    if (m_tooLarge)
        return fail(baseFailure(CloudFailure::Kind::TooLarge));
    const QNetworkReply::NetworkError error = network->error();
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (isTransportError(error) || status == 0)
        return handleNetworkFailure(error, network->errorString());
    m_retryAfter = network->rawHeader("retry-after");
    handleHttpAnswer(status, QString::fromLatin1(network->rawHeader("x-acs-request-id")));
}

void OpenApiReply::handleNetworkFailure(int networkError, const QString &technical)
{
    const auto error = static_cast<QNetworkReply::NetworkError>(networkError);
    CloudFailure failure
        = baseFailure(isTlsError(error) ? CloudFailure::Kind::Tls : CloudFailure::Kind::NoNetwork);
    failure.technical = technical;
    failure.networkError = networkError;
    // A certificate does not get better by asking again; a dropped or refused
    // connection often does.
    retryOrFail(failure, !isTlsError(error));
}

void OpenApiReply::handleHttpAnswer(int status, const QString &requestIdHeader)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_body, &parseError);
    const QJsonObject object = document.object();
    if (status >= 200 && status < 300) {
        if (parseError.error == QJsonParseError::NoError && document.isObject())
            return succeed(object);
        CloudFailure failure = baseFailure(CloudFailure::Kind::Malformed);
        failure.httpStatus = status;
        failure.requestId = requestIdHeader;
        failure.technical = parseError.error != QJsonParseError::NoError
            ? QStringLiteral("%1 at byte %2 of %3")
                  .arg(parseError.errorString())
                  .arg(parseError.offset)
                  .arg(m_body.size())
            : QStringLiteral("the JSON document is not an object");
        return fail(failure);
    }
    const QString code = stringField(object, "Code");
    CloudFailure failure = baseFailure(
        code.isEmpty() ? CloudFailure::Kind::HttpStatus : CloudFailure::Kind::Service);
    failure.httpStatus = status;
    failure.code = code;
    failure.requestId = stringField(object, "RequestId");
    if (failure.requestId.isEmpty())
        failure.requestId = requestIdHeader;
    failure.serverMessage = stringField(object, "Message").left(1000);
    failure.recommend = stringField(object, "Recommend").left(500);
    if (code.isEmpty())
        failure.technical = QString::fromUtf8(m_body.left(200)).simplified();
    // Throttling passes; so may an overloaded front end (429, 503).
    retryOrFail(failure, CloudErrorText::isThrottling(code) || status == 429 || status == 503);
}

void OpenApiReply::retryOrFail(CloudFailure failure, bool retryable)
{
    const OpenApiClientSettings &settings = m_client.settings();
    if (!retryable || m_attempts >= settings.maxAttempts)
        return fail(failure);
    // The server said when to come back: no sooner, and no later than the
    // longest back-off this client waits (a far-off date must not hang the page).
    const std::optional<qint64> asked = retryAfterMs(m_retryAfter, m_client.clock().now());
    if (asked) {
        m_backoffTimer.start(int(qBound<qint64>(0, *asked, qint64(settings.maxBackoffMs))));
        return;
    }
    const int exponent = qMin(m_attempts - 1, 16);
    const qint64 backoff
        = qMin<qint64>(qint64(settings.firstBackoffMs) << exponent, settings.maxBackoffMs);
    // Jitter, so that many clients throttled together do not return together.
    const qint64 jitter = QRandomGenerator::global()->bounded(backoff / 4 + 1);
    m_backoffTimer.start(int(backoff + jitter));
}

void OpenApiReply::fail(CloudFailure failure)
{
    if (isFinished())
        return;
    failure.attempts = m_attempts;
    redactServerText(failure, m_client.credentials());
    m_result = Result<QJsonObject>(CloudErrorText::toError(failure));
    m_failure = std::move(failure);
    emit finished();
}

void OpenApiReply::succeed(QJsonObject object)
{
    if (isFinished())
        return;
    m_result = Result<QJsonObject>(std::move(object));
    emit finished();
}

std::optional<qint64> OpenApiReply::retryAfterMs(const QByteArray &header, const QDateTime &now)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt
                           : std::optional<qint64>(qMin<qint64>(seconds, 86400) * 1000);
    // RFC 9110 HTTP-date, IMF-fixdate form: "Sun, 06 Nov 1994 08:49:37 GMT".
    // Qt's RFC 2822 reader wants the zone as an offset.
    QString text = QString::fromLatin1(value);
    if (text.endsWith(QLatin1String(" GMT")))
        text = text.chopped(3) + QStringLiteral("+0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return qMax<qint64>(0, now.msecsTo(when));
}

CloudFailure OpenApiReply::unexpectedShape(const Error &parseError) const
{
    CloudFailure failure = baseFailure(CloudFailure::Kind::Malformed);
    failure.technical = parseError.details;
    if (m_result && m_result->ok())
        failure.requestId = m_result->value().value(QLatin1String("RequestId")).toString();
    return failure;
}

CloudFailure OpenApiReply::baseFailure(CloudFailure::Kind kind) const
{
    CloudFailure failure;
    failure.kind = kind;
    failure.host = m_request.endpoint.host();
    failure.ramAction = m_request.ramAction;
    failure.timeoutMs = m_client.settings().timeoutMs;
    failure.sizeLimit = m_client.settings().maxBodyBytes;
    failure.attempts = m_attempts;
    return failure;
}
