#include "StatusCommand.h"

#include "StatusReport.h"
#include "calendar/WorkingDayCalendar.h"
#include "onboarding/WaitEstimate.h"
#include "storage/ProgressStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace {

// The profile the user means: an id, an exact company name, or (no name) the
// one used last, else the one changed last.
Result<qint64> pickProfile(ProgressStore &store, const QString &wanted)
{
    Result<QList<ProfileSummary>> profiles = store.listProfiles();
    if (!profiles)
        return profiles.error();
    if (wanted.isEmpty()) {
        bool ok = false;
        const qint64 last = store.setting(QStringLiteral("last_profile")).toLongLong(&ok);
        for (const ProfileSummary &summary : profiles.value()) {
            if (ok && summary.id == last)
                return summary.id;
        }
        if (!profiles.value().isEmpty())
            return profiles.value().constFirst().id;
        return Error {
            QCoreApplication::translate("StatusCommand", "There is no profile yet."), QString()};
    }
    for (const ProfileSummary &summary : profiles.value()) {
        if (summary.companyName == wanted || QString::number(summary.id) == wanted)
            return summary.id;
    }
    return Error {
        QCoreApplication::translate("StatusCommand", "No profile is called \"%1\".").arg(wanted),
        QString()};
}

} // namespace

int runStatusCommand(ProgressStore &store, const Clock &clock, const StatusOptions &options,
    QTextStream &out, QTextStream &err)
{
    Result<qint64> id = pickProfile(store, options.profile);
    if (!id) {
        err << id.error().message << '\n';
        return 1;
    }
    Result<ProfileData> data = store.loadProfile(id.value());
    if (!data) {
        err << data.error().message << '\n' << data.error().details << '\n';
        return 2;
    }
    const WaitEstimate estimate(WorkingDayCalendar::mainland());
    const StatusReport report(clock, estimate);
    if (options.json)
        out << QJsonDocument(report.document({data.value()})).toJson(QJsonDocument::Indented);
    else
        out << report.profileText(data.value());
    return 0;
}
