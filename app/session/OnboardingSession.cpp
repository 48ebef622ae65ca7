#include "OnboardingSession.h"

#include "core/Clock.h"

namespace {
const QString LastProfileKey = QStringLiteral("last_profile");
const QString LanguageKey = QStringLiteral("language");
} // namespace

OnboardingSession::OnboardingSession(StoreClient &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_profile(clock)
    , m_autosaver(m_profile, store, clock)
{
    connectSignals();
}

OnboardingSession::OnboardingSession(ProgressStore &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_ownStore(std::make_unique<StoreClient>(store))
    , m_store(*m_ownStore)
    , m_clock(clock)
    , m_profile(clock)
    , m_autosaver(m_profile, *m_ownStore, clock)
{
    connectSignals();
}

OnboardingSession::~OnboardingSession() = default;

void OnboardingSession::connectSignals()
{
    connect(&m_autosaver, &ProfileAutosaver::saveFailed, this, &OnboardingSession::saveFailed);
    connect(&m_autosaver, &ProfileAutosaver::conflict, this, &OnboardingSession::conflict);
    connect(&m_store, &StoreClient::connectionLost, this, &OnboardingSession::connectionLost);
    connect(
        &m_store, &StoreClient::connectionRestored, this, &OnboardingSession::connectionRestored);
}

Result<> OnboardingSession::open(qint64 id)
{
    if (m_profile.isLoaded() && !m_autosaver.hasConflict() && !m_autosaver.flushAndWait())
        return Error {tr("The current profile could not be saved, so no other profile was "
                         "opened.",
                          "@info"),
            QString()};
    Result<ProfileData> data = m_store.loadProfile(id);
    if (!data)
        return data.error();
    m_profile.load(data.value());
    m_store.setSetting(LastProfileKey, QString::number(id));
    emit profileOpened(id);
    return {};
}

Result<> OnboardingSession::reload()
{
    if (!m_profile.isLoaded())
        return {};
    Result<ProfileData> data = m_store.loadProfile(m_profile.id());
    if (!data)
        return data.error();
    m_profile.load(data.value()); // drops what was pending (Profile::reset)
    return {};
}

Result<> OnboardingSession::create(const QString &companyName)
{
    Result<ProfileData> created = m_store.createProfile(companyName.trimmed(), m_clock.now());
    if (!created)
        return created.error();
    return open(created.value().id);
}

bool OnboardingSession::openLast()
{
    bool ok = false;
    const qint64 id = m_store.setting(LastProfileKey).toLongLong(&ok);
    return ok && open(id).ok();
}

Result<QList<ProfileEvent>> OnboardingSession::timeline()
{
    if (!m_profile.isLoaded())
        return QList<ProfileEvent>();
    m_autosaver.flushAndWait();
    return m_store.events(m_profile.id());
}

QString OnboardingSession::savedLanguage() const
{
    return m_store.setting(LanguageKey);
}

void OnboardingSession::saveLanguage(const QString &code)
{
    m_store.setSetting(LanguageKey, code);
}
