// The progress store: every enterprise profile, its fields, step states and
// event log, in SQLite (WAL, one short transaction per change, a new file
// 0600) or in a shared PostgreSQL database (same schema). Saves carry the
// version the caller last saw, so two people never overwrite each other
// silently. A SQLite file is judged before anything is written to it
// (SqliteFileCheck): it writes only to its own files, never moves one, and
// opened for reading it never creates, migrates or changes anything.
// It speaks only in ProfileData and Result values; it never shows anything,
// never stores a password or an AccessKey secret, and never puts the database
// password into an error. One store is used from one thread only.
// This class is the face the rest of the program uses; the work is done by
// parts that each receive its connection (StoreConnection): StoreOpener and
// SchemaMigrator open it, StoreFileSafety guards the file and takes backups,
// ProfileRecords, EventLog and ImportRecords read and write the tables.
#pragma once

#include "core/Result.h"
#include "onboarding/ProfileData.h"
#include "storage/Schema.h"
#include "storage/StoreAddress.h"
#include "storage/StoreErrorKind.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

class EventLog;
class ImportRecords;
class ProfileRecords;
class StoreConnection;
class StoreFileSafety;

#include <functional>
#include <memory>

struct ProfileSummary
{
    qint64 id = 0;
    QString companyName;
    int currentPage = 0;
    QDateTime updatedAt;
    // What lists call it (ProfileData::label); the company name unless an
    // import kept it beside another profile of the same company.
    QString label;
    bool archived = false;
    int version = 0; // for archive and delete from a list: refused once stale
    // Each step's stored status; one that could not be read stays "not
    // started" and sets `statusUnreadable`.
    std::array<StepStatus, AllSteps.size()> statuses {};
    bool statusUnreadable = false;
};

// The kinds of event a timeline holds, spelled once for the log, the profile
// files and the words the timeline shows (EventText).
namespace EventKind {
inline const QString Created = QStringLiteral("created"); // new value: the company name
inline const QString Field = QStringLiteral("field"); // subject: the field key; no values
inline const QString Status = QStringLiteral("status"); // subject: the step key; old and new status
inline const QString Archived = QStringLiteral("archived"); // hidden from the default lists
inline const QString Unarchived = QStringLiteral("unarchived");
inline const QString Deleted = QStringLiteral("deleted"); // new value: the profile's label
inline const QString Undeleted = QStringLiteral("undeleted");
// subject: the account-check field (FieldKey::AccountChecks); new value: its
// record (AccountEvidence), so that the timeline keeps every run's evidence.
inline const QString AccountCheck = QStringLiteral("account_check");
// subject: FieldKey::NetworkCheck; new value: its record (NetworkEvidence).
inline const QString NetworkCheck = QStringLiteral("network_check");
inline const QStringList All = {
    Created, Field, Status, Archived, Unarchived, Deleted, Undeleted, AccountCheck, NetworkCheck};
} // namespace EventKind

struct ProfileEvent
{
    qint64 id = 0;
    QDateTime at;
    // Who wrote it as the client said (the OS user of the machine): shown as
    // "on machine", second to `role`.
    QString actor;
    QString kind; // one of EventKind
    QString subject; // field key or step key
    QString oldValue;
    QString newValue;
    // The database role that wrote it, recorded by the server (PostgreSQL,
    // schema ServerRecordedRole); empty on SQLite and for older events.
    QString role;
};

class ProgressStore
{
    Q_DECLARE_TR_FUNCTIONS(ProgressStore)
public:
    ~ProgressStore();
    ProgressStore(const ProgressStore &) = delete;
    ProgressStore &operator=(const ProgressStore &) = delete;

    enum class Access {
        // May create the file (0600, in an owner-only folder), migrate it,
        // mark it as ours and back it up. A file its owner made read-only is
        // opened read-only: writes then fail with a plain cause.
        ReadWrite,
        // Never creates, migrates, chmods, moves or writes anything: a missing
        // or empty file reads as an empty database; an older schema is read
        // from an upgraded private copy.
        ReadOnly,
    };
    struct OpenOptions
    {
        Access access = Access::ReadWrite;
        int targetVersion = -1; // tests build old databases with an older one
        QDateTime now = {}; // names backups and decides whether one is due; invalid: system clock
    };

    // A SQLite file is judged first (SqliteFileCheck): only this program's
    // database, a new or an empty file is opened; anything else is refused
    // with an error and left as it is (StoreErrorKind::Refused, Damaged or
    // Newer). Damage is reported, never moved: BackupShelf does that when the
    // user chooses it.
    static Result<std::unique_ptr<ProgressStore>> open(
        const StoreAddress &address, const OpenOptions &options);
    static Result<std::unique_ptr<ProgressStore>> open(
        const StoreAddress &address, int targetVersion = -1);
    static Result<std::unique_ptr<ProgressStore>> openSqlite(
        const QString &path, int targetVersion = -1);

    // <AppDataLocation>/progress.sqlite
    static QString defaultLocation();

    // Saves given this instead of a version write whatever the current one is.
    static constexpr int AnyVersion = -1;

    // Backups (BackupShelf) are copies made with VACUUM INTO, at most daily
    // and before every migration, of a database that holds a profile and
    // changed since the newest backup. Writes one now unless there is
    // nothing new to keep; returns the newest backup's path (empty: none).
    Result<QString> backUp(const QString &reason);

    // Runs `work` (returning a Result) as one write transaction that holds
    // the database's write lock from its first statement (SQLite: BEGIN
    // IMMEDIATE; PostgreSQL: an advisory lock all such transactions share),
    // so that a decision read inside it stays true until it commits.
    // The store's own saves inside it join it. `work` failing rolls back.
    Result<> exclusively(const std::function<Result<>()> &work);

    bool isReadOnly() const;
    // The store's own connection, for a reader that runs its own SELECTs on
    // the store's thread (status --all's list). Never for writing.
    QSqlDatabase connectionForReading() const;

    // The file path, or the server address without its password.
    QString location() const;
    bool isShared() const;
    const StoreAddress &address() const;
    // 0 for a database without tables; UnreadableVersion when its
    // schema_version table is there but holds no readable version.
    int schemaVersion() const;
    static constexpr int UnreadableVersion = -1;
    // Edits of one field within this time are one timeline event.
    static constexpr int FieldEventMergeSeconds = 10 * 60;

    // Who is recorded in events as the client's name (the OS user, for
    // example). On PostgreSQL the server records the role beside it.
    void setActor(const QString &actor) { m_actor = actor; }
    // PostgreSQL: the role this connection logged in as (session_user), the
    // name the server writes into every event; SQLite: empty.
    QString serverRole() const { return m_role; }

    // Every profile that is not deleted, archived ones marked as such.
    Result<QList<ProfileSummary>> listProfiles() const;
    Result<ProfileData> createProfile(const QString &companyName, const QDateTime &now);
    Result<ProfileData> loadProfile(qint64 id) const;

    // Each is one transaction; each returns the profile's new version. With
    // `expectedVersion` (the version the caller loaded or last saved) a save
    // is refused with StoreErrorKind::Conflict when someone else saved in between.
    Result<int> saveFields(qint64 id, const QHash<QString, QString> &fields, const QDateTime &now,
        int expectedVersion = AnyVersion);
    Result<int> saveStepState(qint64 id, StepId step, const StepState &state, StepStatus previous,
        const QDateTime &now, int expectedVersion = AnyVersion);
    // Archiving hides a profile from the default lists and keeps it whole;
    // `archived` false brings it back. Deleting keeps it too, as a tombstone
    // hidden from every list and closed to saves (they fail with Conflict),
    // so that its timeline shows who deleted it and when and an undo loses
    // nothing; undeleteProfile() is that undo. Each is versioned like the
    // saves above and appends its event (EventKind::Archived, Unarchived,
    // Deleted, Undeleted); doing what is already done is a no-op that
    // returns the current version.
    Result<int> setArchived(
        qint64 id, bool archived, const QDateTime &now, int expectedVersion = AnyVersion);
    Result<int> deleteProfile(qint64 id, const QDateTime &now, int expectedVersion = AnyVersion);
    Result<int> undeleteProfile(qint64 id, const QDateTime &now, int expectedVersion = AnyVersion);
    // Where the profile was left: not versioned (the last one to move wins).
    Result<> saveCurrentPage(qint64 id, int page);
    // Makes the stored profile agree with the flow rules (FlowRules::settle)
    // through ordinary saves with their events; nothing when it does.
    Result<> settle(qint64 id, const QDateTime &now);

    Result<QList<ProfileEvent>> events(qint64 id) const;
    // What others changed after the profile was at `version`, oldest first.
    Result<QList<ProfileEvent>> changesSince(qint64 id, int version) const;

    // PostgreSQL: whether the server still answers; SQLite: always true.
    bool isReachable() const;
    // True once a statement failed because the server was gone; errors then
    // are StoreErrorKind::Disconnected. reconnect() clears it.
    bool hasLostConnection() const;
    // Opens the connection again after the server was lost.
    Result<> reconnect();

    QString setting(const QString &key) const;
    Result<> setSetting(const QString &key, const QString &value);

    // Tests only: caps this connection's database at its current size plus
    // `extraPages` (PRAGMA max_page_count), so that a write needing more
    // fails with SQLITE_FULL as on a full disk; a negative value lifts the
    // cap. SQLite only; the program never calls it.
    Result<> limitGrowthForTest(int extraPages);

private:
    ProgressStore(std::unique_ptr<StoreConnection> connection, QDateTime now);
    // The parts, each over this store's connection.
    EventLog eventLog() const;
    ProfileRecords profiles() const;
    ImportRecords importRecords() const;
    StoreFileSafety fileSafety() const;

    std::unique_ptr<StoreConnection> m_connection;
    QString m_actor;
    QString m_role;
    QDateTime m_now;
    // Whether the schema has the archive and delete columns: always, but
    // for a database a test keeps at an older version.
    bool m_marks = true;
    // Whether events have the db_role column (ServerRecordedRole), as above.
    bool m_roles = true;

    // Export/import (app/exchange)
public:
    // Ids of the profiles whose field `key` holds exactly `value`, lowest
    // first; not the deleted ones.
    Result<QList<qint64>> profilesWithField(const QString &key, const QString &value) const;
    // Stores a profile read from a file, with its events (oldest first, kept
    // as they are), in one transaction: as a new profile (`replaceId` 0), or
    // in place of profile `replaceId`, whose fields, steps and events are
    // dropped while its id stays and its version goes up. Returns the id.
    Result<qint64> importProfile(const ProfileData &profile, const QList<ProfileEvent> &events,
        qint64 replaceId, const QDateTime &now);
};
