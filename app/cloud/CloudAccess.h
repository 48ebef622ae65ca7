// Everything the wizard needs to call Alibaba Cloud: the one network manager,
// the endpoints, and the key, looked up in this order: the official SDKs'
// credential chain (CredentialChain: environment variables, aliyun CLI
// profile, credentials file), what the user typed this session, the key
// remembered in the keychain. The chain comes first because it is what every
// other Alibaba Cloud tool on the computer uses: the wizard then works on the
// same account as the aliyun CLI and Terraform. A RamRoleArn key is turned into
// the role's temporary key by one AssumedRoleSession under every client.
// Made once by the composition root and handed to the pages.
// Must never keep the secret anywhere but memory and the keychain, and never
// fall back to writing it to a file when the keychain fails.
#pragma once

#include "CloudCredentials.h"
#include "CredentialChain.h"
#include "EndpointPolicy.h"
#include "OpenApiClient.h"

#include <QObject>
#include <QProcessEnvironment>

#include <memory>
#include <optional>

class AccessKeyVault;
class AssumedRoleSession;
class Clock;
class QNetworkAccessManager;

class CloudAccess : public QObject
{
    Q_OBJECT
public:
    // `vault` may be null: then "remember" is not offered. `environment` is
    // where the chain looks (HOME, ALIBABA_CLOUD_*; --cloud-profile already
    // in it as CredentialChain::withProfileOption() puts it).
    CloudAccess(QNetworkAccessManager &network, const Clock &clock, EndpointPolicy endpoints,
        const QProcessEnvironment &environment, AccessKeyVault *vault,
        OpenApiClientSettings settings = {}, QObject *parent = nullptr);
    ~CloudAccess() override;

    const EndpointPolicy &endpoints() const { return m_endpoints; }
    const Clock &clock() const { return m_clock; }
    std::optional<CloudCredentials> credentials() const;
    // The key came from the chain (environment, CLI profile, credentials
    // file): the wizard does not offer to change it.
    bool keyFromEnvironment() const { return m_chainChoice.has_value(); }
    // What was wrong with the chain's sources (a broken file, an unsupported
    // mode); then a typed or remembered key is used instead.
    const std::optional<Error> &chainProblem() const { return m_chainProblem; }
    bool canRemember() const { return m_vault != nullptr; }
    bool hasRememberedKey() const { return m_rememberedKey.has_value(); }

    // Asks the keychain for a remembered key. Only when a key is needed: a
    // locked keychain asks the user to unlock it. Ends with rememberedKeyLoaded().
    void loadRememberedKey();
    bool rememberedKeyLooked() const { return m_rememberedLooked; }
    // The key typed in the wizard; with `remember`, it also goes to the
    // keychain. Either way it is used at once for this session.
    void useTypedKey(const QString &accessKeyId, const QByteArray &secret, bool remember);
    // Drops the typed key and removes the remembered one from the keychain.
    void forgetKey();

    // A client signing with credentials(); null when there is no key.
    std::unique_ptr<OpenApiClient> makeClient(QObject *parent = nullptr) const;

signals:
    void credentialsChanged();
    // The keychain could not be used: `error.message` says so plainly.
    void keychainFailed(const Error &error);
    void keyRemembered();
    void rememberedKeyLoaded();

private:
    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    const EndpointPolicy m_endpoints;
    AccessKeyVault *m_vault;
    const OpenApiClientSettings m_settings;
    std::optional<CredentialChoice> m_chainChoice;
    std::optional<Error> m_chainProblem;
    std::shared_ptr<AssumedRoleSession> m_roleSession; // RamRoleArn only
    std::optional<CloudCredentials> m_typedKey;
    std::optional<CloudCredentials> m_rememberedKey;
    bool m_rememberedLooked = false;
    // Vault callbacks may arrive after this object is gone.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};
