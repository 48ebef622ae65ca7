#include "StoredValue.h"

#include "ProgressStore.h"

QString StoredValue::toStored(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime StoredValue::fromStored(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString StoredValue::notNull(const QString &text)
{
    return text.isNull() ? QString::fromLatin1("") : text;
}

Result<> StoredValue::checkStorable(const QString &text)
{
    // PostgreSQL text cannot hold U+0000; SQLite can. Refusing it on both
    // keeps a profile movable between the two.
    if (text.contains(QChar(0)))
        return Error {ProgressStore::tr(
                          "The text contains a NUL character, which cannot be stored.", "@info"),
            QStringLiteral("U+0000 in a value")};
    return {};
}
