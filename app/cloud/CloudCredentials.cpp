#include "CloudCredentials.h"

#include <QProcessEnvironment>

namespace {

// Only the ends of the id: the middle identifies the account to anyone who
// reads a screenshot or a support mail.
QString redactedId(const QString &id)
{
    constexpr qsizetype Shown = 4;
    if (id.size() < 3 * Shown)
        return QStringLiteral("****");
    return id.left(Shown) + QChar(0x2026) + id.right(Shown);
}

} // namespace

CloudCredentials::CloudCredentials(QString accessKeyId, QByteArray secret, Source source)
    : m_accessKeyId(accessKeyId.trimmed())
    , m_secret(std::move(secret))
    , m_source(source)
{ }

Result<CloudCredentials> CloudCredentials::fromEnvironment(const QProcessEnvironment &environment)
{
    const QString id = environment.value(QLatin1String(AccessKeyIdVariable)).trimmed();
    const QByteArray secret
        = environment.value(QLatin1String(AccessKeySecretVariable)).trimmed().toUtf8();
    if (id.isEmpty() || secret.isEmpty()) {
        const QString missing
            = QLatin1String(id.isEmpty() ? AccessKeyIdVariable : AccessKeySecretVariable);
        return Error {
            tr("No AccessKey is set. Set the environment variables %1 and %2, then "
               "try again.",
                "@info %1 and %2 are environment variable names")
                .arg(QLatin1String(AccessKeyIdVariable), QLatin1String(AccessKeySecretVariable)),
            QStringLiteral("missing or empty: %1").arg(missing)};
    }
    return CloudCredentials(id, secret, Source::Environment);
}

QString CloudCredentials::redactedDescription() const
{
    QString origin;
    switch (m_source) {
    case Source::Environment:
        origin = tr("from the environment", "@info where an AccessKey came from");
        break;
    case Source::Typed:
        origin = tr("typed in", "@info where an AccessKey came from");
        break;
    case Source::Keychain:
        origin = tr("from the keychain", "@info where an AccessKey came from");
        break;
    }
    return tr("%1 (%2)", "@info redacted AccessKey id, then where it came from")
        .arg(redactedId(m_accessKeyId), origin);
}
