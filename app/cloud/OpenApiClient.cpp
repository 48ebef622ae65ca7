#include "OpenApiClient.h"

#include "AssumedRoleSession.h"
#include "OpenApiReply.h"
#include "OpenApiSigner.h"
#include "core/Clock.h"

#include <QNetworkAccessManager>
#include <QUuid>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

namespace {

QByteArray acsDate(const Clock &clock)
{
    return clock.now().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toLatin1();
}

// What the Host header will say: the authority without user info, the port
// only when the URL names one (then Qt would send it too).
QByteArray hostHeader(const QUrl &url)
{
    return url.authority(QUrl::RemoveUserInfo | QUrl::FullyEncoded).toLatin1();
}

} // namespace

OpenApiClient::OpenApiClient(QNetworkAccessManager &network, const Clock &clock,
    CloudCredentials credentials, OpenApiClientSettings settings, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_credentials(std::move(credentials))
    , m_settings(settings)
{ }

OpenApiClient::OpenApiClient(QNetworkAccessManager &network, const Clock &clock,
    std::shared_ptr<AssumedRoleSession> session, OpenApiClientSettings settings, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_session(std::move(session))
    , m_settings(settings)
{ }

OpenApiClient::~OpenApiClient() = default;

CloudCredentials OpenApiClient::credentials() const
{
    return m_session ? m_session->current() : m_credentials;
}

bool OpenApiClient::credentialsDue() const
{
    return m_session && m_session->needsRenewal();
}

void OpenApiClient::renewCredentials(
    QObject *context, std::function<void(const std::optional<CloudFailure> &)> done)
{
    if (!m_session) {
        QMetaObject::invokeMethod(
            context, [done] { done(std::nullopt); }, Qt::QueuedConnection);
        return;
    }
    m_session->renew(context, std::move(done));
}

OpenApiReply *OpenApiClient::send(const OpenApiRequest &request)
{
    auto *reply = new OpenApiReply(*this, request);
    reply->setParent(this);
    // Started from the event loop so that the caller can connect first and
    // finished() is never emitted from inside send().
    QMetaObject::invokeMethod(reply, &OpenApiReply::startAttempt, Qt::QueuedConnection);
    return reply;
}

QByteArray OpenApiClient::body(const OpenApiRequest &request)
{
    // RFC 3986 encoding is a valid form encoding (a space is %20, not +).
    return request.isPost() ? OpenApiSigner::canonicalQuery(request.form) : QByteArray();
}

QNetworkRequest OpenApiClient::signedRequest(const OpenApiRequest &request) const
{
    const CloudCredentials key = credentials();
    SigningInput input;
    input.method = request.isPost() ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET");
    input.body = body(request);
    const QString basePath = request.endpoint.path(QUrl::FullyEncoded);
    input.canonicalUri = basePath.isEmpty() ? QByteArrayLiteral("/") : basePath.toLatin1();
    input.query = request.parameters;
    input.headers = {
        {QByteArrayLiteral("host"), hostHeader(request.endpoint)},
        {QByteArrayLiteral("x-acs-action"), request.action.toLatin1()},
        {QByteArrayLiteral("x-acs-version"), request.version.toLatin1()},
        {QByteArrayLiteral("x-acs-date"), acsDate(m_clock)},
        {QByteArrayLiteral("x-acs-signature-nonce"), QUuid::createUuid().toByteArray(QUuid::Id128)},
        {QByteArrayLiteral("x-acs-content-sha256"), OpenApiSigner::hexSha256(input.body)},
    };
    // Signed too, as the official SDKs sign it.
    if (request.isPost())
        input.headers.append({QByteArrayLiteral("content-type"),
            QByteArrayLiteral("application/x-www-form-urlencoded")});
    // STS credentials: the token is signed like every other x-acs- header.
    if (!key.securityToken().isEmpty())
        input.headers.append({QByteArrayLiteral("x-acs-security-token"), key.securityToken()});

    QUrl url = request.endpoint;
    url.setPath(QString::fromLatin1(input.canonicalUri), QUrl::StrictMode);
    url.setQuery(QString::fromLatin1(OpenApiSigner::canonicalQuery(input.query)), QUrl::StrictMode);
    QNetworkRequest networkRequest(url);
    for (const auto &[name, value] : std::as_const(input.headers))
        networkRequest.setRawHeader(name, value);
    networkRequest.setRawHeader(QByteArrayLiteral("authorization"),
        OpenApiSigner::authorization(input, key.accessKeyId(), key.secret()));
    networkRequest.setRawHeader(QByteArrayLiteral("accept"), QByteArrayLiteral("application/json"));
    // A redirect would carry a signature made for another host.
    networkRequest.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // HTTP/1.1 sends the signed Host header as it is; HTTP/2 would rebuild it.
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
#if QT_CONFIG(ssl)
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        networkRequest.setSslConfiguration(tls);
    }
#endif
    return networkRequest;
}
