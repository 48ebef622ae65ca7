// Keeps the field edits that could not reach a shared (PostgreSQL) store in a
// small SQLite file of the user's own, so that they survive closing the
// window and a restart until a save carries them to the server. Each edit is
// kept under the server, database, login role and profile it belongs to,
// with the profile version it was made on: replayed later through the same
// versioned save, a change someone else made meanwhile is still a conflict.
//
// The file is created only when there is an edit to keep (a program that
// only reads, or never loses its server, never makes one): 0600 in a folder
// made 0700, created exclusively and never through a symbolic link; an
// existing file is used only when it is a regular file of this user that no
// one else may read or write. Every write is checked; a failure is an Error,
// never a silent loss. Never holds a password, and never changes the mode of
// a file or folder it did not create.
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class StoreAddress;

class PendingEditJournal : public QObject
{
    Q_OBJECT
public:
    // Which store the edits belong to: no password, no connect options.
    struct StoreKey
    {
        QString server; // host, and ":port" when the address names one
        QString database;
        QString role;
    };
    struct Entry
    {
        qint64 profileId = 0;
        QString field;
        QString value;
        int baseVersion = 0; // the profile version the edit was made on
        QDateTime editedAt; // UTC
    };

    // <AppDataLocation>/pending-edits.sqlite
    static QString defaultPath();
    static StoreKey keyFor(const StoreAddress &address);

    // Touches nothing: the file is read or made on first use.
    PendingEditJournal(QString path, StoreKey key, QObject *parent = nullptr);
    ~PendingEditJournal() override;

    QString path() const { return m_path; }

    // Keeps `fields` of profile `profileId`, made on version `baseVersion`.
    // A field kept before keeps its first base version (the edit began on
    // it) and takes the newer value.
    Result<> keep(qint64 profileId, const QHash<QString, QString> &fields, int baseVersion,
        const QDateTime &at);
    // The kept edits of one profile, oldest first; none when there is no file.
    Result<QList<Entry>> entries(qint64 profileId);
    // The profiles of this store with kept edits, the latest edited first.
    Result<QList<qint64>> profiles();
    // Forgets the kept edits of `profileId` that `saved` holds with the same
    // value (a newer edit kept meanwhile stays).
    Result<> forgetSaved(qint64 profileId, const QHash<QString, QString> &saved);
    // Forgets every kept edit of `profileId` (the user chose to drop them).
    Result<> forgetProfile(qint64 profileId);
    // How many edits of this store wait; 0 when there is no file.
    int count();

signals:
    void countChanged(int count);

private:
    enum class Need { Read, Write };
    // True when the file is open; false when there is none and `need` is Read.
    Result<bool> ensureOpen(Need need);
    Result<> createFile();
    Result<> checkExistingFile() const;
    Result<> prepareSchema();
    Result<> run(const QString &what, const QString &sql, const QVariantList &values);
    Result<> refreshCount();
    Error failure(const QString &message, const QString &details) const;

    QString m_path;
    StoreKey m_key;
    QString m_connectionName;
    bool m_open = false;
    int m_count = -1; // -1: not read yet
};
