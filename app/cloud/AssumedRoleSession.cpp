#include "AssumedRoleSession.h"

#include "EndpointPolicy.h"
#include "OpenApiReply.h"
#include "OpenApiRequest.h"
#include "core/Clock.h"

#include <QJsonObject>

#include <utility>

namespace {

// Renewed a quarter of its life before it expires, at most 15 minutes before
// (the reference's stale time), so that a 15-minute key is not renewed for
// every call.
constexpr qint64 LongestMarginSeconds = 15 * 60;

} // namespace

AssumedRoleSession::AssumedRoleSession(QNetworkAccessManager &network, const Clock &clock,
    CloudCredentials sourceKey, RoleToAssume role, QUrl stsEndpoint, OpenApiClientSettings settings,
    QObject *parent)
    : QObject(parent)
    , m_stsClient(network, clock, std::move(sourceKey), settings)
    , m_clock(clock)
    , m_role(std::move(role))
    , m_endpoint(std::move(stsEndpoint))
{ }

AssumedRoleSession::~AssumedRoleSession()
{
    if (m_running)
        m_running->disconnect(this);
}

QUrl AssumedRoleSession::stsEndpoint(const RoleToAssume &role, const EndpointPolicy &endpoints)
{
    if (endpoints.hasOverride())
        return endpoints.overrideUrl();
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(role.stsHost);
    url.setPath(QStringLiteral("/"));
    return url;
}

bool AssumedRoleSession::needsRenewal() const
{
    if (!m_current.isComplete() || !m_expiration.isValid())
        return true;
    const qint64 life = m_obtained.secsTo(m_expiration);
    const qint64 margin = qBound<qint64>(0, life / 4, LongestMarginSeconds);
    return m_clock.now().secsTo(m_expiration) <= margin;
}

void AssumedRoleSession::renew(QObject *context, Done done)
{
    m_waiting.append({QPointer<QObject>(context), std::move(done)});
    if (m_running)
        return;
    const QString sessionName = m_role.sessionName.isEmpty()
        ? QStringLiteral("fincloud-onboard-%1").arg(m_clock.now().toMSecsSinceEpoch())
        : m_role.sessionName;
    OpenApiRequest request {m_endpoint, QStringLiteral("AssumeRole"), QStringLiteral("2015-04-01"),
        QStringLiteral("sts:AssumeRole"), {}};
    request.with(QStringLiteral("RoleArn"), m_role.roleArn)
        .with(QStringLiteral("RoleSessionName"), sessionName)
        .with(QStringLiteral("DurationSeconds"), QString::number(m_role.durationSeconds));
    if (!m_role.policy.isEmpty())
        request.with(QStringLiteral("Policy"), m_role.policy);
    m_running = m_stsClient.send(request);
    connect(m_running, &OpenApiReply::finished, this, &AssumedRoleSession::onAnswer);
}

void AssumedRoleSession::onAnswer()
{
    OpenApiReply *reply = m_running;
    m_running = nullptr;
    reply->deleteLater();
    if (reply->failure())
        return finish(*reply->failure());
    const QJsonObject answer
        = reply->result().value().value(QLatin1String("Credentials")).toObject();
    const auto text
        = [&answer](const char *key) { return answer.value(QLatin1String(key)).toString(); };
    const QDateTime expiration = QDateTime::fromString(text("Expiration"), Qt::ISODate);
    const QDateTime now = m_clock.now();
    if (text("AccessKeyId").isEmpty() || text("AccessKeySecret").isEmpty()
        || text("SecurityToken").isEmpty() || !expiration.isValid() || expiration <= now)
        return finish(reply->unexpectedShape({QString(),
            QStringLiteral("AssumeRole: Credentials.AccessKeyId, AccessKeySecret, SecurityToken "
                           "and a future Expiration expected")}));
    const CloudCredentials source = m_stsClient.credentials();
    m_current
        = CloudCredentials(text("AccessKeyId"), text("AccessKeySecret").toUtf8(), source.source())
              .withSecurityToken(text("SecurityToken").toUtf8())
              .withMode(CloudCredentials::Mode::RamRoleArn)
              .withOrigin(source.origin());
    m_obtained = now;
    m_expiration = expiration.toUTC();
    ++m_renewals;
    finish(std::nullopt);
}

void AssumedRoleSession::finish(const std::optional<CloudFailure> &failure)
{
    const QList<std::pair<QPointer<QObject>, Done>> waiting = std::exchange(m_waiting, {});
    for (const auto &[context, done] : waiting) {
        if (context)
            done(failure);
    }
}
