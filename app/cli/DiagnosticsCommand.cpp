#include "DiagnosticsCommand.h"

#include "diagnostics/DiagnosticsReport.h"
#include "diagnostics/SessionLog.h"
#include "storage/ProgressStore.h"
#include "storage/StoreErrorKind.h"

#include <QFileInfo>
#include <QTextStream>

int runDiagnosticsCommand(
    const DiagnosticsCommandOptions &options, const Redactor &redactor, QTextStream &out)
{
    DiagnosticsFacts facts = DiagnosticsReport::programFacts();
    facts.settingsFiles = options.settingsFiles;
    facts.databaseKind
        = options.database.isPostgres() ? DiagnosticsReport::PostgreSql : DiagnosticsReport::Sqlite;
    int status = 0;
    if (!options.database.isPostgres() && !QFileInfo::exists(options.database.sqlitePath())) {
        facts.databaseState = QStringLiteral("not created yet");
    } else {
        ProgressStore::OpenOptions readOnly;
        readOnly.access = ProgressStore::Access::ReadOnly;
        const Result<std::unique_ptr<ProgressStore>> store
            = ProgressStore::open(options.database, readOnly);
        if (store) {
            DiagnosticsReport::addStoreFacts(facts, *store.value(), 0);
        } else {
            facts.databaseState = store.error().message;
            status = storeErrorKind(store.error()) == StoreErrorKind::Damaged ? 3 : 2;
        }
    }
    const QStringList logs = SessionLog::files(options.logFolder);
    if (!logs.isEmpty())
        DiagnosticsReport::addLog(facts, logs.constFirst());
    out << DiagnosticsReport::text(facts, redactor);
    return status;
}
