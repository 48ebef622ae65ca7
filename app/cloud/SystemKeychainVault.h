// The AccessKeyVault of the desktop: QtKeychain (Secret Service through
// libsecret on Linux, Keychain on macOS, Credential Manager on Windows).
// Where none works (a headless machine, no Secret Service running) every call
// fails with a plain sentence; the caller then keeps the key for the session.
// Must never use QtKeychain's insecure plain-text fallback.
#pragma once

#include "AccessKeyVault.h"

#include <QCoreApplication>

class SystemKeychainVault : public AccessKeyVault
{
    Q_DECLARE_TR_FUNCTIONS(SystemKeychainVault)
public:
    static inline const QString Service = QStringLiteral("fincloud-onboard");
    static inline const QString Entry = QStringLiteral("alibaba-cloud-accesskey");
    // Error codes: why the keychain could not be used.
    static inline const QString NoKeychainCode = QStringLiteral("keychain.unavailable");
    static inline const QString RefusedCode = QStringLiteral("keychain.refused");
    static inline const QString FailedCode = QStringLiteral("keychain.failed");

    // The sentence for a keychain error, in the language of the moment; for
    // an error this class did not make, the error's own message.
    static QString message(const Error &error);

    void load(LoadDone done) override;
    void store(const CloudCredentials &key, StoreDone done) override;
    void forget(StoreDone done) override;
};
