// One RPC-style OpenAPI call as the caller means it: where, which action of
// which API version, and its parameters. The client signs and sends it.
// Must never hold credentials: signing happens at send time, per attempt.
#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QUrl>

#include <utility>

struct OpenApiRequest
{
    QUrl endpoint; // scheme, host, optional port and base path
    QString action; // e.g. DescribeRegions
    QString version; // e.g. 2014-05-26
    QString ramAction; // the permission it needs, e.g. ecs:DescribeRegions
    QList<std::pair<QString, QString>> parameters; // in the query string
    // Parameters sent in the body as a form (application/x-www-form-urlencoded):
    // none means GET; any means POST, as the official SDKs send a parameter
    // the API reference puts in the body (ROS ValidateTemplate's
    // TemplateBody), which may be far longer than a URL can carry.
    QList<std::pair<QString, QString>> form = {};

    // ECS 2014-05-26, RDS 2014-08-15 and VPC 2016-04-28.
    static OpenApiRequest ecs(const QUrl &endpoint, const QString &action);
    static OpenApiRequest rds(const QUrl &endpoint, const QString &action);
    static OpenApiRequest vpc(const QUrl &endpoint, const QString &action);

    OpenApiRequest &with(const QString &name, const QString &value);
    OpenApiRequest &withInBody(const QString &name, const QString &value);
    bool isPost() const { return !form.isEmpty(); }

    // ECS DescribeRegions and DescribeZones name regions and zones
    // (LocalName) in Chinese unless asked otherwise: the AcceptLanguage
    // value (zh-CN, en-US or ja) for `locale`, the interface's language.
    static QString acceptLanguage(const QLocale &locale);
};
