// The text a user pastes into an e-mail to support ("Copy diagnostics", and
// `fincloud-onboard diagnostics`): program, Qt and platform versions, the
// database's kind and schema version, the company name and step statuses of
// the profile in question, which settings files were read, and the tail of
// the session log. It must never contain personal data beyond the company
// name, nor a secret: everything but the versions goes through the Redactor,
// and the user's home folder is written as ~.
#pragma once

#include "diagnostics/Redactor.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

class ProgressStore;
class QObject;
class StoreClient;

struct DiagnosticsFacts
{
    QString programVersion;
    QString qtVersion; // the Qt library in use
    QString qtBuildVersion; // the Qt the program was built with
    QString platform;
    QString databaseKind; // "SQLite", "PostgreSQL"
    QString databaseState; // "open", "not created yet", or why it could not be read
    int schemaVersion = 0;
    int profileCount = -1; // -1: unknown
    QString companyName;
    QList<QPair<QString, QString>> steps; // step key, status key
    QStringList settingsFiles;
    QString logFile;
    QStringList logTail;
};

class DiagnosticsReport
{
public:
    static constexpr int LogLines = 40;
    static inline const QString Sqlite = QStringLiteral("SQLite");
    static inline const QString PostgreSql = QStringLiteral("PostgreSQL");

    // Versions and platform of this running program.
    static DiagnosticsFacts programFacts();
    // "PostgreSQL" for a server address, else "SQLite".
    static QString databaseKind(const QString &location);
    // The database's kind, schema version and profile count, and the company
    // and step statuses of `profileId` (0: the most recently changed profile).
    static void addStoreFacts(
        DiagnosticsFacts &facts, const ProgressStore &store, qint64 profileId);
    // The same through the wizard's store client, on the store's thread:
    // `done` gets `facts` completed, later (the window does not wait).
    static void collectStoreFacts(DiagnosticsFacts facts, StoreClient &store, qint64 profileId,
        QObject *context, std::function<void(const DiagnosticsFacts &)> done);
    // The last LogLines lines of `logFile`.
    static void addLog(DiagnosticsFacts &facts, const QString &logFile);

    static QString text(const DiagnosticsFacts &facts, const Redactor &redactor);
};
