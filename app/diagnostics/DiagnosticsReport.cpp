#include "DiagnosticsReport.h"

#include "diagnostics/SessionLog.h"
#include "onboarding/FieldKey.h"
#include "onboarding/Step.h"
#include "storage/ProfileLookup.h"
#include "storage/ProgressStore.h"
#include "storage/Schema.h"
#include "storage/StoreClient.h"

#include <QDir>
#include <QSysInfo>
#include <QTextStream>

DiagnosticsFacts DiagnosticsReport::programFacts()
{
    DiagnosticsFacts facts;
    facts.programVersion = QStringLiteral(FINCLOUD_VERSION);
    facts.qtVersion = QString::fromLatin1(qVersion());
    facts.qtBuildVersion = QStringLiteral(QT_VERSION_STR);
    facts.platform = QStringLiteral("%1; %2 %3; %4")
                         .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                             QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture());
    return facts;
}

QString DiagnosticsReport::databaseKind(const QString &location)
{
    return location.startsWith(QLatin1String("postgres"), Qt::CaseInsensitive) ? PostgreSql
                                                                               : Sqlite;
}

void DiagnosticsReport::addStoreFacts(
    DiagnosticsFacts &facts, const ProgressStore &store, qint64 profileId)
{
    facts.databaseKind = databaseKind(store.location());
    facts.databaseState = QStringLiteral("open");
    facts.schemaVersion = store.schemaVersion();
    const Result<QList<ProfileSummary>> profiles = store.listProfiles();
    if (!profiles)
        return;
    facts.profileCount = int(profiles.value().size());
    // No profile given: the one every command means without --profile.
    if (profileId == 0) {
        const Result<qint64> meant = ProfileLookup::find(store, QString());
        if (!meant)
            return;
        profileId = meant.value();
    }
    const Result<ProfileData> profile = store.loadProfile(profileId);
    if (!profile)
        return;
    facts.companyName = profile.value().field(FieldKey::CompanyName);
    for (const StepId step : AllSteps)
        facts.steps.append({stepKey(step), statusKey(profile.value().status(step))});
}

void DiagnosticsReport::collectStoreFacts(DiagnosticsFacts facts, StoreClient &store,
    qint64 profileId, QObject *context, std::function<void(const DiagnosticsFacts &)> done)
{
    facts.databaseKind = databaseKind(store.location());
    store.post<DiagnosticsFacts>(
        [profileId](ProgressStore &opened) -> Result<DiagnosticsFacts> {
            DiagnosticsFacts stored;
            addStoreFacts(stored, opened, profileId);
            return stored;
        },
        context,
        [facts, done = std::move(done)](const Result<DiagnosticsFacts> &found) mutable {
            if (!found) {
                facts.databaseState = QStringLiteral("not answering");
                done(facts);
                return;
            }
            facts.databaseState = found.value().databaseState;
            facts.schemaVersion = found.value().schemaVersion;
            facts.profileCount = found.value().profileCount;
            facts.companyName = found.value().companyName;
            facts.steps = found.value().steps;
            done(facts);
        });
}

void DiagnosticsReport::addLog(DiagnosticsFacts &facts, const QString &logFile)
{
    facts.logFile = logFile;
    facts.logTail = SessionLog::tail(logFile, LogLines);
}

QString DiagnosticsReport::text(const DiagnosticsFacts &facts, const Redactor &redactor)
{
    // English on purpose: it is read by support staff, like the log.
    QString out;
    QTextStream stream(&out);
    const auto clean = [&redactor](const QString &text) {
        QString result = redactor.redact(text);
        const QString home = QDir::homePath();
        if (home.size() > 1)
            result.replace(home, QStringLiteral("~"));
        return result;
    };
    stream << "fincloud-onboard diagnostics\n";
    stream << "program version: " << facts.programVersion << '\n';
    stream << "Qt version: " << facts.qtVersion << " (built with " << facts.qtBuildVersion << ")\n";
    stream << "platform: " << facts.platform << '\n';
    stream << "database: " << facts.databaseKind << ", " << clean(facts.databaseState) << '\n';
    stream << "schema version: "
           << (facts.schemaVersion > 0 ? QString::number(facts.schemaVersion)
                                       : QStringLiteral("unknown"))
           << " (this program writes " << Schema::LatestVersion << ")\n";
    if (facts.profileCount >= 0)
        stream << "profiles: " << facts.profileCount << '\n';
    if (!facts.companyName.isEmpty()) {
        // The company name is the one piece of the profile support needs; only
        // secrets are taken out of it.
        stream << "company: " << clean(facts.companyName) << '\n';
        for (const auto &[step, status] : facts.steps)
            stream << "  " << step << ": " << status << '\n';
    }
    stream << "settings files read: "
           << (facts.settingsFiles.isEmpty()
                      ? QStringLiteral("none")
                      : clean(facts.settingsFiles.join(QStringLiteral(", "))))
           << '\n';
    if (facts.logFile.isEmpty()) {
        stream << "log: none\n";
    } else {
        stream << "log: " << clean(facts.logFile) << " (last " << facts.logTail.size()
               << " lines)\n";
        for (const QString &line : facts.logTail)
            stream << "  " << clean(line) << '\n';
    }
    return out;
}
