#include "OpenApiSigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace {

// Lower-case names with trimmed values, sorted by name: the order both the
// canonical headers and the signed-header list need.
QList<std::pair<QByteArray, QByteArray>> normalisedHeaders(const SigningInput &input)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    headers.reserve(input.headers.size());
    for (const auto &[name, value] : input.headers)
        headers.append({name.trimmed().toLower(), value.trimmed()});
    std::sort(headers.begin(), headers.end());
    return headers;
}

} // namespace

QByteArray OpenApiSigner::percentEncode(const QString &text)
{
    // Qt's default exclusion set is exactly RFC 3986's unreserved characters.
    return text.toUtf8().toPercentEncoding();
}

QByteArray OpenApiSigner::canonicalQuery(const QList<std::pair<QString, QString>> &query)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(query.size());
    for (const auto &[name, value] : query)
        encoded.append({percentEncode(name), percentEncode(value)});
    std::sort(encoded.begin(), encoded.end());
    QByteArrayList parts;
    parts.reserve(encoded.size());
    for (const auto &[name, value] : encoded)
        parts.append(name + '=' + value);
    return parts.join('&');
}

QByteArray OpenApiSigner::signedHeaders(const SigningInput &input)
{
    QByteArrayList names;
    for (const auto &header : normalisedHeaders(input))
        names.append(header.first);
    return names.join(';');
}

QByteArray OpenApiSigner::canonicalRequest(const SigningInput &input)
{
    QByteArray headers;
    for (const auto &[name, value] : normalisedHeaders(input))
        headers += name + ':' + value + '\n';
    return input.method + '\n' + input.canonicalUri + '\n' + canonicalQuery(input.query) + '\n'
        + headers + '\n' + signedHeaders(input) + '\n' + hexSha256(input.body);
}

QByteArray OpenApiSigner::stringToSign(const QByteArray &canonicalRequest)
{
    return algorithm() + '\n' + hexSha256(canonicalRequest);
}

QByteArray OpenApiSigner::signature(const QByteArray &secret, const QByteArray &stringToSign)
{
    return QMessageAuthenticationCode::hash(stringToSign, secret, QCryptographicHash::Sha256)
        .toHex();
}

QByteArray OpenApiSigner::authorization(
    const SigningInput &input, const QString &accessKeyId, const QByteArray &secret)
{
    const QByteArray toSign = stringToSign(canonicalRequest(input));
    return algorithm() + " Credential=" + accessKeyId.toUtf8()
        + ",SignedHeaders=" + signedHeaders(input) + ",Signature=" + signature(secret, toSign);
}

QByteArray OpenApiSigner::hexSha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}
