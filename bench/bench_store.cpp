// Durable save throughput of the progress store, through its ordinary calls:
// N profiles created one by one (createProfile), then one save of three
// fields on each of them (saveFields), every call its own transaction. On
// SQLite (a file in a temporary folder next to the build: WAL,
// synchronous=FULL, as the program opens it) and, with --postgres URL, on
// that server too (which bench/run starts with its durable defaults: fsync
// and synchronous_commit on). Each call is timed; rows go to bench/run's
// table. It never reuses a database: each run starts empty.
#include "ResultTable.h"
#include "Samples.h"
#include "onboarding/FieldKey.h"
#include "storage/ProgressStore.h"
#include "storage/StoreAddress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

namespace {

struct Timings
{
    Samples creates;
    Samples saves;
    double wallMs = 0;
};

Result<Timings> measure(const StoreAddress &address, int profiles)
{
    Result<std::unique_ptr<ProgressStore>> opened = ProgressStore::open(address);
    if (!opened)
        return opened.error();
    ProgressStore &store = *opened.value();
    const QDateTime start = QDateTime::currentDateTimeUtc();
    Timings timings;
    QElapsedTimer wall;
    wall.start();
    QList<qint64> ids;
    ids.reserve(profiles);
    for (int i = 0; i < profiles; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Result<ProfileData> created
            = store.createProfile(QStringLiteral("Bench Fintech %1 Ltd").arg(i), start.addMSecs(i));
        timings.creates.addElapsed(timer);
        if (!created)
            return created.error();
        ids.append(created.value().id);
    }
    for (int i = 0; i < profiles; ++i) {
        const QHash<QString, QString> fields = {
            {FieldKey::LoginName, QStringLiteral("bench-%1").arg(i)},
            {FieldKey::Mobile, QStringLiteral("+86138%1").arg(i, 8, 10, QLatin1Char('0'))},
            {FieldKey::Email, QStringLiteral("admin%1@example.com.cn").arg(i)},
        };
        QElapsedTimer timer;
        timer.start();
        const Result<int> saved = store.saveFields(ids.at(i), fields, start.addSecs(3600 + i));
        timings.saves.addElapsed(timer);
        if (!saved)
            return saved.error();
    }
    timings.wallMs = double(wall.nsecsElapsed()) / 1e6;
    // Spot check: the last save is there.
    const Result<ProfileData> last = store.loadProfile(ids.constLast());
    if (!last
        || last.value().field(FieldKey::LoginName) != QStringLiteral("bench-%1").arg(profiles - 1))
        return Error {QStringLiteral("the last save is missing"), QString(), QString()};
    return timings;
}

// The journal mode the file really has, read on a connection of our own.
QString journalMode(const QString &path)
{
    const QString name = QStringLiteral("bench-journal");
    QString mode;
    {
        Result<QSqlDatabase> db = StoreAddress::sqliteFile(path).addUnconfiguredConnection(name);
        if (db) {
            QSqlQuery query(db.value());
            if (query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next())
                mode = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return mode;
}

void report(const QString &backend, const Timings &t, int profiles)
{
    const double perSecond = 2.0 * profiles / (t.wallMs / 1000.0);
    ResultTable::add(QStringLiteral("durable save, %1 (%2 profiles)").arg(backend).arg(profiles),
        QStringLiteral("saveFields p50 %1 ms, p99 %2 ms, worst %3 ms; createProfile p50 %4 ms, "
                       "p99 %5 ms; %6 transactions/s")
            .arg(Samples::ms(t.saves.median()), Samples::ms(t.saves.percentile(99)),
                Samples::ms(t.saves.worst()), Samples::ms(t.creates.median()),
                Samples::ms(t.creates.percentile(99)))
            .arg(perSecond, 0, 'f', 0),
        QStringLiteral("report p50/p99"), ResultTable::Met::ReportOnly);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption profilesOption(QStringLiteral("profiles"),
        QStringLiteral("How many profiles (default 10000)."), QStringLiteral("n"),
        QStringLiteral("10000"));
    const QCommandLineOption folderOption(QStringLiteral("folder"),
        QStringLiteral("Where the SQLite file goes (default: a temporary folder)."),
        QStringLiteral("folder"));
    const QCommandLineOption postgresOption(QStringLiteral("postgres"),
        QStringLiteral("Also measure on this empty PostgreSQL database."), QStringLiteral("url"));
    parser.addOptions({profilesOption, folderOption, postgresOption});
    parser.process(app);
    const int profiles = parser.value(profilesOption).toInt();
    if (profiles < 1) {
        std::fprintf(stderr, "--profiles needs a positive number\n");
        return 2;
    }

    QTemporaryDir dir(parser.isSet(folderOption)
            ? parser.value(folderOption) + QStringLiteral("/bench-store-XXXXXX")
            : QDir::tempPath() + QStringLiteral("/bench-store-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot make a temporary folder\n");
        return 1;
    }
    const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
    const Result<Timings> sqlite = measure(StoreAddress::sqliteFile(path), profiles);
    if (!sqlite) {
        std::fprintf(stderr, "SQLite: %s %s\n", qPrintable(sqlite.error().message),
            qPrintable(sqlite.error().details));
        return 1;
    }
    const QString mode = journalMode(path);
    if (mode != QLatin1String("wal")) {
        std::fprintf(stderr, "the store is not in WAL mode but \"%s\"\n", qPrintable(mode));
        return 1;
    }
    report(QStringLiteral("SQLite WAL + FULL"), sqlite.value(), profiles);

    if (!parser.isSet(postgresOption))
        return 0;
    const Result<StoreAddress> address = StoreAddress::parse(parser.value(postgresOption));
    if (!address) {
        std::fprintf(stderr, "%s\n", qPrintable(address.error().message));
        return 2;
    }
    const Result<Timings> postgres = measure(address.value(), profiles);
    if (!postgres) {
        std::fprintf(stderr, "PostgreSQL: %s %s\n", qPrintable(postgres.error().message),
            qPrintable(postgres.error().details));
        return 1;
    }
    report(QStringLiteral("PostgreSQL loopback, fsync on"), postgres.value(), profiles);
    return 0;
}
