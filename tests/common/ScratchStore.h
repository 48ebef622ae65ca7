// Test support: a fresh, empty place for a progress store on the backend a
// data row names — "sqlite": a file in a temporary folder; "postgres": a new
// database on the test server that tests/pg starts (its state file is named
// by FINCLOUD_TEST_PG_STATE). Without a server the postgres rows are skipped,
// unless FINCLOUD_REQUIRE_PG is set (ctest sets it): then they fail.
#pragma once

#include "storage/StoreAddress.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class ScratchStore
{
public:
    static void addBackendRows()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    // A value of the test server's state file (PG_URL, PG_DIR, PG_PORT, …).
    static QString serverValue(const QString &key)
    {
        QFile state(qEnvironmentVariable("FINCLOUD_TEST_PG_STATE"));
        if (state.fileName().isEmpty() || !state.open(QIODevice::ReadOnly))
            return {};
        const QString prefix = key + QLatin1Char('=');
        for (const QByteArray &line : state.readAll().split('\n')) {
            const QString text = QString::fromUtf8(line).trimmed();
            if (text.startsWith(prefix))
                return text.mid(prefix.size());
        }
        return {};
    }

    // The server's URL with its password, to the maintenance database.
    static QString serverUrl() { return serverValue(QStringLiteral("PG_URL")); }

    explicit ScratchStore(const QString &backend)
    {
        if (backend == QLatin1String("sqlite")) {
            m_url = m_dir.filePath(QStringLiteral("data/progress.sqlite"));
            m_address = StoreAddress::sqliteFile(m_url);
            return;
        }
        const QString server = serverUrl();
        if (server.isEmpty()) {
            if (qEnvironmentVariableIntValue("FINCLOUD_REQUIRE_PG"))
                m_problem = QStringLiteral("FINCLOUD_REQUIRE_PG is set, but no PostgreSQL test "
                                           "server was started (FINCLOUD_TEST_PG_STATE)");
            else
                m_skip = QStringLiteral("no PostgreSQL test server (run the tests with ctest)");
            return;
        }
        static QAtomicInteger<int> counter;
        m_database = QStringLiteral("fincloud_t%1_%2")
                         .arg(QCoreApplication::applicationPid())
                         .arg(counter.fetchAndAddRelaxed(1));
        const QString created = admin(QStringLiteral("CREATE DATABASE ") + m_database);
        if (!created.isEmpty()) {
            m_problem = QStringLiteral("cannot create a test database: ") + created;
            m_database.clear();
            return;
        }
        m_url = server.left(server.lastIndexOf(QLatin1Char('/')) + 1) + m_database;
        m_address = StoreAddress::parse(m_url).value();
    }

    ~ScratchStore()
    {
        if (!m_database.isEmpty())
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
    }

    ScratchStore(const ScratchStore &) = delete;
    ScratchStore &operator=(const ScratchStore &) = delete;

    QString skipReason() const { return m_skip; }
    QString problem() const { return m_problem; }
    const StoreAddress &address() const { return m_address; }
    // What --database takes: the file path, or the URL with the password.
    QString url() const { return m_url; }
    bool isPostgres() const { return m_address.isPostgres(); }
    QString folder() const { return m_dir.path(); }

    // Runs SQL on the maintenance database; returns the error text, if any.
    static QString admin(const QString &sql)
    {
        const QString name = QStringLiteral("scratch-admin");
        QString problem;
        {
            Result<QSqlDatabase> db = StoreAddress::parse(serverUrl()).value().addConnection(name);
            if (!db)
                return db.error().details;
            QSqlQuery query(db.value());
            if (!query.exec(sql))
                problem = query.lastError().text();
            query = QSqlQuery();
            db.value().close();
        }
        QSqlDatabase::removeDatabase(name);
        return problem;
    }

private:
    QTemporaryDir m_dir;
    StoreAddress m_address;
    QString m_url;
    QString m_database;
    QString m_skip;
    QString m_problem;
};

// Declares `var` for the backend of the current data row; skips or fails the
// test when that backend is not available.
#define SCRATCH_STORE(var, backend)                                                                \
    ScratchStore var(backend);                                                                     \
    if (!var.skipReason().isEmpty())                                                               \
        QSKIP(qPrintable(var.skipReason()));                                                       \
    if (!var.problem().isEmpty())                                                                  \
        QFAIL(qPrintable(var.problem()));
