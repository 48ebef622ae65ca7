#include "CloudAccess.h"

#include "AccessKeyVault.h"
#include "AssumedRoleSession.h"

CloudAccess::CloudAccess(QNetworkAccessManager &network, const Clock &clock,
    EndpointPolicy endpoints, const QProcessEnvironment &environment, AccessKeyVault *vault,
    OpenApiClientSettings settings, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_endpoints(std::move(endpoints))
    , m_vault(vault)
    , m_settings(settings)
{
    Result<std::optional<CredentialChoice>> chosen = CredentialChain::resolve(environment);
    if (!chosen) {
        m_chainProblem = chosen.error();
        return;
    }
    m_chainChoice = chosen.value();
    if (m_chainChoice && m_chainChoice->role) {
        m_roleSession = std::make_shared<AssumedRoleSession>(m_network, m_clock, m_chainChoice->key,
            *m_chainChoice->role,
            AssumedRoleSession::stsEndpoint(*m_chainChoice->role, m_endpoints), m_settings);
    }
}

CloudAccess::~CloudAccess()
{
    *m_alive = false;
}

std::optional<CloudCredentials> CloudAccess::credentials() const
{
    if (m_chainChoice)
        return m_chainChoice->key;
    if (m_typedKey)
        return m_typedKey;
    return m_rememberedKey;
}

void CloudAccess::loadRememberedKey()
{
    if (!m_vault) {
        m_rememberedLooked = true;
        emit rememberedKeyLoaded();
        return;
    }
    m_vault->load([this, alive = m_alive](Result<std::optional<CloudCredentials>> loaded) {
        if (!*alive)
            return;
        m_rememberedLooked = true;
        // A keychain that cannot be read is reported when the user asks to
        // remember a key; here the user simply types one.
        if (loaded && loaded.value()) {
            const CloudCredentials &key = *loaded.value();
            m_rememberedKey = CloudCredentials(
                key.accessKeyId(), key.secret(), CloudCredentials::Source::Keychain);
            emit credentialsChanged();
        }
        emit rememberedKeyLoaded();
    });
}

void CloudAccess::useTypedKey(const QString &accessKeyId, const QByteArray &secret, bool remember)
{
    m_typedKey = CloudCredentials(accessKeyId, secret, CloudCredentials::Source::Typed);
    emit credentialsChanged();
    if (!remember || !m_vault)
        return;
    const CloudCredentials key = *m_typedKey;
    m_vault->store(key, [this, alive = m_alive, key](const Result<> &stored) {
        if (!*alive)
            return;
        if (!stored) {
            emit keychainFailed(stored.error());
            return;
        }
        m_rememberedKey
            = CloudCredentials(key.accessKeyId(), key.secret(), CloudCredentials::Source::Keychain);
        emit keyRemembered();
    });
}

void CloudAccess::forgetKey()
{
    m_typedKey.reset();
    m_rememberedKey.reset();
    emit credentialsChanged();
    if (!m_vault)
        return;
    m_vault->forget([this, alive = m_alive](const Result<> &forgotten) {
        if (*alive && !forgotten)
            emit keychainFailed(forgotten.error());
    });
}

std::unique_ptr<OpenApiClient> CloudAccess::makeClient(QObject *parent) const
{
    const std::optional<CloudCredentials> key = credentials();
    if (!key)
        return nullptr;
    if (m_chainChoice && m_roleSession)
        return std::make_unique<OpenApiClient>(
            m_network, m_clock, m_roleSession, m_settings, parent);
    return std::make_unique<OpenApiClient>(m_network, m_clock, *key, m_settings, parent);
}
