#include "ProfileLookup.h"

#include "onboarding/FieldKey.h"
#include "storage/ProgressStore.h"

namespace {

bool exists(const ProgressStore &store, const QString &idText)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    return ok && id > 0 && store.loadProfile(id).ok();
}

} // namespace

Result<qint64> ProfileLookup::find(const ProgressStore &store, const QString &wanted)
{
    if (wanted.isEmpty()) {
        const QString last = store.setting(QStringLiteral("last_profile"));
        if (exists(store, last))
            return last.toLongLong();
        Result<QList<ProfileSummary>> profiles = store.listProfiles();
        if (!profiles)
            return profiles.error();
        if (!profiles.value().isEmpty())
            return profiles.value().constFirst().id;
        return Error {tr("There is no profile yet.", "@info"), QString(), NotFoundCode};
    }
    Result<QList<qint64>> named = store.profilesWithField(FieldKey::CompanyName, wanted);
    if (!named)
        return named.error();
    if (!named.value().isEmpty())
        return named.value().constFirst();
    if (exists(store, wanted))
        return wanted.toLongLong();
    return Error {tr("No profile is called \"%1\".", "@info").arg(wanted), QString(), NotFoundCode};
}
