// Defensive reading of OpenAPI JSON answers: each accessor checks that the
// key exists and has the expected type, and says which one did not.
// Must never assume a shape (no toString()/toInt() defaults on missing keys):
// a wrong shape is an Error, never a zero or an empty name.
#pragma once

#include "core/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

class ResponseShape
{
public:
    // The array at outer.inner, as in {"Regions": {"Region": [...]}}. The
    // service sometimes omits an empty inner list: treated as [].
    static Result<QJsonArray> list(const QJsonObject &root, const char *outer, const char *inner);
    // The same list, where every entry must be an object.
    static Result<QList<QJsonObject>> objects(
        const QJsonObject &root, const char *outer, const char *inner);
    // A JSON string; required: present and not empty.
    static Result<QString> string(const QJsonObject &object, const char *key, bool required);
    // A whole, non-negative number (JSON number, or a string of digits).
    static Result<qint64> count(const QJsonObject &object, const char *key);
    static bool has(const QJsonObject &object, const char *key);
    // "The answer had an unexpected form", with the technical reason alone
    // as the details.
    static Error unexpected(const QString &what);
};
