#include "ResponseShape.h"

#include "CloudErrorText.h"

#include <cmath>

Result<QJsonArray> ResponseShape::list(
    const QJsonObject &root, const char *outer, const char *inner)
{
    const QJsonValue container = root.value(QLatin1String(outer));
    if (!container.isObject())
        return unexpected(QStringLiteral("%1: expected an object").arg(QLatin1String(outer)));
    const QJsonValue items = container.toObject().value(QLatin1String(inner));
    if (items.isUndefined())
        return QJsonArray();
    if (!items.isArray())
        return unexpected(QStringLiteral("%1.%2: expected an array")
                              .arg(QLatin1String(outer), QLatin1String(inner)));
    return items.toArray();
}

Result<QList<QJsonObject>> ResponseShape::objects(
    const QJsonObject &root, const char *outer, const char *inner)
{
    const Result<QJsonArray> items = list(root, outer, inner);
    if (!items)
        return items.error();
    QList<QJsonObject> objects;
    objects.reserve(items.value().size());
    for (const QJsonValue &item : items.value()) {
        if (!item.isObject())
            return unexpected(QStringLiteral("%1.%2: an entry is not an object")
                                  .arg(QLatin1String(outer), QLatin1String(inner)));
        objects.append(item.toObject());
    }
    return objects;
}

Result<QString> ResponseShape::string(const QJsonObject &object, const char *key, bool required)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return unexpected(QStringLiteral("%1: missing").arg(QLatin1String(key)));
        return QString();
    }
    if (!value.isString())
        return unexpected(QStringLiteral("%1: expected a string").arg(QLatin1String(key)));
    if (required && value.toString().trimmed().isEmpty())
        return unexpected(QStringLiteral("%1: empty").arg(QLatin1String(key)));
    return value.toString();
}

Result<qint64> ResponseShape::count(const QJsonObject &object, const char *key)
{
    // Beyond this a number is not a count of anything the wizard lists.
    constexpr double Largest = 1e9;
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().toLongLong(&ok);
        if (ok && number >= 0 && number <= Largest)
            return number;
    } else if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && number >= 0 && number <= Largest
            && std::floor(number) == number)
            return qint64(number);
    }
    return unexpected(QStringLiteral("%1: expected a whole number from 0 to %2")
                          .arg(QLatin1String(key))
                          .arg(qint64(Largest)));
}

bool ResponseShape::has(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return !value.isUndefined() && !value.isNull();
}

Error ResponseShape::unexpected(const QString &what)
{
    CloudFailure failure;
    failure.kind = CloudFailure::Kind::Malformed;
    failure.technical = what;
    // The details are the bare reason: a caller that knows the call turns it
    // into a whole CloudFailure again (OpenApiReply::unexpectedShape()).
    return Error {CloudErrorText::message(failure), what};
}
