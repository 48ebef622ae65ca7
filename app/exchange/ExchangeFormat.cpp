#include "ExchangeFormat.h"

#include <QRegularExpression>

QString ExchangeFormat::timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QDateTime> ExchangeFormat::parseTime(const QString &text)
{
    // Qt's ISO reader also takes a date alone, a missing zone (local time) and
    // 24:00; a file must say exactly which moment it means.
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,3})?(Z|[+"
                       "-]\\d{2}:\\d{2})$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
    // A moment that cannot be written back the same way (a zone offset that
    // pushes it out of years 1 to 9999) is no moment for a file.
    if (!time.isValid() || !shape.match(timeText(time)).hasMatch())
        return std::nullopt;
    return time;
}

bool ExchangeFormat::namesSecret(const QString &key)
{
    static const QRegularExpression secret(
        QStringLiteral("password|passwd|secret|access[_.-]?key|token|credential"),
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch();
}

bool ExchangeFormat::looksLikeAccessKeyId(const QString &text)
{
    static const QRegularExpression accessKeyId(QStringLiteral("\\bLTAI[0-9A-Za-z]{12,30}\\b"));
    return accessKeyId.match(text).hasMatch();
}
