#include "PrefillApplier.h"

#include "core/Clock.h"
#include "diagnostics/LogCategories.h"
#include "prefill/FieldLocks.h"
#include "session/OnboardingSession.h"
#include "validation/CompanyDataFile.h"

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

Result<> PrefillApplier::check(const PrefillData &prefill, QDate today)
{
    QStringList problems;
    for (const PrefillField &field : prefill.fields) {
        const FieldVerdict verdict = CompanyDataFile::checkValue(field.key, field.value, today);
        if (verdict.blocks())
            problems.append(field.key + QStringLiteral(": ") + verdict.message);
    }
    if (problems.isEmpty())
        return {};
    return Error {tr("The prefill values have %n problem(s), so no profile was created or changed.",
                      "@info prefill", int(problems.size())),
        problems.join(QLatin1Char('\n')), RefusedCode};
}

Result<PrefillOutcome> PrefillApplier::store(
    ProgressStore &store, const PrefillData &prefill, const QDateTime &now, QDate today)
{
    // Before anything is written: a profile is never left with half its values.
    if (const Result<> checked = check(prefill, today); !checked)
        return checked.error();
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
        // Values entered by the prefill start their steps, as typing them would.
        if (const Result<> settled = store.settle(created.value().id, now); !settled)
            return settled.error();
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
        if (const Result<> settled = store.settle(found.value(), now); !settled)
            return settled.error();
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
    const QDate today = session.clock().today();
    // By value: the store's thread may outlive this call after a timeout.
    const Result<PrefillOutcome> stored
        = session.store().run([prefill, now, today](ProgressStore &target) {
              return store(target, prefill, now, today);
          });
    if (!stored)
        return stored;
    if (!prefill.language.isEmpty() && session.savedLanguage().isEmpty())
        session.saveLanguage(prefill.language);
    if (const Result<> opened = session.open(stored.value().profileId); !opened)
        return opened.error();
    return stored;
}
