#include "CloudCredentials.h"

#include <QProcessEnvironment>

CloudCredentials::CloudCredentials(QString accessKeyId, QByteArray secret, Source source)
    : m_accessKeyId(accessKeyId.trimmed())
    , m_secret(std::move(secret))
    , m_source(source)
{ }

// Only the ends of the id: the middle identifies the account to anyone who
// reads a screenshot or a support mail.
QString CloudCredentials::redactedId(const QString &id)
{
    constexpr qsizetype Shown = 4;
    if (id.size() < 3 * Shown)
        return QStringLiteral("****");
    return id.left(Shown) + QChar(0x2026) + id.right(Shown);
}

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
    const QByteArray token
        = environment.value(QLatin1String(SecurityTokenVariable)).trimmed().toUtf8();
    CloudCredentials key(id, secret, Source::Environment);
    return token.isEmpty() ? key : key.withSecurityToken(token);
}

CloudCredentials CloudCredentials::withSecurityToken(QByteArray token) const
{
    CloudCredentials copy = *this;
    copy.m_securityToken = std::move(token);
    if (copy.m_mode == Mode::AccessKey && !copy.m_securityToken.isEmpty())
        copy.m_mode = Mode::StsToken;
    return copy;
}

CloudCredentials CloudCredentials::withMode(Mode mode) const
{
    CloudCredentials copy = *this;
    copy.m_mode = mode;
    return copy;
}

CloudCredentials CloudCredentials::withOrigin(QString origin) const
{
    CloudCredentials copy = *this;
    copy.m_origin = std::move(origin);
    return copy;
}

QString CloudCredentials::sourceKey(Source source)
{
    switch (source) {
    case Source::Environment:
        return QStringLiteral("environment");
    case Source::Typed:
        return QStringLiteral("typed");
    case Source::Keychain:
        return QStringLiteral("keychain");
    case Source::CliProfile:
        return QStringLiteral("cli-profile");
    case Source::CredentialsFile:
        return QStringLiteral("credentials-file");
    }
    return {};
}

QString CloudCredentials::modeKey(Mode mode)
{
    switch (mode) {
    case Mode::AccessKey:
        return QStringLiteral("AK");
    case Mode::StsToken:
        return QStringLiteral("StsToken");
    case Mode::RamRoleArn:
        return QStringLiteral("RamRoleArn");
    }
    return {};
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
    case Source::CliProfile:
        origin
            = tr("aliyun CLI profile \"%1\"", "@info where an AccessKey came from").arg(m_origin);
        break;
    case Source::CredentialsFile:
        origin = tr("credentials file, profile \"%1\"", "@info where an AccessKey came from")
                     .arg(m_origin);
        break;
    }
    if (m_mode == Mode::StsToken)
        origin
            = tr("%1, STS token", "@info where an AccessKey came from, then its kind").arg(origin);
    else if (m_mode == Mode::RamRoleArn)
        origin = tr(
            "%1, role assumed through STS", "@info where an AccessKey came from, then its kind")
                     .arg(origin);
    return tr("%1 (%2)", "@info redacted AccessKey id, then where it came from")
        .arg(redactedId(m_accessKeyId), origin);
}
