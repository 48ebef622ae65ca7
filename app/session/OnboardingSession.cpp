#include "OnboardingSession.h"

#include "core/Clock.h"
#include "onboarding/FieldKey.h"
#include "storage/PendingEditJournal.h"

#include <QPointer>

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

Error OnboardingSession::notSavedError() const
{
    return Error {
        tr("The current profile could not be saved, so no other profile was opened.", "@info"),
        QString()};
}

void OnboardingSession::adopt(const ProfileData &data)
{
    m_profile.load(data);
    emit profileOpened(data.id);
    // After profileOpened: a conflict the replay meets is news about this
    // profile, not a leftover of the one before.
    m_autosaver.replayKept();
}

void OnboardingSession::profiles(QObject *context, Answer<QList<ProfileSummary>> done)
{
    m_store.post<QList<ProfileSummary>>(
        [](ProgressStore &store) { return store.listProfiles(); }, context, std::move(done));
}

void OnboardingSession::afterSaving(QObject *context, std::function<void(bool saved)> then)
{
    if (m_autosaver.flush()) {
        then(true);
        return;
    }
    if (!m_autosaver.isSaving()) {
        then(false); // refused or failed: it stays pending
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        &m_autosaver, &ProfileAutosaver::idle, context, [this, connection, then = std::move(then)] {
            if (m_autosaver.isSaving())
                return; // the edits made meanwhile are being saved now
            disconnect(*connection);
            then(!m_autosaver.hasPending());
        });
}

void OnboardingSession::open(qint64 id, QObject *context, Done done)
{
    const QPointer<QObject> guard(context);
    auto load = [this, id, guard, done] {
        m_store.post<ProfileData>([id](ProgressStore &store) { return store.loadProfile(id); },
            this,
            [this, guard, done](const Result<ProfileData> &data) {
                if (data) {
                    adopt(data.value());
                    // Remembered for the next start; a failure costs only that.
                    m_store.post<std::monostate>(
                        [id = data.value().id](ProgressStore &store) {
                            return store.setSetting(LastProfileKey, QString::number(id));
                        },
                        this, [](const Result<> &) {});
                }
                if (guard)
                    done(data ? Result<>() : Result<>(data.error()));
            });
    };
    if (!m_profile.isLoaded() || m_autosaver.hasConflict()) {
        load();
        return;
    }
    afterSaving(this, [this, guard, done, load](bool saved) {
        if (saved)
            load();
        else if (guard)
            done(notSavedError());
    });
}

void OnboardingSession::create(const QString &companyName, QObject *context, Done done)
{
    const QPointer<QObject> guard(context);
    m_store.post<ProfileData>([name = companyName.trimmed(), now = m_clock.now()](
                                  ProgressStore &store) { return store.createProfile(name, now); },
        this,
        [this, guard, done](const Result<ProfileData> &created) {
            if (!created) {
                if (guard)
                    done(created.error());
                return;
            }
            if (guard)
                open(created.value().id, guard, done);
        });
}

void OnboardingSession::reload(QObject *context, Done done)
{
    if (!m_profile.isLoaded()) {
        done({});
        return;
    }
    const QPointer<QObject> guard(context);
    m_store.post<ProfileData>(
        [id = m_profile.id()](ProgressStore &store) { return store.loadProfile(id); }, this,
        [this, guard, done](const Result<ProfileData> &data) {
            if (data) {
                // After a conflict the user chose the store's version: edits
                // kept on disk go with the ones in memory.
                if (m_autosaver.hasConflict())
                    m_autosaver.dropKept();
                m_profile.load(data.value()); // drops what was pending (Profile::reset)
            }
            if (guard)
                done(data ? Result<>() : Result<>(data.error()));
        });
}

void OnboardingSession::timeline(QObject *context, Answer<QList<ProfileEvent>> done)
{
    if (!m_profile.isLoaded()) {
        done(QList<ProfileEvent>());
        return;
    }
    const QPointer<QObject> guard(context);
    afterSaving(this, [this, guard, done](bool) {
        // What could not be saved is not in the log; the log is still shown.
        m_store.post<QList<ProfileEvent>>(
            [id = m_profile.id()](ProgressStore &store) { return store.events(id); }, this,
            [guard, done](const Result<QList<ProfileEvent>> &events) {
                if (guard)
                    done(events);
            });
    });
}

void OnboardingSession::saveLanguage(const QString &code)
{
    m_store.post<std::monostate>(
        [code](ProgressStore &store) { return store.setSetting(LanguageKey, code); }, this,
        [](const Result<> &) {});
}

Result<> OnboardingSession::open(qint64 id)
{
    if (m_profile.isLoaded() && !m_autosaver.hasConflict() && !m_autosaver.flushAndWait())
        return notSavedError();
    Result<ProfileData> data = m_store.loadProfile(id);
    if (!data)
        return data.error();
    adopt(data.value());
    m_store.setSetting(LastProfileKey, QString::number(id));
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
    // Edits that waited on disk are resumed where they were made (and saved
    // as the profile opens).
    if (PendingEditJournal *journal = this->journal()) {
        const Result<QList<qint64>> kept = journal->profiles();
        if (!kept)
            emit saveFailed(kept.error());
        findKeptForDeleted(kept ? kept.value() : QList<qint64>());
        for (const qint64 id : kept ? kept.value() : QList<qint64>()) {
            if (openIfPresent(id))
                return true;
        }
    }
    bool ok = false;
    const qint64 id = m_store.setting(LastProfileKey).toLongLong(&ok);
    return ok && openIfPresent(id);
}

void OnboardingSession::findKeptForDeleted(const QList<qint64> &kept)
{
    m_deletedWithKeptEdits.clear();
    for (const qint64 id : kept) {
        // A profile that cannot be read now (the server is gone) is not
        // known to be deleted: its edits still wait.
        const Result<ProfileData> data = m_store.loadProfile(id);
        if (data && data.value().deletedAt.isValid())
            m_deletedWithKeptEdits.append({id, data.value().field(FieldKey::CompanyName)});
    }
}

QList<OnboardingSession::KeptForDeleted> OnboardingSession::keptForDeleted() const
{
    QList<KeptForDeleted> found;
    PendingEditJournal *journal = this->journal();
    if (!journal)
        return found;
    for (const auto &[id, company] : m_deletedWithKeptEdits) {
        const Result<QList<PendingEditJournal::Entry>> edits = journal->entries(id);
        if (edits && !edits.value().isEmpty())
            found.append({id, company, int(edits.value().size())});
    }
    return found;
}

int OnboardingSession::keptEditsWaiting() const
{
    PendingEditJournal *journal = this->journal();
    if (!journal)
        return 0;
    int waiting = journal->count();
    for (const KeptForDeleted &deleted : keptForDeleted())
        waiting -= deleted.edits;
    return std::max(waiting, 0);
}

Result<> OnboardingSession::discardKeptForDeleted()
{
    PendingEditJournal *journal = this->journal();
    if (!journal)
        return {};
    for (const auto &[id, company] : std::as_const(m_deletedWithKeptEdits)) {
        if (const Result<> forgotten = journal->forgetProfile(id); !forgotten)
            return forgotten;
    }
    m_deletedWithKeptEdits.clear();
    return {};
}

bool OnboardingSession::openIfPresent(qint64 id)
{
    // Deleted meanwhile (from another window, or by a colleague on a shared
    // database): the welcome page, not the tombstone.
    const Result<ProfileData> data = m_store.loadProfile(id);
    if (!data || data.value().deletedAt.isValid())
        return false;
    return open(id).ok();
}

QString OnboardingSession::savedLanguage() const
{
    return m_store.setting(LanguageKey);
}
