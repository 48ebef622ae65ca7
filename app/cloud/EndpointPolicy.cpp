#include "EndpointPolicy.h"

#include "EndpointTable.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace {

QString productPrefix(CloudProduct product)
{
    const ProductEndpoints *endpoints = EndpointTable::builtIn().product(product);
    return endpoints ? endpoints->prefix : EndpointTable::key(product);
}

bool isRegionalProduct(CloudProduct product)
{
    const ProductEndpoints *endpoints = EndpointTable::builtIn().product(product);
    return endpoints && endpoints->regional;
}

// A region id as it may appear inside a host name: nothing that could turn
// ecs.<region>.aliyuncs.com into another host.
bool isPlainRegionId(const QString &regionId)
{
    static const QRegularExpression Pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return Pattern.match(regionId).hasMatch();
}

bool isAliyunHost(const QString &host)
{
    static const QRegularExpression Pattern(
        QStringLiteral("^[a-z0-9]+([.-][a-z0-9]+)*\\.aliyuncs\\.com$"));
    return Pattern.match(host).hasMatch();
}

} // namespace

Result<EndpointPolicy> EndpointPolicy::withOverride(const QUrl &base)
{
    const QString shown = base.toDisplayString(QUrl::RemoveUserInfo);
    if (!base.isValid() || base.host().isEmpty() || !base.userInfo().isEmpty() || base.hasQuery()
        || base.hasFragment()) {
        return Error {tr("The API endpoint \"%1\" is not a usable URL; give one like "
                         "https://gateway.example.com.",
                          "@info")
                          .arg(shown),
            base.errorString()};
    }
    const QString scheme = base.scheme().toLower();
    if (scheme == QLatin1String("https") || (scheme == QLatin1String("http") && isLoopback(base)))
        return EndpointPolicy(base.adjusted(QUrl::StripTrailingSlash));
    return Error {tr("The API endpoint \"%1\" must start with https://. Plain http is only "
                     "allowed for this computer's own address (tests).",
                      "@info")
                      .arg(shown),
        QStringLiteral("scheme: %1").arg(scheme)};
}

bool EndpointPolicy::isFinanceRegion(const QString &regionId)
{
    return regionId.contains(QLatin1String("-finance"));
}

bool EndpointPolicy::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl EndpointPolicy::centralEndpoint(CloudProduct product) const
{
    if (hasOverride())
        return m_override;
    return httpsHost(productPrefix(product) + QStringLiteral(".aliyuncs.com"));
}

QUrl EndpointPolicy::endpoint(
    CloudProduct product, const QString &regionId, const QString &regionEndpoint) const
{
    if (hasOverride())
        return m_override;
    const QString reported = regionEndpoint.trimmed().toLower();
    if ((product == CloudProduct::Ecs || product == CloudProduct::Vpc) && isAliyunHost(reported))
        return httpsHost(reported);
    if (const EndpointEntry *entry = EndpointTable::builtIn().entry(product, regionId))
        return httpsHost(entry->host);
    if (!isRegionalProduct(product) || isFinanceRegion(regionId) || !isPlainRegionId(regionId))
        return centralEndpoint(product);
    return httpsHost(
        productPrefix(product) + QLatin1Char('.') + regionId + QStringLiteral(".aliyuncs.com"));
}

QUrl EndpointPolicy::httpsHost(const QString &host)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    return url;
}

Result<EndpointPolicy> EndpointPolicy::chosen(
    const QString &option, const QProcessEnvironment &environment)
{
    const QString base
        = option.isEmpty() ? environment.value(QLatin1String(OverrideVariable)) : option;
    if (base.trimmed().isEmpty())
        return EndpointPolicy();
    return withOverride(QUrl(base.trimmed(), QUrl::StrictMode));
}
