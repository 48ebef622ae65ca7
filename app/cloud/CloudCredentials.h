// The key the OpenAPI client signs with, and where it came from: an AccessKey
// pair, or STS credentials (the pair and a security token, sent as the
// signed header x-acs-security-token). Found by CredentialChain (environment,
// aliyun CLI profile, credentials file), typed in the wizard, or remembered
// in the OS keychain; CloudAccess decides between them.
// Must never print, log, store or export the secret or the token: describe a
// key only through redactedDescription().
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QProcessEnvironment;

class CloudCredentials
{
    Q_DECLARE_TR_FUNCTIONS(CloudCredentials)
public:
    enum class Source { Environment, Typed, Keychain, CliProfile, CredentialsFile };
    // As the aliyun CLI names them. RamRoleArn: the key signs only STS
    // AssumeRole; the calls are signed with the role's temporary key.
    enum class Mode { AccessKey, StsToken, RamRoleArn };

    static constexpr const char *AccessKeyIdVariable = "ALIBABA_CLOUD_ACCESS_KEY_ID";
    static constexpr const char *AccessKeySecretVariable = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
    static constexpr const char *SecurityTokenVariable = "ALIBABA_CLOUD_SECURITY_TOKEN";

    CloudCredentials() = default;
    CloudCredentials(QString accessKeyId, QByteArray secret, Source source);

    // Both variables set and not blank, or an error that names the missing
    // one; with ALIBABA_CLOUD_SECURITY_TOKEN too, STS credentials.
    static Result<CloudCredentials> fromEnvironment(const QProcessEnvironment &environment);

    bool isComplete() const { return !m_accessKeyId.isEmpty() && !m_secret.isEmpty(); }
    QString accessKeyId() const { return m_accessKeyId; }
    // For the signer only.
    const QByteArray &secret() const { return m_secret; }
    // Empty unless STS credentials; for the signer only.
    const QByteArray &securityToken() const { return m_securityToken; }
    Source source() const { return m_source; }
    Mode mode() const { return m_mode; }
    // The profile's name (CLI profile, credentials file section) or the
    // file's path; empty for the other sources.
    QString origin() const { return m_origin; }

    CloudCredentials withSecurityToken(QByteArray token) const;
    CloudCredentials withMode(Mode mode) const;
    CloudCredentials withOrigin(QString origin) const;

    // E.g. "LTAI…x9Qz (from the environment)": enough to tell keys apart.
    QString redactedDescription() const;
    // The parts of redactedDescription(), for JSON: "environment", "cli-profile"…
    static QString sourceKey(Source source);
    static QString modeKey(Mode mode); // AK, StsToken, RamRoleArn (the CLI's names)
    static QString redactedId(const QString &id);

private:
    QString m_accessKeyId;
    QByteArray m_secret;
    QByteArray m_securityToken;
    Source m_source = Source::Typed;
    Mode m_mode = Mode::AccessKey;
    QString m_origin;
};
