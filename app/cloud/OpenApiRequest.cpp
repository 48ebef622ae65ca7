#include "OpenApiRequest.h"

OpenApiRequest OpenApiRequest::ecs(const QUrl &endpoint, const QString &action)
{
    return {endpoint, action, QStringLiteral("2014-05-26"), QStringLiteral("ecs:") + action, {}};
}

OpenApiRequest OpenApiRequest::rds(const QUrl &endpoint, const QString &action)
{
    return {endpoint, action, QStringLiteral("2014-08-15"), QStringLiteral("rds:") + action, {}};
}

OpenApiRequest OpenApiRequest::vpc(const QUrl &endpoint, const QString &action)
{
    return {endpoint, action, QStringLiteral("2016-04-28"), QStringLiteral("vpc:") + action, {}};
}

OpenApiRequest &OpenApiRequest::with(const QString &name, const QString &value)
{
    parameters.append({name, value});
    return *this;
}

OpenApiRequest &OpenApiRequest::withInBody(const QString &name, const QString &value)
{
    form.append({name, value});
    return *this;
}

QString OpenApiRequest::acceptLanguage(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Chinese:
        return QStringLiteral("zh-CN");
    case QLocale::Japanese:
        return QStringLiteral("ja");
    default:
        return QStringLiteral("en-US");
    }
}
