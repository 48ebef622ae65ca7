// A support team under load (issue 23): W writer processes (default 50) on
// one PostgreSQL database, each making S versioned saves (default 40) through
// the store's ordinary saveFields, as a window does: three in four on a
// profile of its own, one in four on one profile every writer shares. A
// writer holds the version it last saw, as a window does; a save refused as
// stale is a conflict, after which it loads the profile again (what Reload
// does) and goes on. It prints saves per second, p50/p99 save latency and the
// conflicts, then checks that nothing was lost or duplicated: every
// acknowledged value is in the database, each profile's version went up by
// exactly its acknowledged saves, and every save was either acknowledged or
// reported as a conflict. Numbers, not a test: it never fails on a time.
//
//   bench_team --postgres URL [--writers W] [--saves S]   (an empty database)
//   bench_team --child URL INDEX OWN-ID SHARED-ID SAVES   (one writer; internal)
#include "ResultTable.h"
#include "Samples.h"
#include "storage/ProgressStore.h"
#include "storage/StoreAddress.h"
#include "storage/StoreErrorKind.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>

#include <cstdio>
#include <memory>

namespace {

const QDateTime Now(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);

QString fieldOf(int writer)
{
    return QStringLiteral("bench.writer%1").arg(writer);
}

// One writer: prints "ack ID N MS", "conflict ID N MS" or "error ID N MS TEXT"
// per save.
int runChild(const QStringList &args)
{
    if (args.size() != 6)
        return 2;
    const StoreAddress address = StoreAddress::parse(args.at(1)).value();
    const int index = args.at(2).toInt();
    const qint64 own = args.at(3).toLongLong();
    const qint64 shared = args.at(4).toLongLong();
    const int saves = args.at(5).toInt();
    Result<std::unique_ptr<ProgressStore>> opened = ProgressStore::open(address);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().details));
        return 3;
    }
    ProgressStore &store = *opened.value();
    store.setActor(QStringLiteral("writer%1").arg(index));
    QHash<qint64, int> seen;
    for (const qint64 id : {own, shared}) {
        const Result<ProfileData> loaded = store.loadProfile(id);
        if (!loaded)
            return 4;
        seen[id] = loaded.value().version;
    }
    for (int n = 0; n < saves; ++n) {
        const qint64 id = n % 4 == 3 ? shared : own;
        QElapsedTimer timer;
        timer.start();
        const Result<int> saved = store.saveFields(
            id, {{fieldOf(index), QStringLiteral("v%1").arg(n)}}, Now.addMSecs(n), seen[id]);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (saved) {
            seen[id] = saved.value();
            std::printf("ack %lld %d %.3f\n", static_cast<long long>(id), n, ms);
        } else if (storeErrorKind(saved.error()) == StoreErrorKind::Conflict) {
            std::printf("conflict %lld %d %.3f\n", static_cast<long long>(id), n, ms);
            const Result<ProfileData> reloaded = store.loadProfile(id);
            if (!reloaded)
                return 4;
            seen[id] = reloaded.value().version;
        } else {
            std::printf("error %lld %d %.3f %s\n", static_cast<long long>(id), n, ms,
                qPrintable(saved.error().details.simplified()));
        }
    }
    std::fflush(stdout);
    return 0;
}

struct Tally
{
    Samples latencies;
    int acked = 0;
    int conflicts = 0;
    int errors = 0;
    int unanswered = 0; // saves a writer never reported on
    QHash<qint64, int> ackedOn; // profile -> acknowledged saves
    QHash<QPair<qint64, int>, int> lastAck; // (profile, writer) -> last acknowledged n
};

int runParent(const QString &url, int writers, int saves)
{
    const Result<StoreAddress> address = StoreAddress::parse(url);
    if (!address || !address.value().isPostgres()) {
        std::fprintf(stderr, "--postgres needs a postgresql:// address\n");
        return 2;
    }
    Result<std::unique_ptr<ProgressStore>> opened = ProgressStore::open(address.value());
    if (!opened) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(opened.error().message),
            qPrintable(opened.error().details));
        return 2;
    }
    ProgressStore &store = *opened.value();
    const qint64 shared = store.createProfile(QStringLiteral("Shared Fintech Ltd"), Now).value().id;
    QList<qint64> own;
    for (int i = 0; i < writers; ++i)
        own << store.createProfile(QStringLiteral("Writer %1 Fintech Ltd").arg(i), Now).value().id;

    QElapsedTimer wall;
    wall.start();
    std::vector<std::unique_ptr<QProcess>> children;
    for (int i = 0; i < writers; ++i) {
        auto child = std::make_unique<QProcess>();
        child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child->start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--child"), url, QString::number(i), QString::number(own.at(i)),
                QString::number(shared), QString::number(saves)});
        children.push_back(std::move(child));
    }
    Tally tally;
    for (int i = 0; i < writers; ++i) {
        QProcess &child = *children.at(std::size_t(i));
        child.waitForFinished(-1);
        int reported = 0;
        for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() < 4)
                continue;
            ++reported;
            const qint64 id = parts.at(1).toLongLong();
            const int n = parts.at(2).toInt();
            tally.latencies.add(parts.at(3).toDouble());
            if (parts.at(0) == "ack") {
                ++tally.acked;
                ++tally.ackedOn[id];
                tally.lastAck[{id, i}] = n;
            } else if (parts.at(0) == "conflict") {
                ++tally.conflicts;
            } else {
                ++tally.errors;
            }
        }
        tally.unanswered += saves - reported;
    }
    const double seconds = double(wall.nsecsElapsed()) / 1e9;

    // Nothing lost, nothing duplicated.
    int lost = 0;
    int versionMismatches = 0;
    const auto check = [&](qint64 id, const QList<int> &writersOn) {
        const ProfileData data = store.loadProfile(id).value();
        if (data.version != 1 + tally.ackedOn.value(id))
            ++versionMismatches;
        for (const int writer : writersOn) {
            const auto last = tally.lastAck.constFind({id, writer});
            const QString expected
                = last == tally.lastAck.cend() ? QString() : QStringLiteral("v%1").arg(*last);
            if (data.field(fieldOf(writer)) != expected)
                ++lost;
        }
    };
    QList<int> everyone;
    for (int i = 0; i < writers; ++i) {
        check(own.at(i), {i});
        everyone << i;
    }
    check(shared, everyone);

    const int total = writers * saves;
    const auto row = [](const QString &figure, const QString &measured) {
        ResultTable::add(
            figure, measured, QStringLiteral("(report)"), ResultTable::Met::ReportOnly);
    };
    const QString prefix = QStringLiteral("team of %1 × %2 saves: ").arg(writers).arg(saves);
    row(prefix + QStringLiteral("saves per second"),
        QString::number(double(tally.acked + tally.conflicts) / seconds, 'f', 0));
    row(prefix + QStringLiteral("save latency p50 / p99"),
        QStringLiteral("%1 / %2 ms")
            .arg(tally.latencies.median(), 0, 'f', 1)
            .arg(tally.latencies.percentile(99), 0, 'f', 1));
    row(prefix + QStringLiteral("acknowledged / conflicts / errors / unanswered"),
        QStringLiteral("%1 / %2 / %3 / %4")
            .arg(tally.acked)
            .arg(tally.conflicts)
            .arg(tally.errors)
            .arg(tally.unanswered));
    row(prefix + QStringLiteral("conflicts on the shared profile"),
        QStringLiteral("%1 of %2 saves")
            .arg(tally.conflicts)
            .arg(tally.ackedOn.value(shared) + tally.conflicts));
    row(prefix + QStringLiteral("lost values / version mismatches"),
        QStringLiteral("%1 / %2").arg(lost).arg(versionMismatches));
    const bool whole = lost == 0 && versionMismatches == 0 && tally.unanswered == 0
        && tally.acked + tally.conflicts + tally.errors == total;
    std::printf("%s\n",
        whole ? "every acknowledged value is there; every save acknowledged or "
                "reported as a conflict"
              : "LOST OR UNACCOUNTED SAVES (see above)");
    return whole ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() > 1 && args.at(1) == QLatin1String("--child"))
        return runChild(args.mid(1));
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("postgres"), QStringLiteral("an empty PostgreSQL database"),
            QStringLiteral("url")},
        {QStringLiteral("writers"), QStringLiteral("writer processes (50)"), QStringLiteral("n"),
            QStringLiteral("50")},
        {QStringLiteral("saves"), QStringLiteral("saves per writer (40)"), QStringLiteral("n"),
            QStringLiteral("40")},
    });
    parser.process(app);
    return runParent(parser.value(QStringLiteral("postgres")),
        parser.value(QStringLiteral("writers")).toInt(),
        parser.value(QStringLiteral("saves")).toInt());
}
