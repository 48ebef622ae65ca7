// Alibaba Cloud OpenAPI request signing, version 3 (ACS3-HMAC-SHA256): the
// canonical request, the string to sign and the Authorization header, exactly
// as /work/shared/guide/FACTS.md describes. Pure functions of their input.
// Must never log, store or return the secret, nor read the clock itself (the
// caller puts x-acs-date into the headers).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

struct SigningInput
{
    QByteArray method; // GET, POST, …
    QByteArray canonicalUri = QByteArrayLiteral("/");
    QList<std::pair<QString, QString>> query; // names and values as typed, not encoded
    // Every header to sign: host and all x-acs-* headers at least. Names in any
    // case; values are trimmed when signed.
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

class OpenApiSigner
{
public:
    static QByteArray algorithm() { return QByteArrayLiteral("ACS3-HMAC-SHA256"); }

    // RFC 3986: unreserved characters stay, everything else is %XX (upper case).
    static QByteArray percentEncode(const QString &text);
    static QByteArray canonicalQuery(const QList<std::pair<QString, QString>> &query);
    static QByteArray signedHeaders(const SigningInput &input);
    static QByteArray canonicalRequest(const SigningInput &input);
    static QByteArray stringToSign(const QByteArray &canonicalRequest);
    static QByteArray signature(const QByteArray &secret, const QByteArray &stringToSign);
    // The complete value of the Authorization header.
    static QByteArray authorization(
        const SigningInput &input, const QString &accessKeyId, const QByteArray &secret);
    static QByteArray hexSha256(const QByteArray &data);
};
