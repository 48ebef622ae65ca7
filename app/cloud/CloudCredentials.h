// The AccessKey pair the OpenAPI client signs with, and where it came from.
// Looked up in this order: the standard environment variables, then what the
// user typed in the wizard, then (later) the OS keychain.
// Must never print, log, store or export the secret: describe a key only
// through redactedDescription().
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
    enum class Source { Environment, Typed, Keychain };

    static constexpr const char *AccessKeyIdVariable = "ALIBABA_CLOUD_ACCESS_KEY_ID";
    static constexpr const char *AccessKeySecretVariable = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";

    CloudCredentials() = default;
    CloudCredentials(QString accessKeyId, QByteArray secret, Source source);

    // Both variables set and not blank, or an error that names the missing one.
    static Result<CloudCredentials> fromEnvironment(const QProcessEnvironment &environment);

    bool isComplete() const { return !m_accessKeyId.isEmpty() && !m_secret.isEmpty(); }
    QString accessKeyId() const { return m_accessKeyId; }
    // For the signer only.
    const QByteArray &secret() const { return m_secret; }
    Source source() const { return m_source; }

    // E.g. "LTAI…x9Qz (from the environment)": enough to tell keys apart.
    QString redactedDescription() const;

private:
    QString m_accessKeyId;
    QByteArray m_secret;
    Source m_source = Source::Typed;
};
