// The profile list (ProfileListModel over ProfileListQuery) on a real store:
// a SQLite file in a temporary folder and the PostgreSQL test server
// (tests/pg), every test once per backend. QAbstractItemModelTester watches
// the model through fetches, searches, sorts and filters; the status filters
// are checked against the rules the status command uses, with a fixed clock.
// (100,000 profiles: tst_profilelistscale.)
#include "calendar/WorkingDayCalendar.h"
#include "common/ProfileFixtures.h"
#include "core/Clock.h"
#include "directory/ProfileListModel.h"
#include "directory/ProfileListQuery.h"
#include "directory/ProfileStanding.h"
#include "onboarding/FieldKey.h"
#include "onboarding/FlowRules.h"
#include "onboarding/WaitEstimate.h"
#include "storage/ProgressStore.h"
#include "storage/Schema.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <algorithm>

namespace {

using namespace ProfileFixtures;

// The status fixture: Thursday 12 March 2026, 08:00 in Shanghai. The bank
// deposits submitted on Friday 6 March were due at the end of Wednesday 11th.
const QDateTime Now = shanghai(3, 12, 8);
const QDateTime FridaySixth = shanghai(3, 6, 17);
const QDateTime DueWednesday = QDateTime(QDate(2026, 3, 11), QTime(23, 59, 59), Shanghai).toUTC();

QList<Fixture> statusFixture()
{
    const QDateTime earlier = shanghai(3, 2, 9);
    QList<Fixture> list;
    list.append(
        {1, "Done Fintech Ltd", "91110000000000001A", shanghai(3, 10, 9), doneUpTo(5, earlier)});
    list.append({2, "Overdue Bank", "91110000000000002B", shanghai(3, 6, 17),
        doneUpTo(1, earlier) << StepRow {
            StepId::RealName, StepStatus::Waiting, FridaySixth, DueWednesday}});
    list.append({3, "Waiting Securities", "91110000000000003C", shanghai(3, 11, 10),
        doneUpTo(1, earlier) << StepRow {StepId::RealName, StepStatus::Waiting, shanghai(3, 11, 10),
            QDateTime(QDate(2026, 3, 16), QTime(23, 59, 59), Shanghai).toUTC()}});
    list.append({4, "In Progress Insurance", "", shanghai(3, 9, 9),
        {{StepId::Register, StepStatus::InProgress, earlier, {}}}});
    list.append({5, "Untouched Trust", "91110000000000005E", shanghai(3, 1, 9), {}});
    list.append({6, "Failed Payments", "91110000000000006F", shanghai(3, 8, 9),
        doneUpTo(1, earlier) << StepRow {StepId::RealName, StepStatus::Failed, earlier, {}}});
    // Waiting for a review without a known duration: never overdue.
    list.append({7, "示例科技有限公司", "91110108551385082Q", shanghai(3, 3, 9),
        doneUpTo(2, earlier) << StepRow {
            StepId::Certification, StepStatus::Waiting, shanghai(3, 3, 9), {}}});
    // A later step waits while an earlier one is still in progress.
    list.append({8, "Half Done Capital", "91110000000000008H", shanghai(3, 7, 9),
        doneUpTo(3, earlier) << StepRow {StepId::FinanceServices, StepStatus::InProgress, earlier,
            {}} << StepRow {StepId::Region, StepStatus::Waiting, earlier, DueWednesday}});
    return list;
}

QList<Fixture> searchFixture()
{
    const QDateTime t = shanghai(3, 1, 9);
    return {
        {1, "Example Fintech Ltd", "91110108551385082Q", t.addSecs(1), {}},
        {2, "EXAMPLE HOLDINGS", "91310000MA1FL0000X", t.addSecs(2), {}},
        {3, "示例科技有限公司", "91440300MA5DC0000Y", t.addSecs(3), {}},
        {4, "100% Capital", "91110000000000004D", t.addSecs(4), {}},
        {5, "1000 Capital", "91110000000000005E", t.addSecs(5), {}},
        {6, "a_b Holdings", "91110000000000006F", t.addSecs(6), {}},
        {7, "axb Holdings", "91110000000000007G", t.addSecs(7), {}},
        {8, "北京示例银行股份有限公司", "", t.addSecs(8), {}},
    };
}

} // namespace

class TestProfileList : public QObject
{
    Q_OBJECT
private slots:
    void unreadableStatusIsNamed();
    void initTestCase();

    void overdueCutoffAgreesWithWorkingDays();

    void standingAndFilters_data() { ScratchStore::addBackendRows(); }
    void standingAndFilters();
    void weekendAfterDueDateIsNotYetOverdue_data() { ScratchStore::addBackendRows(); }
    void weekendAfterDueDateIsNotYetOverdue();
    void search_data();
    void search();
    void searchFindsProfilesWrittenBeforeVersion6_data() { ScratchStore::addBackendRows(); }
    void searchFindsProfilesWrittenBeforeVersion6();
    void searchFollowsRenamesAndImports_data() { ScratchStore::addBackendRows(); }
    void searchFollowsRenamesAndImports();
    void sortsEveryColumn_data() { ScratchStore::addBackendRows(); }
    void sortsEveryColumn();
    void modelTesterThroughFetchesSearchesSortsAndFilters_data() { ScratchStore::addBackendRows(); }
    void modelTesterThroughFetchesSearchesSortsAndFilters();
    void newerQuestionReplacesOlder_data() { ScratchStore::addBackendRows(); }
    void newerQuestionReplacesOlder();
    void unreachableStoreIsReported();
    void closingDoesNotWaitForASlowServer();
};

void TestProfileList::initTestCase()
{
    QVERIFY(Shanghai.isValid());
}

void TestProfileList::unreadableStatusIsNamed()
{
    // The picker showed a status it could not read as "Not started".
    ScratchStore scratch(QStringLiteral("sqlite"));
    ListStore store(scratch);
    QVERIFY(store.ready);
    QVERIFY(store.fill(statusFixture()));
    {
        Result<QSqlDatabase> db = store.address.addConnection(QStringLiteral("paused"));
        QVERIFY(db);
        QVERIFY(QSqlQuery(db.value())
                    .exec(QStringLiteral(
                        "UPDATE step_states SET status = 'paused' WHERE profile_id = 4")));
        db.value().close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("paused"));
    FixedClock clock(Now, Shanghai);
    ProfileListModel model(store.opener(), clock);
    QVERIFY(waitLoaded(model));
    const int status = int(ProfileListColumn::Status);
    const QString damaged = model.index(model.rowOf(4), status).data().toString();
    QVERIFY2(damaged.contains(QStringLiteral("unreadable")), qPrintable(damaged));
    QCOMPARE(model.index(model.rowOf(1), status).data().toString(),
        ProfileStanding::text(Standing::Done));
}

void TestProfileList::overdueCutoffAgreesWithWorkingDays()
{
    // Around the 2026 National Day holidays (with adjusted working weekend
    // days) and plain weekends: every expected day, every "now" for a month.
    const WorkingDayCalendar &calendar = WorkingDayCalendar::mainland();
    const WaitEstimate estimate(calendar);
    int overdue = 0;
    int notOverdue = 0;
    for (QDate due(2026, 9, 20); due <= QDate(2026, 10, 12); due = due.addDays(1)) {
        const StepState state {StepStatus::Waiting,
            QDateTime(due.addDays(-3), QTime(9, 0), Shanghai),
            QDateTime(due, QTime(23, 59, 59), Shanghai).toUTC()};
        for (QDate day = due; day <= due.addDays(20); day = day.addDays(1)) {
            for (const QTime time :
                {QTime(0, 0), QTime(0, 0, 1), QTime(8, 30), QTime(23, 59, 59)}) {
                const QDateTime now = QDateTime(day, time, Shanghai).toUTC();
                const bool byWorkingDays = estimate.overdueWorkingDays(state, now, Shanghai) > 0;
                const bool byCutoff
                    = state.expectedBy < ProfileListQuery::overdueCutoff(now, Shanghai, calendar);
                QVERIFY2(byWorkingDays == byCutoff,
                    qPrintable(QStringLiteral("due %1, now %2")
                                   .arg(due.toString(Qt::ISODate), now.toString(Qt::ISODate))));
                ++(byCutoff ? overdue : notOverdue);
            }
        }
    }
    QVERIFY(overdue > 100);
    QVERIFY(notOverdue > 100);
}

void TestProfileList::standingAndFilters()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    ListStore store(scratch);
    QVERIFY(store.ready);
    const QList<Fixture> fixture = statusFixture();
    QVERIFY(store.fill(fixture));
    FixedClock clock(Now, Shanghai);
    ProfileListModel model(store.opener(), clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), fixture.size());
    QVERIFY(waitCounted(model));
    QCOMPARE(model.totalCount(), fixture.size());

    // Each row's standing is what the rules say for the whole profile.
    const WaitEstimate estimate(WorkingDayCalendar::mainland());
    const QHash<qint64, QString> expected {{1, "done"}, {2, "overdue"}, {3, "waiting"},
        {4, "in_progress"}, {5, "not_started"}, {6, "failed"}, {7, "waiting"}, {8, "overdue"}};
    for (const Fixture &p : fixture) {
        const int row = model.rowOf(p.id);
        QVERIFY(row >= 0);
        const Standing byRules = ProfileStanding::of(p.data(), estimate, Now, Shanghai);
        QCOMPARE(standingOf(model, row), ProfileStanding::key(byRules));
        QCOMPARE(standingOf(model, row), expected.value(p.id));
        const std::optional<StepId> current = FlowRules::nextStep(p.data());
        const QString step
            = model.index(row, ProfileListModel::CurrentStepColumn).data().toString();
        QCOMPARE(step.startsWith(QString::number(current ? stepNumber(*current) : 0)),
            current.has_value());
    }
    // Pending since and expected by come from the waiting step.
    const int overdueRow = model.rowOf(2);
    QCOMPARE(model.index(overdueRow, ProfileListModel::PendingSinceColumn).data().toString(),
        QStringLiteral("2026-03-06 17:00"));
    QCOMPARE(model.index(overdueRow, ProfileListModel::ExpectedByColumn).data().toString(),
        QStringLiteral("2026-03-11 23:59"));
    QCOMPARE(model.index(model.rowOf(5), ProfileListModel::PendingSinceColumn).data().toString(),
        QString());
    QCOMPARE(model.index(model.rowOf(1), ProfileListModel::CurrentStepColumn).data().toString(),
        QStringLiteral("All done"));
    QCOMPARE(model.index(model.rowOf(7), ProfileListModel::CompanyColumn).data().toString(),
        QStringLiteral("示例科技有限公司"));

    const QList<QPair<StandingFilter, QSet<qint64>>> filters {
        {StandingFilter::Waiting, {2, 3, 7, 8}},
        {StandingFilter::Overdue, {2, 8}},
        {StandingFilter::Done, {1}},
        {StandingFilter::All, {1, 2, 3, 4, 5, 6, 7, 8}},
    };
    for (const auto &[filter, wanted] : filters) {
        model.setFilter(filter);
        QVERIFY(waitLoaded(model));
        QCOMPARE(idSet(model), wanted);
        QVERIFY(waitCounted(model));
        QCOMPARE(model.totalCount(), wanted.size());
    }

    // Sorting by status and by current step follows the same rules as the
    // rows show (the SQL mirrors them; this is where they must agree).
    model.sort(ProfileListModel::StatusColumn, Qt::AscendingOrder);
    QVERIFY(waitLoaded(model));
    int previous = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int rank = int(*ProfileStanding::fromKey(standingOf(model, row)));
        QVERIFY2(rank >= previous, qPrintable(QString::number(row)));
        previous = rank;
    }
    QCOMPARE(standingOf(model, 0), QStringLiteral("overdue"));
    QCOMPARE(standingOf(model, model.rowCount() - 1), QStringLiteral("done"));
    model.sort(ProfileListModel::CurrentStepColumn, Qt::DescendingOrder);
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.profileId(0), 1); // all done sorts after step 5
    QCOMPARE(model.index(model.rowCount() - 1, ProfileListModel::CurrentStepColumn)
                 .data()
                 .toString()
                 .left(2),
        QStringLiteral("1."));
}

void TestProfileList::weekendAfterDueDateIsNotYetOverdue()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    ListStore store(scratch);
    QVERIFY(store.ready);
    // Submitted Tuesday 3 March: three working days end on Friday 6 March.
    const QDateTime dueFriday = QDateTime(QDate(2026, 3, 6), QTime(23, 59, 59), Shanghai).toUTC();
    const StepState state {StepStatus::Waiting, shanghai(3, 3, 10), dueFriday};
    QVERIFY(store.fill({{1, "Weekend Bank", "", shanghai(3, 3, 10),
        doneUpTo(1, shanghai(3, 2, 9))
            << StepRow {StepId::RealName, state.status, state.since, state.expectedBy}}}));
    const WaitEstimate estimate(WorkingDayCalendar::mainland());
    for (const auto &[now, overdue] : QList<QPair<QDateTime, bool>> {
             {shanghai(3, 7, 10), false}, // Saturday: no working day has passed since
             {shanghai(3, 8, 22), false}, // Sunday
             {shanghai(3, 9, 0, 1), true}, // Monday
         }) {
        QCOMPARE(estimate.overdueWorkingDays(state, now, Shanghai) > 0, overdue);
        FixedClock clock(now, Shanghai);
        ProfileListModel model(store.opener(), clock);
        QVERIFY(waitLoaded(model));
        QCOMPARE(
            standingOf(model, 0), overdue ? QStringLiteral("overdue") : QStringLiteral("waiting"));
        model.setFilter(StandingFilter::Overdue);
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), overdue ? 1 : 0);
    }
}

void TestProfileList::search_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("found");
    const QList<std::tuple<const char *, QString, QList<qint64>>> cases {
        {"Latin, lower case", "example", {1, 2}},
        {"Latin, upper case", "FINTECH", {1}},
        {"surrounding spaces", "  holdings ", {2, 6, 7}},
        {"Chinese", "示例", {3, 8}},
        {"Chinese, middle of the name", "科技有限", {3}},
        {"credit code, part", "385082", {1}},
        {"credit code, lower case", "ma1fl", {2}},
        {"percent sign is literal", "100%", {4}},
        {"underscore is literal", "a_b", {6}},
        {"escape character is literal", "!", {}},
        {"nothing matches", "Nobody", {}},
        {"empty: everything", "", {1, 2, 3, 4, 5, 6, 7, 8}},
    };
    for (const char *backend : {"sqlite", "postgres"}) {
        for (const auto &[name, text, found] : cases)
            QTest::addRow("%s: %s", backend, name) << QString::fromLatin1(backend) << text << found;
    }
}

void TestProfileList::search()
{
    QFETCH(QString, backend);
    QFETCH(QString, text);
    QFETCH(QList<qint64>, found);
    SCRATCH_STORE(scratch, backend);
    ListStore store(scratch);
    QVERIFY(store.ready);
    QVERIFY(store.fill(searchFixture()));
    FixedClock clock(Now, Shanghai);
    ProfileListModel model(store.opener(), clock);
    QVERIFY(waitLoaded(model));
    model.setSearchText(text);
    QVERIFY(waitLoaded(model));
    QList<qint64> got = ids(model);
    std::sort(got.begin(), got.end());
    QCOMPARE(got, found);
    QVERIFY(waitCounted(model));
    QCOMPARE(model.totalCount(), found.size());
}

namespace {

// The ids the model shows for `text` asked now, lowest first; {-1} when no
// answer came.
QList<qint64> searched(ProfileListModel &model, const QString &text)
{
    model.setSearchText(text);
    if (!model.isLoading())
        model.refresh(); // the same text as before: asked again all the same
    if (!waitLoaded(model))
        return {-1};
    QList<qint64> got = ids(model);
    std::sort(got.begin(), got.end());
    return got;
}

} // namespace

void TestProfileList::searchFindsProfilesWrittenBeforeVersion6()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    {
        Result<std::unique_ptr<ProgressStore>> old = ProgressStore::open(scratch.address(), 5);
        QVERIFY(old);
        QCOMPARE(old.value()->schemaVersion(), 5);
    }
    // What version 5 of the program left: fields only in profile_fields.
    const QString name = QStringLiteral("version-5-writer");
    {
        Result<QSqlDatabase> db = scratch.address().addConnection(name);
        QVERIFY(db);
        const QString at = stored(shanghai(3, 1, 9));
        for (const QString &sql :
            {
                QStringLiteral("INSERT INTO profiles (id, created_at, updated_at, current_page,"
                               " version) VALUES (1, '%1', '%1', 0, 1), (2, '%1', '%1', 0, 1),"
                               " (3, '%1', '%1', 0, 1)")
                    .arg(at),
                QStringLiteral("INSERT INTO profile_fields (profile_id, key, value) VALUES"
                               " (1, '%1', 'Old Harbour Capital'), (1, '%2', '91110000MA0OLD001X'),"
                               " (2, '%1', '示例老银行')")
                    .arg(FieldKey::CompanyName, FieldKey::CreditCode),
            }) {
            QSqlQuery query(db.value());
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        }
        db.value().close();
    }
    QSqlDatabase::removeDatabase(name);

    Result<std::unique_ptr<ProgressStore>> store = ProgressStore::open(scratch.address());
    QVERIFY(store);
    QCOMPARE(store.value()->schemaVersion(), Schema::LatestVersion);
    FixedClock clock(Now, Shanghai);
    ProfileListModel model(ListStore(scratch).opener(), clock);
    QVERIFY(waitLoaded(model));
    QCOMPARE(searched(model, QStringLiteral("HARBOUR")), QList<qint64>({1}));
    QCOMPARE(searched(model, QStringLiteral("ma0old")), QList<qint64>({1}));
    QCOMPARE(searched(model, QStringLiteral("老银行")), QList<qint64>({2}));
    QCOMPARE(searched(model, QStringLiteral("Nobody")), QList<qint64>());
    QCOMPARE(searched(model, QString()), QList<qint64>({1, 2, 3}));
}

void TestProfileList::searchFollowsRenamesAndImports()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    Result<std::unique_ptr<ProgressStore>> opened = ProgressStore::open(scratch.address());
    QVERIFY(opened);
    ProgressStore &store = *opened.value();
    const QDateTime t = shanghai(3, 1, 9);
    Result<ProfileData> renamed = store.createProfile(QStringLiteral("Old Name Trading Ltd"), t);
    QVERIFY(renamed);
    Result<ProfileData> other = store.createProfile(QStringLiteral("Other Name Ltd"), t);
    QVERIFY(other);
    const qint64 id = renamed.value().id;

    FixedClock clock(Now, Shanghai);
    ProfileListModel model(ListStore(scratch).opener(), clock);
    QVERIFY(waitLoaded(model));
    QCOMPARE(searched(model, QStringLiteral("old name")), QList<qint64>({id}));

    Result<int> version = store.saveFields(
        id, {{FieldKey::CompanyName, QStringLiteral("New Harbour Capital Ltd")}}, t.addSecs(60));
    QVERIFY(version);
    QCOMPARE(searched(model, QStringLiteral("old name")), QList<qint64>());
    QCOMPARE(searched(model, QStringLiteral("HARBOUR cap")), QList<qint64>({id}));

    QVERIFY(store.saveFields(id, {{FieldKey::CreditCode, QStringLiteral("91110000MA0NEW002Y")}},
        t.addSecs(120), version.value()));
    QCOMPARE(searched(model, QStringLiteral("ma0new")), QList<qint64>({id}));

    // An imported profile, new and in place of another.
    ProfileData imported;
    imported.fields = {{FieldKey::CompanyName, QStringLiteral("Imported Securities")},
        {FieldKey::CreditCode, QStringLiteral("91110000MA0IMP003Z")}};
    Result<qint64> added = store.importProfile(imported, {}, 0, t.addSecs(240));
    QVERIFY(added);
    QCOMPARE(searched(model, QStringLiteral("imp003")), QList<qint64>({added.value()}));
    imported.fields[FieldKey::CompanyName] = QStringLiteral("Replacing Securities");
    QVERIFY(store.importProfile(imported, {}, other.value().id, t.addSecs(300)));
    QCOMPARE(searched(model, QStringLiteral("other name")), QList<qint64>());
    QCOMPARE(searched(model, QStringLiteral("replacing")), QList<qint64>({other.value().id}));
}

void TestProfileList::sortsEveryColumn()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    ListStore store(scratch);
    QVERIFY(store.ready);
    QList<Fixture> fixture = statusFixture() + searchFixture();
    for (qsizetype i = 0; i < fixture.size(); ++i) {
        fixture[i].id = i + 1;
        fixture[i].updatedAt = shanghai(2, 1, 9).addSecs(3600 * ((i * 7) % 16));
    }
    QVERIFY(store.fill(fixture));
    FixedClock clock(Now, Shanghai);
    ProfileListModel model(store.opener(), clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitLoaded(model));

    // What each column sorts by, as the user sees it: ties by id, empty
    // dates last in both directions.
    const auto keyOf = [&](const Fixture &p, int column) -> QVariant {
        const ProfileData data = p.data();
        QDateTime pending;
        QDateTime expected;
        for (const StepRow &s : p.steps) {
            if (s.status != StepStatus::Waiting)
                continue;
            if (!pending.isValid() || s.since < pending)
                pending = s.since;
            if (s.expectedBy.isValid() && (!expected.isValid() || s.expectedBy < expected))
                expected = s.expectedBy;
        }
        switch (column) {
        case ProfileListModel::CompanyColumn:
            return p.company.toLower();
        case ProfileListModel::CreditCodeColumn:
            return p.creditCode;
        case ProfileListModel::CurrentStepColumn: {
            const std::optional<StepId> step = FlowRules::nextStep(data);
            return step ? int(*step) : int(AllSteps.size());
        }
        case ProfileListModel::StatusColumn:
            return int(ProfileStanding::of(
                data, WaitEstimate(WorkingDayCalendar::mainland()), Now, Shanghai));
        case ProfileListModel::PendingSinceColumn:
            return stored(pending);
        case ProfileListModel::ExpectedByColumn:
            return stored(expected);
        default:
            return stored(p.updatedAt);
        }
    };
    for (int column = 0; column < ProfileListColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QList<Fixture> sorted = fixture;
            const bool dates = column == ProfileListModel::PendingSinceColumn
                || column == ProfileListModel::ExpectedByColumn;
            std::sort(sorted.begin(), sorted.end(), [&](const Fixture &a, const Fixture &b) {
                const QVariant ka = keyOf(a, column);
                const QVariant kb = keyOf(b, column);
                if (dates && ka.toString().isEmpty() != kb.toString().isEmpty())
                    return kb.toString().isEmpty();
                const auto c = QVariant::compare(ka, kb);
                if (c != QPartialOrdering::Equivalent)
                    return order == Qt::AscendingOrder ? c == QPartialOrdering::Less
                                                       : c == QPartialOrdering::Greater;
                return order == Qt::AscendingOrder ? a.id < b.id : a.id > b.id;
            });
            QList<qint64> wanted;
            for (const Fixture &p : sorted)
                wanted << p.id;
            model.sort(column, order);
            QVERIFY(waitLoaded(model));
            QVERIFY(fetchAll(model));
            QVERIFY2(ids(model) == wanted,
                qPrintable(QStringLiteral("column %1, order %2").arg(column).arg(int(order))));
        }
    }
}

void TestProfileList::modelTesterThroughFetchesSearchesSortsAndFilters()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    ListStore store(scratch);
    QVERIFY(store.ready);
    constexpr int Count = 2 * ProfileListModel::PageSize + 57;
    QVERIFY(generate(store.address, Count, Now));
    FixedClock clock(Now, Shanghai);
    ProfileListModel model(store.opener(), clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), ProfileListModel::PageSize);
    QVERIFY(model.canFetchMore(QModelIndex()));
    QVERIFY(waitCounted(model));
    QCOMPARE(model.totalCount(), Count);
    QVERIFY(fetchAll(model));
    QCOMPARE(model.rowCount(), Count);
    QCOMPARE(idSet(model).size(), Count); // no page repeated a row
    QVERIFY(!model.canFetchMore(QModelIndex()));

    const QList<std::function<void()>> questions {
        [&] { model.setSearchText(QStringLiteral("示例科技")); },
        [&] { model.sort(ProfileListModel::CompanyColumn, Qt::AscendingOrder); },
        [&] { model.setFilter(StandingFilter::Waiting); },
        [&] { model.sort(ProfileListModel::ExpectedByColumn, Qt::DescendingOrder); },
        [&] { model.setSearchText(QString()); },
        [&] { model.setFilter(StandingFilter::Overdue); },
        [&] { model.sort(ProfileListModel::StatusColumn, Qt::AscendingOrder); },
        [&] { model.setFilter(StandingFilter::Done); },
        [&] { model.setFilter(StandingFilter::All); },
        [&] { model.sort(ProfileListModel::PendingSinceColumn, Qt::AscendingOrder); },
    };
    for (const auto &ask : questions) {
        ask();
        QVERIFY(waitLoaded(model));
        QVERIFY(model.rowCount() <= ProfileListModel::PageSize);
        QVERIFY(fetchAll(model));
        QVERIFY(waitCounted(model));
        QCOMPARE(model.rowCount(), model.totalCount());
        QCOMPARE(idSet(model).size(), model.rowCount());
    }
    QCOMPARE(model.rowCount(), Count);
}

void TestProfileList::newerQuestionReplacesOlder()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    ListStore store(scratch);
    QVERIFY(store.ready);
    QVERIFY(generate(store.address, 500, Now));
    FixedClock clock(Now, Shanghai);
    ProfileListModel model(store.opener(), clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitLoaded(model));
    QSignalSpy loaded(&model, &ProfileListModel::loaded);
    // Typing "Fintech 123" fast: only the last text's answer is shown.
    QString typed;
    for (const QChar c : QStringLiteral("Fintech 123")) {
        typed += c;
        model.setSearchText(typed);
    }
    QVERIFY(waitLoaded(model));
    QTest::qWait(200); // anything stale would arrive now
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(ids(model), QList<qint64>({123}));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Example Fintech 123 Ltd"));
}

void TestProfileList::unreachableStoreIsReported()
{
    FixedClock clock(Now, Shanghai);
    int attempts = 0;
    ProfileListModel model(
        [&attempts](const QString &) -> Result<QSqlDatabase> {
            ++attempts;
            return Error {"The shared database cannot be reached.", "connection refused"};
        },
        clock);
    QSignalSpy failed(&model, &ProfileListModel::failed);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.constFirst().constFirst().value<Error>().message,
        QStringLiteral("The shared database cannot be reached."));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore(QModelIndex()));
    // Asking again tries to connect again.
    model.refresh();
    QVERIFY(failed.wait(5000));
    QCOMPARE(attempts, 2);
}

void TestProfileList::closingDoesNotWaitForASlowServer()
{
    FixedClock clock(Now, Shanghai);
    QAtomicInteger<int> finished = 0;
    auto model = std::make_unique<ProfileListModel>(
        [&finished](const QString &) -> Result<QSqlDatabase> {
            QThread::msleep(1500); // a server that takes its time to answer
            finished.storeRelease(1);
            return Error {"late", "late"};
        },
        clock);
    QTest::qWait(100); // the worker is waiting for the server now
    QElapsedTimer timer;
    timer.start();
    model.reset();
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!finished.loadAcquire());
    // The worker ends on its own once the server answers.
    QTRY_VERIFY_WITH_TIMEOUT(finished.loadAcquire(), 5000);
    QTest::qWait(100);
}

QTEST_GUILESS_MAIN(TestProfileList)
#include "tst_profilelist.moc"
