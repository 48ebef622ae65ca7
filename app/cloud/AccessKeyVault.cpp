#include "AccessKeyVault.h"

QByteArray AccessKeyVault::pack(const CloudCredentials &key)
{
    return key.accessKeyId().toUtf8() + '\n' + key.secret();
}

std::optional<CloudCredentials> AccessKeyVault::unpack(const QByteArray &entry)
{
    const qsizetype newline = entry.indexOf('\n');
    if (newline <= 0 || newline == entry.size() - 1)
        return std::nullopt;
    CloudCredentials key(QString::fromUtf8(entry.left(newline)).trimmed(), entry.mid(newline + 1),
        CloudCredentials::Source::Keychain);
    if (!key.isComplete())
        return std::nullopt;
    return key;
}
