#include "PrefillApplier.h"

#include "core/Clock.h"
#include "diagnostics/LogCategories.h"
#include "prefill/FieldLocks.h"
#include "session/OnboardingSession.h"

namespace {

// The most recently changed profile with this company name; 0 when there is none.
Result<qint64> findProfile(const ProgressStore &store, const QString &companyName)
{
    const Result<QList<ProfileSummary>> profiles = store.listProfiles();
    if (!profiles)
        return profiles.error();
    for (const ProfileSummary &summary : profiles.value()) {
        if (summary.companyName.trimmed() == companyName.trimmed())
            return summary.id;
    }
    return qint64(0);
}

QHash<QString, QString> changesFor(const ProfileData &current, const PrefillData &prefill)
{
    QHash<QString, QString> changes;
    for (const PrefillField &field : prefill.fields) {
        const QString stored = current.field(field.key);
        if (field.locked ? stored != field.value : stored.trimmed().isEmpty())
            changes.insert(field.key, field.value);
    }
    const QString locks = FieldLocks::encode(prefill.lockedKeys());
    if (current.field(FieldLocks::StorageKey) != locks)
        changes.insert(FieldLocks::StorageKey, locks);
    return changes;
}

} // namespace

Result<PrefillOutcome> PrefillApplier::store(
    ProgressStore &store, const PrefillData &prefill, const QDateTime &now)
{
    const Result<qint64> found = findProfile(store, prefill.companyName());
    if (!found)
        return found.error();
    if (found.value() == 0) {
        const Result<ProfileData> created = store.createProfile(prefill.companyName(), now);
        if (!created)
            return created.error();
        const QHash<QString, QString> fields = changesFor(created.value(), prefill);
        if (const Result<int> saved = store.saveFields(created.value().id, fields, now); !saved)
            return saved.error();
        qCInfo(lcStartup) << "Prefill created profile" << created.value().id << "with"
                          << prefill.fields.size() << "values," << prefill.lockedKeys().size()
                          << "locked";
        return PrefillOutcome {created.value().id, true, {}};
    }
    const Result<ProfileData> current = store.loadProfile(found.value());
    if (!current)
        return current.error();
    const QHash<QString, QString> changes = changesFor(current.value(), prefill);
    if (!changes.isEmpty()) {
        if (const Result<int> saved = store.saveFields(found.value(), changes, now); !saved)
            return saved.error();
    }
    PrefillOutcome outcome {found.value(), false, changes.keys()};
    outcome.changedKeys.sort();
    qCInfo(lcStartup).noquote() << "Prefill applied to profile" << outcome.profileId
                                << "; fields changed:"
                                << (outcome.changedKeys.isEmpty()
                                           ? QStringLiteral("none")
                                           : outcome.changedKeys.join(QLatin1Char(' ')));
    return outcome;
}

Result<PrefillOutcome> PrefillApplier::apply(OnboardingSession &session, const PrefillData &prefill)
{
    const QDateTime now = session.clock().now();
    // By value: the store's thread may outlive this call after a timeout.
    const Result<PrefillOutcome> stored = session.store().run(
        [prefill, now](ProgressStore &target) { return store(target, prefill, now); });
    if (!stored)
        return stored;
    if (!prefill.language.isEmpty() && session.savedLanguage().isEmpty())
        session.saveLanguage(prefill.language);
    if (const Result<> opened = session.open(stored.value().profileId); !opened)
        return opened.error();
    return stored;
}
