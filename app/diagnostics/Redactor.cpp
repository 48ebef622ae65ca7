#include "Redactor.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
    bool personalData = false; // not a secret: kept with Scope::SecretsOnly
};

// Keys whose value is a secret in query strings, headers, INI lines and JSON.
const QString SecretKeys = QStringLiteral(
    "password|passwd|pwd|secret|access_?key_?secret|accesskeysecret|signature|security_?token"
    "|securitytoken|x-acs-security-token|token|apikey|api_key");

const QList<Rule> &rules()
{
    static const QList<Rule> all = {
        // "Authorization: ACS3-HMAC-SHA256 Credential=…,Signature=…" up to the line end.
        {QRegularExpression(QStringLiteral("(authorization\\s*[:=]\\s*)[^\\r\\n]*"),
             QRegularExpression::CaseInsensitiveOption),
            QStringLiteral("\\1") + Redactor::Mask},
        // scheme://user:password@host
        {QRegularExpression(QStringLiteral("([a-z][a-z0-9+.-]*://[^/\\s:@]*:)[^/\\s]*@"),
             QRegularExpression::CaseInsensitiveOption),
            QStringLiteral("\\1") + Redactor::Mask + QLatin1Char('@')},
        // "AccessKeySecret": "…" in JSON.
        {QRegularExpression(
             QStringLiteral("(\"[^\"]*(?:%1)[^\"]*\"\\s*:\\s*\")[^\"]*\"").arg(SecretKeys),
             QRegularExpression::CaseInsensitiveOption),
            QStringLiteral("\\1") + Redactor::Mask + QLatin1Char('"')},
        // password=…, Signature=…, ALIBABA_CLOUD_ACCESS_KEY_SECRET=… (query strings,
        // connection strings, environment dumps) up to a separator.
        {QRegularExpression(
             QStringLiteral("(\\b[\\w.-]*(?:%1)\\s*[=:]\\s*)[^\\s&;,\"']+").arg(SecretKeys),
             QRegularExpression::CaseInsensitiveOption),
            QStringLiteral("\\1") + Redactor::Mask},
        // AccessKey IDs (LTAI…) and temporary STS ones: not secret alone, but
        // half of a key pair and never needed in a log or an error.
        {QRegularExpression(
             QStringLiteral("\\b(?:LTAI[0-9A-Za-z]{12,30}|STS\\.[0-9A-Za-z]{16,})\\b")),
            Redactor::Mask},
        // E-mail addresses.
        {QRegularExpression(QStringLiteral("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+")),
            QStringLiteral("[e-mail]"), true},
        // Resident ID numbers (17 digits and a check character), business
        // licence, bank account and mobile numbers: any run of 11 or more
        // digits, also written in groups ("+86 138 0013 8000").
        {QRegularExpression(QStringLiteral("\\+?\\d(?:[ -]?\\d){10,}[Xx]?")),
            QStringLiteral("[number]"), true},
    };
    return all;
}

} // namespace

Redactor::Redactor(const QStringList &secrets)
{
    for (const QString &secret : secrets)
        addSecret(secret);
}

Redactor Redactor::fromEnvironment(const QProcessEnvironment &environment)
{
    static const QRegularExpression secretName(
        QStringLiteral("SECRET|PASSWORD|PASSWD|TOKEN"), QRegularExpression::CaseInsensitiveOption);
    Redactor redactor;
    for (const QString &name : environment.keys()) {
        if (secretName.match(name).hasMatch())
            redactor.addSecret(environment.value(name));
    }
    return redactor;
}

void Redactor::addSecret(const QString &secret)
{
    if (secret.size() < MinimumSecretLength || m_secrets.contains(secret))
        return;
    m_secrets.append(secret);
    // Longest first, so a secret that contains another is removed whole.
    std::sort(m_secrets.begin(), m_secrets.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString Redactor::redact(QString text, Scope scope) const
{
    for (const QString &secret : m_secrets)
        text.replace(secret, Mask);
    for (const Rule &rule : rules()) {
        if (!rule.personalData || scope == Scope::SecretsAndPersonalData)
            text.replace(rule.pattern, rule.replacement);
    }
    return text;
}
