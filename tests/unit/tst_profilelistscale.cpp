// The profile list with 100,000 profiles, on SQLite and on the PostgreSQL
// test server: opening it to its first page and a search keystroke must stay
// fast (generous bounds, which catch a query that loads the whole table or
// sorts every profile for the first page); the time of every question is
// printed (qInfo) for the record.
#include "common/ProfileFixtures.h"
#include "core/Clock.h"
#include "directory/ProfileListModel.h"

#include <QTest>

using namespace ProfileFixtures;

namespace {
// Thursday 12 March 2026, 08:00 in Shanghai.
const QDateTime Now = shanghai(3, 12, 8);
} // namespace

class TestProfileListScale : public QObject
{
    Q_OBJECT
private slots:
    void openAndSearch_data() { ScratchStore::addBackendRows(); }
    void openAndSearch();
};

void TestProfileListScale::openAndSearch()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    ListStore store(scratch);
    QVERIFY(store.ready);
    constexpr int Count = 100000;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(generate(store.address, Count, Now));
    qInfo("%s: wrote %d profiles in %lld ms", qPrintable(backend), Count, timer.elapsed());

    // Generous bounds: they catch a query that reads the whole table into
    // the model, not a slow machine.
    constexpr qint64 Bound = 2000;
    FixedClock clock(Now, Shanghai);
    timer.restart();
    ProfileListModel model(store.opener(), clock);
    QVERIFY(waitLoaded(model));
    const qint64 firstPage = timer.elapsed();
    QCOMPARE(model.rowCount(), ProfileListModel::PageSize);
    QCOMPARE(model.profileId(0), Count); // the latest change first
    QVERIFY(waitCounted(model));
    const qint64 withCount = timer.elapsed();
    QCOMPARE(model.totalCount(), Count);

    const auto measure = [&](const char *what, const std::function<void()> &ask) {
        timer.restart();
        ask();
        const bool ok = waitLoaded(model);
        const qint64 ms = timer.elapsed();
        qInfo("%s: %s: %lld ms (%d rows shown)", qPrintable(backend), what, ms, model.rowCount());
        return ok ? ms : std::numeric_limits<qint64>::max();
    };
    qInfo("%s: open to the first page: %lld ms (with the total count: %lld ms)",
        qPrintable(backend), firstPage, withCount);
    QVERIFY2(firstPage < Bound, qPrintable(QString::number(firstPage)));

    const qint64 keystroke = measure(
        "search keystroke \"12345\"", [&] { model.setSearchText(QStringLiteral("12345")); });
    QVERIFY2(keystroke < Bound, qPrintable(QString::number(keystroke)));
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString company = model.index(row, ProfileListModel::CompanyColumn).data().toString();
        const QString code = model.index(row, ProfileListModel::CreditCodeColumn).data().toString();
        QVERIFY(
            company.contains(QStringLiteral("12345")) || code.contains(QStringLiteral("12345")));
    }
    const qint64 chinese = measure("search keystroke \"示例科技99998\"",
        [&] { model.setSearchText(QStringLiteral("示例科技99998")); });
    QVERIFY2(chinese < Bound, qPrintable(QString::number(chinese)));
    QCOMPARE(model.rowCount(), 1);

    // The rest must not load the table either; they are printed for the record.
    constexpr qint64 Generous = 5000;
    model.setSearchText(QString());
    QVERIFY(waitLoaded(model));
    for (const auto &[what, ask] : QList<QPair<const char *, std::function<void()>>> {
             {"filter overdue", [&] { model.setFilter(StandingFilter::Overdue); }},
             {"filter waiting", [&] { model.setFilter(StandingFilter::Waiting); }},
             {"filter done", [&] { model.setFilter(StandingFilter::Done); }},
             {"all, sort by company",
                 [&] {
                     model.setFilter(StandingFilter::All);
                     model.sort(ProfileListModel::CompanyColumn, Qt::AscendingOrder);
                 }},
             {"sort by status", [&] { model.sort(ProfileListModel::StatusColumn); }},
             {"sort by expected date", [&] { model.sort(ProfileListModel::ExpectedByColumn); }},
             {"next page", [&] { model.fetchMore(QModelIndex()); }},
         }) {
        if (QByteArray(what) == "next page") {
            QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
            timer.restart();
            ask();
            QVERIFY(inserted.wait(Generous));
            qInfo("%s: %s: %lld ms", qPrintable(backend), what, timer.elapsed());
            QCOMPARE(model.rowCount(), 2 * ProfileListModel::PageSize);
            continue;
        }
        const qint64 ms = measure(what, ask);
        QVERIFY2(ms < Generous, what);
        QVERIFY(model.rowCount() <= ProfileListModel::PageSize);
    }
}

QTEST_GUILESS_MAIN(TestProfileListScale)
#include "tst_profilelistscale.moc"
