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

#include <optional>

class ProgressStore;

enum class ConflictChoice { Replace, KeepBoth, Cancel };

struct ImportOutcome
{
    enum Kind { Created, Replaced, Cancelled };
    Kind kind = Cancelled;
    qint64 id = 0; // the stored profile; 0 when cancelled
    QString companyName; // as stored: as in the file, never with a suffix
    QString label; // what the list calls it ("<name> (2)" when kept beside another)
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
    // KeepBoth stores a new profile labelled "<name> (2)" (or the next free
    // number) in the lists, its company name as in the file: the name is
    // company data that the user copies into the console. Cancel stores
    // nothing. Without conflicts it is stored as new. A replaced profile
    // keeps its own label.
    static Result<ImportOutcome> apply(ProgressStore &store, const ProfileFileContent &content,
        ConflictChoice choice, const QDateTime &now);

    // The saved profile that Replace overwrites among `matching`
    // (conflicts()): the one of the same company name, preferring one
    // without a label of its own ("(2)"), else the only one of the same
    // credit code; nullopt when that is ambiguous (Replace is then refused).
    static std::optional<ProfileSummary> replaceTarget(
        const QList<ProfileSummary> &matching, const ProfileData &profile);

    // `name`, or "<name> (N)" with the smallest N ≥ 2 that no profile is
    // called in the lists (as its label, or as its company name without one).
    static Result<QString> unusedName(const ProgressStore &store, const QString &name);

private:
    static Result<ImportOutcome> decideAndStore(ProgressStore &store,
        const ProfileFileContent &content, ConflictChoice choice, const QDateTime &now);
};
