#include "FieldLocks.h"

#include "onboarding/Profile.h"

#include <QJsonArray>
#include <QJsonDocument>

QString FieldLocks::encode(QStringList keys)
{
    keys.sort();
    keys.removeDuplicates();
    if (keys.isEmpty())
        return QString();
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(keys)).toJson(QJsonDocument::Compact));
}

QStringList FieldLocks::decode(const QString &stored)
{
    const QJsonDocument document = QJsonDocument::fromJson(stored.toUtf8());
    QStringList keys;
    for (const QJsonValue &value : document.array()) {
        if (value.isString())
            keys.append(value.toString());
    }
    return keys;
}

bool FieldLocks::isLocked(const Profile &profile, const QString &key)
{
    return decode(profile.field(StorageKey)).contains(key);
}
