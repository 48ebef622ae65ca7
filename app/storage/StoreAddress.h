// Where the progress store lives, as given on the command line (--database)
// or in FINCLOUD_DATABASE: a SQLite file path, or a PostgreSQL URL
// postgresql://user[:password]@host[:port]/dbname[?option=value&…]. It opens
// connections of the right driver with the right settings. It must never put
// the password into anything it shows, logs or returns as an error.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

class StoreAddress
{
    Q_DECLARE_TR_FUNCTIONS(StoreAddress)
public:
    // Connection attempts to a server give up after this long unless the URL
    // sets connect_timeout itself: a dead server must not hang a worker for long.
    static constexpr int DefaultConnectTimeoutSeconds = 10;

    // A SQLite file path, or a postgresql:// / postgres:// URL (components
    // percent-decoded; query options passed to libpq as connect options).
    static Result<StoreAddress> parse(const QString &text);
    static StoreAddress sqliteFile(const QString &path);
    // An empty address (no file, no server): isValid() is false.
    StoreAddress() = default;
    bool isValid() const { return m_postgres || !m_path.isEmpty(); }

    bool isPostgres() const { return m_postgres; }
    // The SQLite file, absolute; empty for PostgreSQL.
    QString sqlitePath() const { return m_path; }
    QString host() const { return m_host; }
    int port() const { return m_port; } // -1: libpq's default
    QString userName() const { return m_user; }
    QString databaseName() const { return m_database; }
    bool hasPassword() const { return !m_password.isEmpty(); }
    // The options libpq receives besides host, port, user, password, dbname.
    QList<QPair<QString, QString>> options() const { return m_options; }

    // What the user may see: the file path, or the URL without the password
    // and without options.
    QString displayName() const;

    // Adds a connection named `connectionName` and opens it: SQLite with a busy
    // timeout, WAL, synchronous=FULL and foreign keys; PostgreSQL through QPSQL
    // with a connect timeout and TCP keep-alives. The caller removes it
    // (QSqlDatabase::removeDatabase) when done. On an error nothing is left
    // registered under that name.
    Result<QSqlDatabase> addConnection(const QString &connectionName) const;
    // The same without the SQLite pragmas: for a caller that must look at the
    // file (integrity) before anything may be written to it.
    Result<QSqlDatabase> addUnconfiguredConnection(const QString &connectionName) const;
    // SQLite: the file opened read-only (never created); PostgreSQL: as
    // addUnconfiguredConnection.
    Result<QSqlDatabase> addReadOnlyConnection(const QString &connectionName) const;

    // `text` with the password (plain or percent-encoded) replaced: for every
    // driver message that reaches an Error or a log.
    QString scrubbed(const QString &text) const;

private:
    QString connectOptions() const;
    Result<QSqlDatabase> addOpenedConnection(const QString &connectionName, bool readOnly) const;

    bool m_postgres = false;
    QString m_path;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_password;
    QString m_database;
    QList<QPair<QString, QString>> m_options;
};
