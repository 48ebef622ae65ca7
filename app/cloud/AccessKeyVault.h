// Where an AccessKey the user asked to remember is kept between sessions: the
// operating system's keychain. Asynchronous, because a keychain may ask the
// user to unlock it. An implementation for tests keeps the entry in memory.
// Must never write the secret anywhere but the keychain: no file, no log, no
// fallback to plain text.
#pragma once

#include "CloudCredentials.h"
#include "core/Result.h"

#include <functional>
#include <optional>

class AccessKeyVault
{
public:
    virtual ~AccessKeyVault() = default;
    // An empty optional: nothing remembered. An error: the keychain itself
    // could not be used (none installed, locked, refused).
    using LoadDone = std::function<void(Result<std::optional<CloudCredentials>>)>;
    using StoreDone = std::function<void(Result<>)>;

    virtual void load(LoadDone done) = 0;
    virtual void store(const CloudCredentials &key, StoreDone done) = 0;
    virtual void forget(StoreDone done) = 0;

    // One entry holds both halves: "<AccessKey ID>\n<secret>".
    static QByteArray pack(const CloudCredentials &key);
    static std::optional<CloudCredentials> unpack(const QByteArray &entry);
};
