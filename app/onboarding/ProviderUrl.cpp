#include "ProviderUrl.h"

#include <QStringList>

namespace ProviderUrl {

bool isOfficial(const QUrl &url)
{
    if (!url.isValid() || url.scheme() != QLatin1String("https") || !url.userInfo().isEmpty())
        return false;
    if (url.port(443) != 443)
        return false;
    const QString host = url.host().toLower();
    static const QStringList domains
        = {QStringLiteral("aliyun.com"), QStringLiteral("alibabacloud.com")};
    for (const QString &domain : domains) {
        if (host == domain || host.endsWith(QLatin1Char('.') + domain))
            return true;
    }
    return false;
}

QUrl homePage()
{
    return QUrl(QStringLiteral("https://www.aliyun.com"));
}

QUrl accountConsole()
{
    return QUrl(QStringLiteral("https://account.console.aliyun.com"));
}

QUrl billingConsole()
{
    return QUrl(QStringLiteral("https://usercenter2.aliyun.com"));
}

QUrl ecsConsole()
{
    return QUrl(QStringLiteral("https://ecs.console.aliyun.com"));
}

} // namespace ProviderUrl
