#include "ProfileLookup.h"

#include "ProgressStore.h"
#include "onboarding/FieldKey.h"

#include <QStringList>

namespace {

// `idText` as the id of an existing profile, or 0.
qint64 existingId(const ProgressStore &store, QStringView idText)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    return ok && id > 0 && store.loadProfile(id).ok() ? id : 0;
}

} // namespace

int ProfileLookup::exitStatus(const Error &error)
{
    return error.code == NotFoundCode ? 1 : 2;
}

Result<qint64> ProfileLookup::find(const ProgressStore &store, const QString &wanted)
{
    if (wanted.isEmpty()) {
        if (const qint64 last = existingId(store, store.setting(QStringLiteral("last_profile"))))
            return last;
        Result<QList<ProfileSummary>> profiles = store.listProfiles();
        if (!profiles)
            return profiles.error();
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
