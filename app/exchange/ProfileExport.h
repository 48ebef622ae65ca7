// Writes one profile of the store as a profile file (ExchangeFormat; README,
// "Profile files"): company data, step statuses and dates, the current page
// and the event log. It refuses to write anything that would name or look
// like a secret, and writes through OutputFile: all or nothing (a failed write
// leaves an older file as it was), never through a symbolic link or onto a
// device, readable by its owner only. It never changes the store.
#pragma once

#include "ProfileFileContent.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>

class ProgressStore;

struct ExportOutcome
{
    QString companyName;
    QString path;
    // Empty when the written file imports as it is; otherwise why an import
    // would refuse it (e.g. a field typed half-way and never corrected).
    QString importProblem;
};

class ProfileExport
{
    Q_DECLARE_TR_FUNCTIONS(ProfileExport)
public:
    // The profile with its events, oldest first.
    static Result<ProfileFileContent> collect(
        const ProgressStore &store, qint64 id, const QDateTime &now);
    // The file's bytes (indented JSON); an error when a key or value would
    // carry a secret.
    static Result<QByteArray> toJson(const ProfileFileContent &content);
    // A profile holding values that could not be read is not exported.
    static inline const QString DamagedDataCode = QStringLiteral("export.damaged_data");
    // collect(), toJson() and a safe write to `path` (OutputFile's errors
    // as they are); `today` is the user's day, for the check that the file
    // imports again. Refused with DamagedDataCode before anything is written
    // when the profile holds unreadable values.
    static Result<ExportOutcome> writeFile(const ProgressStore &store, qint64 id,
        const QString &path, const QDateTime &now, QDate today);
};
