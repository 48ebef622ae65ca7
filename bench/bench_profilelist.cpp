// The support desk's profile list with 100,000 profiles, on SQLite (a file
// in a temporary folder) and on the PostgreSQL database FINCLOUD_BENCH_PG_URL
// names (bench/run starts a loopback server; without it that half is
// skipped). Timed on the GUI thread:
//  - open: from creating the picker (ProfilePicker) to its first screen of
//    rows painted; and the model (ProfileListModel) alone to its first page;
//  - search as you type, the model: each keystroke's search text
//    (setSearchText) to its first page, waiting for each answer before the
//    next key, so that every keystroke is timed alone;
//  - search as you type, the picker: the GUI-thread time of each key, and
//    from the last key of a word to the new first screen painted (this
//    includes the picker's pause after typing, ProfilePicker::TypingPauseMs,
//    which is there on purpose: no question while the user is still typing).
// The profiles are written straight into the store's tables in one
// transaction (multi-row INSERTs), which takes seconds on either backend.
// Rows go to bench/run's table. A failed QVERIFY means the benchmark could
// not run, never that a target was missed.
#include "GuiThreadTimer.h"
#include "ProfilePicker.h"
#include "ResultTable.h"
#include "Samples.h"
#include "core/Clock.h"
#include "directory/ProfileListModel.h"
#include "onboarding/FieldKey.h"
#include "onboarding/Step.h"
#include "session/OnboardingSession.h"
#include "storage/ProgressStore.h"
#include "storage/StoreAddress.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int ProfileCount = 100000;
constexpr double OpenTargetMs = 100;
constexpr double KeystrokeTargetMs = 50;
constexpr double PostgresFactor = 2;
constexpr int Opens = 7;

const QTimeZone Shanghai("Asia/Shanghai");
// One profile changed every five minutes, the newest an hour before "now".
const QDateTime Newest(QDate(2026, 3, 16), QTime(1, 0), QTimeZone::utc());
const QDateTime Now = Newest.addSecs(3600);

QString stored(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Multi-row INSERTs of `columns` values each, up to `RowsPerStatement` rows
// at a time, on one connection inside the caller's transaction. The caller
// flushes (parents before children: the foreign keys are checked at once).
class BatchInsert
{
public:
    BatchInsert(QSqlDatabase db, QString table, QStringList columns)
        : m_db(std::move(db))
        , m_table(std::move(table))
        , m_columns(std::move(columns))
    { }

    void add(const QVariantList &row) { m_values += row; }
    bool isFull() const { return m_values.size() >= RowsPerStatement * m_columns.size(); }
    bool flush()
    {
        if (m_values.isEmpty())
            return true;
        const qsizetype rows = m_values.size() / m_columns.size();
        const QString one = QLatin1Char('(')
            + QStringList(m_columns.size(), QStringLiteral("?")).join(QLatin1Char(','))
            + QLatin1Char(')');
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                          .arg(m_table, m_columns.join(QLatin1Char(',')))
            + QStringList(rows, one).join(QLatin1Char(',')));
        for (const QVariant &value : std::as_const(m_values))
            query.addBindValue(value);
        m_values.clear();
        if (query.exec())
            return true;
        qWarning("insert into %s: %s", qPrintable(m_table), qPrintable(query.lastError().text()));
        return false;
    }

private:
    static constexpr qsizetype RowsPerStatement = 400;
    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QVariantList m_values;
};

QString companyName(int n)
{
    switch (n % 3) {
    case 0:
        return QStringLiteral("示例科技%1有限公司").arg(n);
    case 1:
        return QStringLiteral("Example Fintech %1 Ltd").arg(n);
    default:
        return QStringLiteral("Harbour Securities %1 Co., Ltd").arg(n);
    }
}

// 18 characters, unique: 9111, n in 13 digits, X.
QString creditCode(int n)
{
    return QStringLiteral("9111%1X").arg(n, 13, 10, QLatin1Char('0'));
}

// Profile n: n % 6 steps done, then the next one in progress, waiting
// (due three working days after a submission 0–8 days ago: some overdue) or
// failed, by n % 4; the higher n, the later its last change.
bool fillProfiles(const StoreAddress &address, int count)
{
    const QString name = QStringLiteral("bench-fill");
    bool ok = false;
    {
        Result<QSqlDatabase> opened = address.addConnection(name);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().details));
            return false;
        }
        QSqlDatabase db = opened.value();
        ok = db.transaction();
        BatchInsert profiles(db, QStringLiteral("profiles"),
            {QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                QStringLiteral("current_page"), QStringLiteral("version"),
                QStringLiteral("search_name"), QStringLiteral("search_code")});
        BatchInsert fields(db, QStringLiteral("profile_fields"),
            {QStringLiteral("profile_id"), QStringLiteral("key"), QStringLiteral("value")});
        BatchInsert steps(db, QStringLiteral("step_states"),
            {QStringLiteral("profile_id"), QStringLiteral("step"), QStringLiteral("status"),
                QStringLiteral("since"), QStringLiteral("expected_by")});
        const QVariant noDate(QMetaType::fromType<QString>());
        const auto flush = [&] { return profiles.flush() && fields.flush() && steps.flush(); };
        for (int n = 1; ok && n <= count; ++n) {
            const QDateTime changed = Newest.addSecs(-300LL * (count - n));
            // The search columns as the store writes them (the database's
            // LOWER, the same as toLower() for these ASCII and Chinese names).
            profiles.add({n, stored(changed.addDays(-60)), stored(changed), 1, 1,
                companyName(n).toLower(), creditCode(n).toLower()});
            const QList<QPair<QString, QString>> values = {
                {FieldKey::CompanyName, companyName(n)},
                {FieldKey::CreditCode, creditCode(n)},
                {FieldKey::LoginName, QStringLiteral("fintech-%1").arg(n)},
                {FieldKey::Mobile, QStringLiteral("+86138%1").arg(n, 8, 10, QLatin1Char('0'))},
                {FieldKey::Email, QStringLiteral("admin%1@example.com.cn").arg(n)},
                {FieldKey::RealNameSubject, FieldValue::Enterprise},
                {FieldKey::RealNameMethod, FieldValue::MethodBankAccount},
                {FieldKey::BankName, QStringLiteral("中国工商银行")},
            };
            for (const auto &[key, value] : values)
                fields.add({n, key, value});
            const int done = n % 6;
            for (int i = 0; i < done; ++i)
                steps.add({n, stepKey(AllSteps[size_t(i)]), statusKey(StepStatus::Done),
                    stored(changed.addDays(-30 + i)), noDate});
            if (done < int(AllSteps.size()) && n % 4 != 0) {
                const QString step = stepKey(AllSteps[size_t(done)]);
                const QDateTime since = changed.addDays(-(n % 9));
                if (n % 4 == 1)
                    steps.add({n, step, statusKey(StepStatus::InProgress), stored(since), noDate});
                else if (n % 4 == 2)
                    steps.add({n, step, statusKey(StepStatus::Waiting), stored(since),
                        stored(QDateTime(since.date().addDays(3), QTime(15, 59, 59), Qt::UTC))});
                else
                    steps.add({n, step, statusKey(StepStatus::Failed), stored(since), noDate});
            }
            if (profiles.isFull() || fields.isFull() || steps.isFull())
                ok = flush();
        }
        ok = ok && flush();
        ok = ok ? db.commit() : (db.rollback(), false);
        // PostgreSQL: the statistics its autovacuum gathers within a minute
        // of such a load (tests/common/ProfileFixtures.h does the same).
        // Without them the planner takes every search for a rare one and
        // sorts the whole table even when the first page matches at once.
        if (ok && address.isPostgres()) {
            QSqlQuery analyze(db);
            ok = analyze.exec(QStringLiteral("ANALYZE"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// FINCLOUD_BENCH_REUSE=1 (for profiling the queries, e.g. with PostgreSQL's
// auto_explain): a database that already holds the profiles is used as it is.
bool reuseProfiles(const StoreAddress &address)
{
    if (!qEnvironmentVariableIntValue("FINCLOUD_BENCH_REUSE"))
        return false;
    const QString name = QStringLiteral("bench-count");
    int count = 0;
    {
        Result<QSqlDatabase> db = address.addConnection(name);
        if (db) {
            QSqlQuery query(db.value());
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM profiles")) && query.next())
                count = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count == ProfileCount;
}

// What the user waits for after an action: the answer's first page, then
// the layout and the paint of the window. `loaded` was made before the action.
bool waitForFirstScreen(ProfilePicker &picker, QSignalSpy &loaded)
{
    if (loaded.isEmpty() && !loaded.wait(30000))
        return false;
    QCoreApplication::sendPostedEvents();
    picker.repaint();
    return true;
}

// What is typed: each word one key at a time, then cleared.
const QStringList Words = {
    QStringLiteral("fintech 4321"),
    // Company 77775 is 示例科技77775有限公司 (n divisible by 3), the only match.
    QStringLiteral("示例科技77775"),
    // A credit code without its check character: one match.
    creditCode(31415).chopped(1),
    // Nothing matches: the whole table is read.
    QStringLiteral("zzz"),
};

// Every row the model shows contains `text` (company, any case; or code).
bool shownMatch(const ProfileListModel &model, const QString &text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString company = model.index(row, ProfileListModel::CompanyColumn).data().toString();
        const QString code = model.index(row, ProfileListModel::CreditCodeColumn).data().toString();
        if (!company.contains(text, Qt::CaseInsensitive) && !code.contains(text)) {
            qWarning("row %d (%s, %s) does not match \"%s\"", row, qPrintable(company),
                qPrintable(code), qPrintable(text));
            return false;
        }
    }
    return true;
}

struct Figures
{
    Samples opens; // picker to first screen
    Samples modelOpens; // model alone to its first page
    Samples keystrokes; // model: search text to first page
    QStringList keys; // what each keystroke made of the search text
    Samples pickerKeys; // picker: GUI-thread time of a key
    Samples pickerWords; // picker: last key of a word to first screen painted
    double fillMs = 0;
};

} // namespace

class ProfileListBench : public QObject
{
    Q_OBJECT
private slots:
    void sqlite();
    void postgres();

private:
    void measure(const StoreAddress &address, Figures &figures);
    void report(const QString &backend, const Figures &figures, const Figures *sqlite);

    Figures m_sqlite;
    bool m_sqliteDone = false;
};

void ProfileListBench::measure(const StoreAddress &address, Figures &figures)
{
    Result<std::unique_ptr<ProgressStore>> store = ProgressStore::open(address);
    QVERIFY2(store.ok(), store ? "" : qPrintable(store.error().details));
    QElapsedTimer fill;
    fill.start();
    if (!reuseProfiles(address))
        QVERIFY(fillProfiles(address, ProfileCount));
    figures.fillMs = double(fill.elapsed());

    FixedClock clock(Now, Shanghai);
    OnboardingSession session(*store.value(), clock);
    const ConnectionOpener opener = connectionsTo(address);

    for (int i = 0; i < Opens; ++i) {
        QElapsedTimer timer;
        timer.start();
        ProfileListModel model(opener, clock);
        QSignalSpy loaded(&model, &ProfileListModel::loaded);
        QVERIFY(!model.isLoading() || loaded.wait(30000));
        figures.modelOpens.addElapsed(timer);
        QCOMPARE(model.rowCount(), ProfileListModel::PageSize);
        QCOMPARE(model.profileId(0), qint64(ProfileCount)); // the latest change first
    }

    // Search as you type on the model: the store's answer to every keystroke.
    {
        ProfileListModel model(opener, clock);
        QSignalSpy first(&model, &ProfileListModel::loaded);
        QVERIFY(!model.isLoading() || first.wait(30000));
        const auto ask = [&](const QString &text) {
            QSignalSpy loaded(&model, &ProfileListModel::loaded);
            QElapsedTimer timer;
            timer.start();
            model.setSearchText(text);
            if (!model.isLoading() || loaded.wait(30000)) {
                figures.keystrokes.addElapsed(timer);
                qInfo("model, \"%s\": %s ms, %d rows shown", qPrintable(text),
                    qPrintable(Samples::ms(double(timer.nsecsElapsed()) / 1e6)), model.rowCount());
                figures.keys << QLatin1Char('"') + text + QLatin1Char('"');
            } else {
                qWarning("no answer for \"%s\"", qPrintable(text));
            }
        };
        for (const QString &word : Words) {
            for (qsizetype length = 1; length <= word.size(); ++length)
                ask(word.left(length));
            QVERIFY(shownMatch(model, word));
            QCOMPARE(model.rowCount() > 0, word != QLatin1String("zzz"));
            ask(QString()); // cleared
            QCOMPARE(model.rowCount(), ProfileListModel::PageSize);
        }
        QCOMPARE(figures.keystrokes.count(), figures.keys.count());
    }

    std::unique_ptr<ProfilePicker> picker;
    for (int i = 0; i < Opens; ++i) {
        picker.reset();
        QElapsedTimer timer;
        timer.start();
        picker = std::make_unique<ProfilePicker>(session, opener);
        QSignalSpy loaded(picker->model(), &ProfileListModel::loaded);
        picker->show();
        QVERIFY(waitForFirstScreen(*picker, loaded));
        figures.opens.addElapsed(timer);
        QCOMPARE(picker->model()->rowCount(), ProfileListModel::PageSize);
    }

    // Search as you type in the picker: keys at a typist's pace (faster than
    // the typing pause), then the first screen for the word.
    QVERIFY(QTest::qWaitForWindowExposed(picker.get()));
    auto *search = picker->findChild<QLineEdit *>(QStringLiteral("profileSearch"));
    QVERIFY(search);
    search->setFocus();
    for (const QString &word : Words) {
        if (!search->text().isEmpty()) {
            search->selectAll();
            QSignalSpy cleared(picker->model(), &ProfileListModel::loaded);
            QTest::keyClick(search, Qt::Key_Backspace);
            QVERIFY(cleared.wait(30000));
        }
        QSignalSpy loaded(picker->model(), &ProfileListModel::loaded);
        GuiThreadTimer sinceLastKey;
        for (const QChar c : word) {
            QTest::qWait(60);
            QVERIFY(loaded.isEmpty()); // still typing: no question yet
            sinceLastKey.start();
            // An input method commits a character the way insert() does.
            if (c.unicode() < 0x80)
                QTest::keyClick(search, c.toLatin1());
            else
                search->insert(QString(c));
            figures.pickerKeys.add(sinceLastKey.wallMs());
        }
        QVERIFY(waitForFirstScreen(*picker, loaded));
        figures.pickerWords.add(sinceLastKey.wallMs());
        QCOMPARE(search->text(), word);
        QVERIFY(shownMatch(*picker->model(), word));
    }
}

void ProfileListBench::report(const QString &backend, const Figures &figures, const Figures *sqlite)
{
    const double openWorst = figures.opens.worst();
    const double keyWorst = figures.keystrokes.worst();
    QString openTarget = QStringLiteral("≤ %1 ms").arg(OpenTargetMs);
    QString keyTarget = QStringLiteral("≤ %1 ms per keystroke").arg(KeystrokeTargetMs);
    bool openMet = openWorst <= OpenTargetMs;
    bool keyMet = keyWorst <= KeystrokeTargetMs;
    QString openRatio;
    QString keyRatio;
    if (sqlite) {
        // Both the typical and the worst case must stay within the factor.
        const auto factors = [](const Samples &mine, const Samples &theirs, bool &met) {
            const double median = mine.median() / theirs.median();
            const double worst = mine.worst() / theirs.worst();
            met = median <= PostgresFactor && worst <= PostgresFactor;
            return QStringLiteral(" (%1× SQLite's worst; median %2×)")
                .arg(worst, 0, 'f', 2)
                .arg(median, 0, 'f', 2);
        };
        openTarget = QStringLiteral("≤ %1× SQLite").arg(PostgresFactor);
        keyTarget = openTarget;
        openRatio = factors(figures.opens, sqlite->opens, openMet);
        keyRatio = factors(figures.keystrokes, sqlite->keystrokes, keyMet);
    }
    ResultTable::add(QStringLiteral("profile list open, 100,000 profiles, %1").arg(backend),
        QStringLiteral("worst %1 ms%2, median %3 ms (picker to first screen painted, %4 opens); "
                       "model alone: median %5 ms; 100,000 profiles written in %6 s")
            .arg(Samples::ms(openWorst), openRatio, Samples::ms(figures.opens.median()))
            .arg(figures.opens.count())
            .arg(Samples::ms(figures.modelOpens.median()))
            .arg(figures.fillMs / 1000, 0, 'f', 1),
        openTarget, ResultTable::met(openMet));
    ResultTable::add(QStringLiteral("search as you type, 100,000 profiles, %1").arg(backend),
        QStringLiteral("model: worst %1 ms%2 (%3), median %4 ms (%5 keystrokes, search text to "
                       "first page); picker: a key takes %6 ms of the GUI thread (worst), "
                       "first screen %7 ms after the last key (worst; includes the %8 ms typing "
                       "pause)")
            .arg(Samples::ms(keyWorst), keyRatio,
                figures.keys.value(figures.keystrokes.worstIndex()),
                Samples::ms(figures.keystrokes.median()))
            .arg(figures.keystrokes.count())
            .arg(Samples::ms(figures.pickerKeys.worst()), Samples::ms(figures.pickerWords.worst()))
            .arg(ProfilePicker::TypingPauseMs),
        keyTarget, ResultTable::met(keyMet));
}

void ProfileListBench::sqlite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    measure(StoreAddress::sqliteFile(dir.filePath(QStringLiteral("progress.sqlite"))), m_sqlite);
    if (QTest::currentTestFailed())
        return;
    m_sqliteDone = true;
    report(QStringLiteral("SQLite"), m_sqlite, nullptr);
}

void ProfileListBench::postgres()
{
    const QString url = qEnvironmentVariable("FINCLOUD_BENCH_PG_URL");
    if (url.isEmpty())
        QSKIP("FINCLOUD_BENCH_PG_URL is not set (bench/run sets it when it can start PostgreSQL)");
    const Result<StoreAddress> address = StoreAddress::parse(url);
    QVERIFY(address.ok());
    Figures figures;
    measure(address.value(), figures);
    if (QTest::currentTestFailed())
        return;
    report(QStringLiteral("PostgreSQL loopback"), figures, m_sqliteDone ? &m_sqlite : nullptr);
}

QTEST_MAIN(ProfileListBench)
#include "bench_profilelist.moc"
