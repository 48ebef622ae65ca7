// Removes secrets and personal numbers from text that leaves the program's
// memory or comes from outside it: log lines, the diagnostics report, what a
// cloud gateway says in an error. Pure: it knows patterns (password=…,
// user:password@host, Signature=…, Authorization headers, AccessKey secrets
// and IDs, ID and account numbers, e-mail addresses) and the secret values it
// was given; it never logs, stores or returns what it removed.
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class Redactor
{
public:
    // What a removed value is replaced with.
    static inline const QString Mask = QStringLiteral("[redacted]");

    Redactor() = default;
    // `secrets`: values to remove wherever they appear (shorter ones are ignored:
    // they would mask ordinary words).
    explicit Redactor(const QStringList &secrets);

    // The values of environment variables whose names say they hold a secret
    // (…SECRET…, …PASSWORD…, …TOKEN…), e.g. ALIBABA_CLOUD_ACCESS_KEY_SECRET.
    static Redactor fromEnvironment(const QProcessEnvironment &environment);

    void addSecret(const QString &secret);

    // What redact() removes: everything it knows, or only the secrets (for
    // an identifier such as a request id, where a run of digits is not a
    // personal number).
    enum class Scope { SecretsAndPersonalData, SecretsOnly };
    QString redact(QString text, Scope scope = Scope::SecretsAndPersonalData) const;

    static constexpr qsizetype MinimumSecretLength = 6;

private:
    QStringList m_secrets;
};
