// StoreAddress: reading --database text (file paths, postgresql:// URLs),
// what is shown to the user (never the password), and opening connections:
// a real SQLite file, and a PostgreSQL port on loopback that refuses.
#include "storage/StoreAddress.h"
#include "storage/StoreErrorKind.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Options = QList<QPair<QString, QString>>;

// A loopback port on which nothing listens (bound, then released).
int closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return -1;
    const int port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestStoreAddress : public QObject
{
    Q_OBJECT
private slots:
    void parsesPostgresUrls_data();
    void parsesPostgresUrls();
    void readsFilePaths();
    void rejectsBadAddresses_data();
    void rejectsBadAddresses();
    void passwordNeverShown_data();
    void passwordNeverShown();
    void opensSqliteWithPragmas();
    void refusedServerErrorHasNoPassword();
};

void TestStoreAddress::parsesPostgresUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("hasPassword");
    QTest::addColumn<QString>("database");
    QTest::addColumn<Options>("options");
    QTest::addColumn<QString>("display");

    QTest::newRow("full") << "postgresql://alice:s3cret@db.example.com:5433/onboard"
                          << "db.example.com" << 5433 << "alice" << true << "onboard" << Options {}
                          << "postgresql://alice@db.example.com:5433/onboard";
    QTest::newRow("short scheme, no port") << "postgres://bob@10.0.0.5/progress"
                                           << "10.0.0.5" << -1 << "bob" << false << "progress"
                                           << Options {} << "postgresql://bob@10.0.0.5/progress";
    QTest::newRow("upper-case scheme")
        << "PostgreSQL://u@h/d"
        << "h" << -1 << "u" << false << "d" << Options {} << "postgresql://u@h/d";
    QTest::newRow("percent-decoding")
        << "postgresql://j%C3%BCrgen:p%40ss%3Aw%2Frd@db:5432/my%20db"
        << "db" << 5432 << QString::fromUtf8("jürgen") << true << "my db" << Options {}
        << "postgresql://j%C3%BCrgen@db:5432/my%20db";
    QTest::newRow("ipv6") << "postgresql://u@[::1]:6000/d"
                          << "::1" << 6000 << "u" << false << "d" << Options {}
                          << "postgresql://u@[::1]:6000/d";
    QTest::newRow("unix socket folder")
        << "postgresql://u@%2Ftmp%2Fpg/d"
        << "/tmp/pg" << -1 << "u" << false << "d" << Options {} << "postgresql://u@%2Ftmp%2Fpg/d";
    QTest::newRow("no user, no host")
        << "postgresql:///d"
        << "" << -1 << "" << false << "d" << Options {} << "postgresql:///d";
    QTest::newRow("options passed through")
        << "postgresql://u@h/d?sslmode=require&connect_timeout=3&application_name=a%20b"
        << "h" << -1 << "u" << false << "d"
        << Options {{"sslmode", "require"}, {"connect_timeout", "3"}, {"application_name", "a b"}}
        << "postgresql://u@h/d";
    QTest::newRow("libpq query keys override")
        << "postgresql://u@h/d?host=%2Frun%2Fpg&port=7000&user=v&dbname=e&password=pw"
        << "/run/pg" << 7000 << "v" << true << "e" << Options {}
        << "postgresql://v@%2Frun%2Fpg:7000/e";
    QTest::newRow("empty password")
        << "postgresql://u:@h/d"
        << "h" << -1 << "u" << false << "d" << Options {} << "postgresql://u@h/d";
    QTest::newRow("@ in password")
        << "postgresql://u:a@b@h/d"
        << "h" << -1 << "u" << true << "d" << Options {} << "postgresql://u@h/d";
}

void TestStoreAddress::parsesPostgresUrls()
{
    QFETCH(QString, text);
    const Result<StoreAddress> parsed = StoreAddress::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    const StoreAddress &address = parsed.value();
    QVERIFY(address.isPostgres());
    QVERIFY(address.isValid());
    QCOMPARE(address.sqlitePath(), QString());
    QTEST(address.host(), "host");
    QTEST(address.port(), "port");
    QTEST(address.userName(), "user");
    QTEST(address.hasPassword(), "hasPassword");
    QTEST(address.databaseName(), "database");
    QTEST(address.options(), "options");
    QTEST(address.displayName(), "display");
    // What is shown parses back to the same place.
    const Result<StoreAddress> again = StoreAddress::parse(address.displayName());
    QVERIFY(again.ok());
    QCOMPARE(again.value().host(), address.host());
    QCOMPARE(again.value().port(), address.port());
    QCOMPARE(again.value().userName(), address.userName());
    QCOMPARE(again.value().databaseName(), address.databaseName());
}

void TestStoreAddress::readsFilePaths()
{
    const Result<StoreAddress> relative = StoreAddress::parse("  some/dir/progress.sqlite ");
    QVERIFY(relative.ok());
    QVERIFY(!relative.value().isPostgres());
    QCOMPARE(relative.value().sqlitePath(),
        QDir::current().absoluteFilePath("some/dir/progress.sqlite"));
    QCOMPARE(relative.value().displayName(),
        QDir::toNativeSeparators(QDir::current().absoluteFilePath("some/dir/progress.sqlite")));

    const Result<StoreAddress> absolute = StoreAddress::parse("/var/tmp/a:b/p.sqlite");
    QVERIFY(absolute.ok());
    QCOMPARE(absolute.value().sqlitePath(), QString("/var/tmp/a:b/p.sqlite"));

    const Result<StoreAddress> fileUrl = StoreAddress::parse("file:///var/tmp/my%20p.sqlite");
    QVERIFY(fileUrl.ok());
    QCOMPARE(fileUrl.value().sqlitePath(), QString("/var/tmp/my p.sqlite"));

    QVERIFY(!StoreAddress().isValid());
    QVERIFY(StoreAddress::sqliteFile("x.sqlite").isValid());
}

void TestStoreAddress::rejectsBadAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "   ";
    QTest::newRow("other scheme") << "mysql://u@h/d";
    QTest::newRow("port not a number") << "postgresql://u@h:abc/d";
    QTest::newRow("port out of range") << "postgresql://u@h:70000/d";
    QTest::newRow("port zero") << "postgresql://u@h:0/d";
    QTest::newRow("several hosts") << "postgresql://u@h1:1,h2:2/d";
    QTest::newRow("unclosed ipv6") << "postgresql://u@[::1/d";
    QTest::newRow("junk after ipv6") << "postgresql://u@[::1]x/d";
    QTest::newRow("bad option key") << "postgresql://u@h/d?Bad-Key=1";
    QTest::newRow("semicolon in option") << "postgresql://u@h/d?application_name=a%3Bb";
    QTest::newRow("query port not a number") << "postgresql://u@h/d?port=x";
    QTest::newRow("remote file url") << "file://server/share/p.sqlite";
}

void TestStoreAddress::rejectsBadAddresses()
{
    QFETCH(QString, text);
    const Result<StoreAddress> parsed = StoreAddress::parse(text);
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.error().message.isEmpty());
    QCOMPARE(storeErrorKind(parsed.error()), StoreErrorKind::InvalidAddress);
}

void TestStoreAddress::passwordNeverShown_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("password");
    QTest::newRow("in user info") << "postgresql://u:Tr0ub4dor@h:1/d"
                                  << "Tr0ub4dor";
    QTest::newRow("percent-encoded")
        << "postgresql://u:%C3%A9t%C3%A9%2F42@h:1/d" << QString::fromUtf8("été/42");
    QTest::newRow("in query") << "postgresql://u@h:1/d?password=Zebra99"
                              << "Zebra99";
    QTest::newRow("with a bad port") << "postgresql://u:Zebra99@h:99999/d"
                                     << "Zebra99";
    QTest::newRow("with a bad option") << "postgresql://u:Zebra99@h/d?X=1"
                                       << "Zebra99";
}

void TestStoreAddress::passwordNeverShown()
{
    QFETCH(QString, text);
    QFETCH(QString, password);
    const Result<StoreAddress> parsed = StoreAddress::parse(text);
    if (!parsed.ok()) {
        QVERIFY(!parsed.error().message.contains(password));
        QVERIFY(!parsed.error().details.contains(password));
        QVERIFY(!parsed.error().message.contains("Zebra"));
        QVERIFY(!parsed.error().details.contains("Zebra"));
        return;
    }
    const StoreAddress &address = parsed.value();
    QVERIFY(address.hasPassword());
    QVERIFY(!address.displayName().contains(password));
    QVERIFY(
        !address.displayName().contains(QString::fromLatin1(QUrl::toPercentEncoding(password))));
    const QString echoed = "driver said: password=" + password + " ("
        + QString::fromLatin1(QUrl::toPercentEncoding(password)) + ")";
    QVERIFY(!address.scrubbed(echoed).contains(password));
    QVERIFY(address.scrubbed(echoed).contains("driver said"));
}

void TestStoreAddress::opensSqliteWithPragmas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("p.sqlite");
    const Result<StoreAddress> parsed = StoreAddress::parse(path);
    QVERIFY(parsed.ok());
    {
        Result<QSqlDatabase> opened = parsed.value().addConnection("sqlite-test");
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().details));
        QSqlQuery mode(opened.value());
        QVERIFY(mode.exec("PRAGMA journal_mode") && mode.next());
        QCOMPARE(mode.value(0).toString(), QString("wal"));
        QSqlQuery keys(opened.value());
        QVERIFY(keys.exec("PRAGMA foreign_keys") && keys.next());
        QCOMPARE(keys.value(0).toInt(), 1);
        QSqlQuery sync(opened.value());
        QVERIFY(sync.exec("PRAGMA synchronous") && sync.next());
        QCOMPARE(sync.value(0).toInt(), 2); // FULL
        opened.value().close();
    }
    QSqlDatabase::removeDatabase("sqlite-test");

    // A file that cannot be created: an error, and the name is free again.
    const Result<StoreAddress> missing = StoreAddress::parse(dir.filePath("no/such/dir/p.sqlite"));
    QVERIFY(missing.ok());
    const Result<QSqlDatabase> failed = missing.value().addConnection("sqlite-missing");
    QVERIFY(!failed.ok());
    QVERIFY(!QSqlDatabase::contains("sqlite-missing"));
}

void TestStoreAddress::refusedServerErrorHasNoPassword()
{
    const int port = closedPort();
    QVERIFY(port > 0);
    const QString password = "Sw0rdf1sh-secret";
    const Result<StoreAddress> parsed = StoreAddress::parse(
        QString("postgresql://clerk:%1@127.0.0.1:%2/onboard?connect_timeout=2")
            .arg(password)
            .arg(port));
    QVERIFY(parsed.ok());
    QVERIFY(parsed.value().options().contains(qMakePair(QString("connect_timeout"), QString("2"))));
    const Result<QSqlDatabase> opened = parsed.value().addConnection("pg-refused");
    QVERIFY(!opened.ok());
    QCOMPARE(storeErrorKind(opened.error()), StoreErrorKind::Unreachable);
    QVERIFY(!opened.error().details.isEmpty());
    QVERIFY(opened.error().message.contains(QString::number(port)));
    QVERIFY(!opened.error().message.contains(password));
    QVERIFY(!opened.error().details.contains(password));
    QVERIFY(!QSqlDatabase::contains("pg-refused"));
}

QTEST_GUILESS_MAIN(TestStoreAddress)
#include "tst_storeaddress.moc"
