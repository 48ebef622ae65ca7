#include "ProfileLookup.h"

#include "ProgressStore.h"
#include "onboarding/FieldKey.h"

#include <QStringList>
#include <QTextStream>

namespace {

// `idText` as the id of an existing profile, or 0; a deleted profile is
// gone for every command, as for the wizard (an archived one is not).
qint64 existingId(const ProgressStore &store, QStringView idText, bool archivedToo = true)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0)
        return 0;
    const Result<ProfileData> data = store.loadProfile(id);
    if (!data || data.value().deletedAt.isValid())
        return 0;
    return archivedToo || !data.value().archivedAt.isValid() ? id : 0;
}

} // namespace

int ProfileLookup::exitStatus(const Error &error)
{
    return error.code == NotFoundCode ? 1 : 2;
}

Result<qint64> ProfileLookup::find(const ProgressStore &store, const QString &wanted)
{
    if (wanted.isEmpty()) {
        // Put away (archived) is not what "the current one" means.
        if (const qint64 last
            = existingId(store, store.setting(QStringLiteral("last_profile")), false))
            return last;
        Result<QList<ProfileSummary>> profiles = store.listProfiles();
        if (!profiles)
            return profiles.error();
        for (const ProfileSummary &summary : profiles.value()) {
            if (!summary.archived)
                return summary.id;
        }
        if (!profiles.value().isEmpty())
            return profiles.value().constFirst().id;
        return Error {tr("There is no profile yet.", "@info"), QString(), NotFoundCode};
    }
    if (wanted.startsWith(QLatin1Char('#'))) {
        if (const qint64 id = existingId(store, QStringView(wanted).mid(1)))
            return id;
        return Error {tr("There is no profile with the id %1.", "@info").arg(wanted.mid(1)),
            QString(), NotFoundCode};
    }
    Result<QList<qint64>> named = store.profilesWithField(FieldKey::CompanyName, wanted);
    if (!named)
        return named.error();
    if (named.value().size() == 1)
        return named.value().constFirst();
    if (named.value().size() > 1) {
        QStringList ids;
        for (const qint64 id : named.value())
            ids << QStringLiteral("#%1").arg(id);
        return Error {tr("Several profiles are called \"%1\" (%2): give the one you mean by its "
                         "id, for example --profile %3.",
                          "@info")
                          .arg(wanted, ids.join(QStringLiteral(", ")), ids.constFirst()),
            QString(), AmbiguousCode};
    }
    if (const qint64 id = existingId(store, wanted))
        return id;
    return Error {tr("No profile is called \"%1\".", "@info").arg(wanted), QString(), NotFoundCode};
}

Result<ProfileData> ProfileLookup::load(const ProgressStore &store, const QString &wanted)
{
    const Result<qint64> id = find(store, wanted);
    if (!id)
        return id.error();
    return store.loadProfile(id.value());
}

int ProfileLookup::report(const Error &error, QTextStream &err)
{
    err << error.message << '\n';
    if (!error.details.isEmpty())
        err << error.details << '\n';
    return exitStatus(error);
}
