// Brings a profile file into the store: reads and checks it
// (ProfileFileReader), finds saved profiles of the same company (same name or
// same credit code) and stores it as the caller chose, deciding and writing in
// one exclusive transaction (ProgressStore::exclusively): in place of that
// profile, beside it under a free name, or not at all. Everything is stored
// in one transaction, so a refused or failed import changes nothing. It never
// asks the user itself; the caller decides.
#pragma once

#include "ProfileFileContent.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>

class ProgressStore;

enum class ConflictChoice { Replace, KeepBoth, Cancel };

struct ImportOutcome
{
    enum Kind { Created, Replaced, Cancelled };
    Kind kind = Cancelled;
    qint64 id = 0; // the stored profile; 0 when cancelled
    QString companyName; // as stored (with a suffix when kept beside another)
    QList<ProfileSummary> conflicts; // when cancelled: the saved profiles of the same company
};

class ProfileImport
{
    Q_DECLARE_TR_FUNCTIONS(ProfileImport)
public:
    // Reads at most ExchangeFormat::MaxBytes (a larger file is refused
    // unread) and checks it.
    static Result<ProfileFileContent> readFile(const QString &path, QDate today);

    // Saved profiles of the same company as `profile`: the same company name
    // or the same non-empty credit code. Empty when there is none.
    static Result<QList<ProfileSummary>> conflicts(
        const ProgressStore &store, const ProfileData &profile);

    // Stores `content`. With conflicts, `choice` decides: Replace overwrites
    // the saved profile of the same name, or the one profile of the same
    // credit code (it keeps its id; refused when that is ambiguous),
    // KeepBoth stores a new profile named "<name> (2)" (or the next free
    // number), Cancel stores nothing. Without conflicts it is stored as new.
    static Result<ImportOutcome> apply(ProgressStore &store, const ProfileFileContent &content,
        ConflictChoice choice, const QDateTime &now);

    // `name`, or "<name> (N)" with the smallest N ≥ 2 no profile has.
    static Result<QString> unusedName(const ProgressStore &store, const QString &name);

private:
    static Result<ImportOutcome> decideAndStore(ProgressStore &store,
        const ProfileFileContent &content, ConflictChoice choice, const QDateTime &now);
};
