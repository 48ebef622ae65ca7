#include "ProfileImport.h"

#include "ExchangeFormat.h"
#include "ProfileFileReader.h"
#include "onboarding/FieldKey.h"
#include "onboarding/FlowRules.h"
#include "storage/ProgressStore.h"
#include "validation/CompanyName.h"

#include <QDir>
#include <QFile>

#include <algorithm>

Result<ProfileFileContent> ProfileImport::readFile(const QString &path, QDate today)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("Cannot read %1.", "@info import").arg(QDir::toNativeSeparators(path)),
            file.errorString(), ProfileFileReader::RejectedCode};
    // One byte more than allowed is enough to know that it is too large.
    return ProfileFileReader::read(file.read(ExchangeFormat::MaxBytes + 1), today);
}

Result<QList<ProfileSummary>> ProfileImport::conflicts(
    const ProgressStore &store, const ProfileData &profile)
{
    QList<qint64> ids;
    for (const QString &key : {FieldKey::CompanyName, FieldKey::CreditCode}) {
        const QString value = profile.field(key);
        if (value.trimmed().isEmpty())
            continue;
        Result<QList<qint64>> found = store.profilesWithField(key, value);
        if (!found)
            return found.error();
        for (qint64 id : found.value()) {
            if (!ids.contains(id))
                ids << id;
        }
    }
    std::sort(ids.begin(), ids.end());
    QList<ProfileSummary> summaries;
    for (qint64 id : ids) {
        Result<ProfileData> data = store.loadProfile(id);
        if (!data)
            return data.error();
        summaries.append({id, data.value().field(FieldKey::CompanyName), data.value().currentPage,
            data.value().updatedAt, data.value().label(), data.value().archivedAt.isValid(),
            data.value().version});
    }
    return summaries;
}

Result<QString> ProfileImport::unusedName(const ProgressStore &store, const QString &name)
{
    for (int number = 1;; ++number) {
        QString candidate = name;
        if (number > 1) {
            const QString suffix = QStringLiteral(" (%1)").arg(number);
            candidate = name.left(CompanyName::MaxLength - suffix.size()).trimmed() + suffix;
        }
        bool taken = false;
        for (const QString &key : {FieldKey::ProfileLabel, FieldKey::CompanyName}) {
            Result<QList<qint64>> used = store.profilesWithField(key, candidate);
            if (!used)
                return used.error();
            taken = taken || !used.value().isEmpty();
        }
        if (!taken)
            return candidate;
    }
}

std::optional<ProfileSummary> ProfileImport::replaceTarget(
    const QList<ProfileSummary> &matching, const ProfileData &profile)
{
    QList<ProfileSummary> candidates;
    for (const ProfileSummary &summary : matching) {
        if (summary.companyName == profile.field(FieldKey::CompanyName))
            candidates << summary;
    }
    // One kept beside the original carries a label of its own: the original
    // is the one meant.
    if (candidates.size() > 1) {
        QList<ProfileSummary> unlabelled;
        for (const ProfileSummary &summary : std::as_const(candidates)) {
            if (summary.label == summary.companyName)
                unlabelled << summary;
        }
        if (unlabelled.size() == 1)
            candidates = unlabelled;
    }
    if (candidates.isEmpty())
        candidates = matching;
    if (candidates.size() != 1)
        return std::nullopt;
    return candidates.constFirst();
}

Result<ImportOutcome> ProfileImport::apply(ProgressStore &store, const ProfileFileContent &content,
    ConflictChoice choice, const QDateTime &now)
{
    // The same-company decision and the write are one transaction that holds
    // the write lock from the start: two imports of one company at once
    // cannot both find "not saved yet", nor both take the same "(2)".
    ImportOutcome outcome;
    const Result<> done = store.exclusively([&]() -> Result<> {
        Result<ImportOutcome> decided = decideAndStore(store, content, choice, now);
        if (!decided)
            return decided.error();
        outcome = decided.value();
        return {};
    });
    if (!done)
        return done.error();
    return outcome;
}

Result<ImportOutcome> ProfileImport::decideAndStore(ProgressStore &store,
    const ProfileFileContent &content, ConflictChoice choice, const QDateTime &now)
{
    Result<QList<ProfileSummary>> matching = conflicts(store, content.profile);
    if (!matching)
        return matching.error();
    // A file written before the flow rules settled outcome and status (or by
    // hand) arrives agreeing with them.
    ProfileData profile
        = FlowRules::applied(content.profile, FlowRules::settle(content.profile), now);
    ImportOutcome outcome;
    outcome.kind = ImportOutcome::Created;
    qint64 replaced = 0;
    if (!matching.value().isEmpty()) {
        switch (choice) {
        case ConflictChoice::Cancel: {
            ImportOutcome cancelled;
            cancelled.conflicts = matching.value();
            return cancelled;
        }
        case ConflictChoice::Replace: {
            const std::optional<ProfileSummary> target = replaceTarget(matching.value(), profile);
            if (!target) {
                QStringList names;
                for (const ProfileSummary &summary : matching.value())
                    names << QStringLiteral("\"%1\" (%2)").arg(summary.label).arg(summary.id);
                return Error {tr("Several saved profiles match this company (%1), so it is not "
                                 "clear which one to replace. Keep both, or import again after "
                                 "removing the extra ones.",
                                  "@info import")
                                  .arg(names.join(QStringLiteral(", "))),
                    QString()};
            }
            replaced = target->id;
            // The list keeps calling it what it was called.
            if (target->label != target->companyName)
                profile.fields.insert(FieldKey::ProfileLabel, target->label);
            else
                profile.fields.remove(FieldKey::ProfileLabel);
            outcome.kind = ImportOutcome::Replaced;
            break;
        }
        case ConflictChoice::KeepBoth: {
            // The suffix goes on the label only: the company name stays as
            // registered (it is copied into the console).
            const QString company = profile.field(FieldKey::CompanyName);
            Result<QString> name = unusedName(store, company);
            if (!name)
                return name.error();
            if (name.value() != company)
                profile.fields.insert(FieldKey::ProfileLabel, name.value());
            else
                profile.fields.remove(FieldKey::ProfileLabel);
            break;
        }
        }
    }
    Result<qint64> stored = store.importProfile(profile, content.events, replaced, now);
    if (!stored)
        return stored.error();
    outcome.id = stored.value();
    outcome.companyName = profile.field(FieldKey::CompanyName);
    outcome.label = profile.label();
    return outcome;
}
