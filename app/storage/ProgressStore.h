// The progress store: every enterprise profile, its fields, step states and
// event log, in SQLite (WAL, one short transaction per change, file 0600).
// It speaks only in ProfileData and Result values; it never shows anything
// and never stores a password or an AccessKey secret.
#pragma once

#include "core/Result.h"
#include "onboarding/ProfileData.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

class QSqlQuery;

#include <memory>

struct ProfileSummary
{
    qint64 id = 0;
    QString companyName;
    int currentPage = 0;
    QDateTime updatedAt;
};

struct ProfileEvent
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString kind; // "created", "field", "status"
    QString subject; // field key or step key
    QString oldValue;
    QString newValue;
};

class ProgressStore
{
    Q_DECLARE_TR_FUNCTIONS(ProgressStore)
public:
    ~ProgressStore();
    ProgressStore(const ProgressStore &) = delete;
    ProgressStore &operator=(const ProgressStore &) = delete;

    // Opens (creating if needed) the SQLite file at `path` and migrates it to
    // `targetVersion`. Tests pass an older version to build old databases.
    static Result<std::unique_ptr<ProgressStore>> openSqlite(
        const QString &path, int targetVersion = -1);

    // <AppDataLocation>/progress.sqlite
    static QString defaultLocation();

    // Error codes of openSqlite() a caller may act on.
    static inline const QString DamagedCode = QStringLiteral("store.damaged");
    static inline const QString NewerCode = QStringLiteral("store.newer");

    // Backups live in <folder of the database>/backups: a copy (VACUUM INTO)
    // at most daily and before every migration; the newest few are kept.
    static constexpr int BackupsKept = 5;
    static QString backupFolder(const QString &path);
    static QStringList backups(const QString &path); // newest first
    // Puts a copy of `backup` where the database belongs (moving a damaged
    // file aside first, never deleting it).
    static Result<> restoreBackup(const QString &backup, const QString &path);
    // Writes a backup now; returns its path.
    Result<QString> backUp(const QString &reason);

    QString location() const { return m_location; }
    int schemaVersion() const;
    // Edits of one field within this time are one timeline event.
    static constexpr int FieldEventMergeSeconds = 10 * 60;

    // Who is recorded in events (the OS user, for example).
    void setActor(const QString &actor) { m_actor = actor; }

    Result<QList<ProfileSummary>> listProfiles() const;
    Result<ProfileData> createProfile(const QString &companyName, const QDateTime &now);
    Result<ProfileData> loadProfile(qint64 id) const;

    // Each is one transaction; each returns the profile's new version.
    Result<int> saveFields(qint64 id, const QHash<QString, QString> &fields, const QDateTime &now);
    Result<int> saveStepState(
        qint64 id, StepId step, const StepState &state, StepStatus previous, const QDateTime &now);
    Result<> saveCurrentPage(qint64 id, int page);

    Result<QList<ProfileEvent>> events(qint64 id) const;

    QString setting(const QString &key) const;
    Result<> setSetting(const QString &key, const QString &value);

private:
    explicit ProgressStore(QString connectionName, QString location);
    Result<> migrate(int targetVersion);
    Result<> checkIntegrity();
    static Error quarantine(const QString &path, const QString &why);
    // Non-empty when the -wal beside `path` belongs to another database.
    static QString foreignWalReason(const QString &path);
    void backUpIfDue();
    Result<> exec(const QString &sql);
    Result<int> bumpVersion(qint64 id, const QDateTime &now);
    Result<> appendFieldEvent(qint64 id, const QDateTime &now, const QString &key);
    Result<> appendEvent(qint64 id, const QDateTime &now, const QString &kind,
        const QString &subject, const QString &oldValue, const QString &newValue);
    template<typename Work>
    auto inTransaction(Work work) -> decltype(work());
    Error databaseError(const QString &what) const;
    Error queryError(const QSqlQuery &query, const QString &what) const;
    QSqlDatabase db() const;

    QString m_connectionName;
    QString m_location;
    QString m_actor;
};
