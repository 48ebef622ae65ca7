// Test support for the profile list: profiles written straight into a
// store's tables (a few exact ones, or many made up by the database itself),
// the store's schema made by ProgressStore, and waits for ProfileListModel's
// answers.
#pragma once

#include "common/ScratchStore.h"
#include "directory/ProfileListModel.h"
#include "onboarding/FieldKey.h"
#include "onboarding/ProfileData.h"
#include "storage/ProgressStore.h"
#include "storage/Schema.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace ProfileFixtures {

inline const QTimeZone Shanghai("Asia/Shanghai");

inline QDateTime shanghai(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Shanghai).toUTC();
}

inline QString stored(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

struct StepRow
{
    StepId step;
    StepStatus status;
    QDateTime since;
    QDateTime expectedBy;
};

struct Fixture
{
    qint64 id = 0;
    QString company;
    QString creditCode;
    QDateTime updatedAt;
    QList<StepRow> steps;

    ProfileData data() const
    {
        ProfileData data;
        data.id = id;
        for (const StepRow &row : steps)
            data.step(row.step) = StepState {row.status, row.since, row.expectedBy};
        return data;
    }
};

inline QList<StepRow> doneUpTo(int count, const QDateTime &since)
{
    QList<StepRow> rows;
    for (int i = 0; i < count; ++i)
        rows.append({AllSteps[size_t(i)], StepStatus::Done, since, QDateTime()});
    return rows;
}

// Writes profiles straight into the tables (the schema made by
// ProgressStore) with prepared inserts, all in one transaction.
class TableWriter
{
public:
    explicit TableWriter(const StoreAddress &address)
    {
        Result<QSqlDatabase> db = address.addConnection(Name);
        if (!db)
            qWarning() << db.error().message << db.error().details;
    }
    ~TableWriter() { QSqlDatabase::removeDatabase(Name); }

    bool write(const QList<Fixture> &profiles)
    {
        QSqlDatabase db = QSqlDatabase::database(Name, false);
        if (!db.isOpen() || !db.transaction())
            return false;
        const bool written = [&] {
            QSqlQuery profile(db);
            QSqlQuery field(db);
            QSqlQuery step(db);
            if (!profile.prepare("INSERT INTO profiles (id, created_at, updated_at, current_page,"
                                 " version) VALUES (?, ?, ?, 0, 1)")
                || !field.prepare(
                    "INSERT INTO profile_fields (profile_id, key, value) VALUES (?, ?, ?)")
                || !step.prepare("INSERT INTO step_states (profile_id, step, status, since,"
                                 " expected_by) VALUES (?, ?, ?, ?, ?)"))
                return false;
            for (const Fixture &p : profiles) {
                if (!run(profile, {p.id, stored(p.updatedAt), stored(p.updatedAt)})
                    || !run(field, {p.id, FieldKey::CompanyName, p.company})
                    || (!p.creditCode.isEmpty()
                        && !run(field, {p.id, FieldKey::CreditCode, p.creditCode})))
                    return false;
                for (const StepRow &s : p.steps) {
                    if (!run(step,
                            {p.id, stepKey(s.step), statusKey(s.status), stored(s.since),
                                stored(s.expectedBy)}))
                        return false;
                }
            }
            // The search columns, as the store leaves them after a save.
            QSqlQuery search(db);
            if (search.exec(QStringLiteral("UPDATE profiles SET ") + Schema::searchColumns()))
                return true;
            qWarning() << search.lastError().text();
            return false;
        }();
        return written ? db.commit() : (db.rollback(), false);
    }

private:
    static bool run(QSqlQuery &query, const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values[i]);
        if (query.exec())
            return true;
        qWarning() << query.lastError().text();
        return false;
    }

    static inline const QString Name = QStringLiteral("fixture-writer");
};

// A store with its schema, and a way to fill it.
struct ListStore
{
    explicit ListStore(const ScratchStore &scratch) : address(scratch.address())
    {
        Result<std::unique_ptr<ProgressStore>> store = ProgressStore::open(address);
        if (!store)
            qWarning() << store.error().message << store.error().details;
        ready = store.ok();
    }
    bool fill(const QList<Fixture> &profiles) const { return TableWriter(address).write(profiles); }
    ConnectionOpener opener() const
    {
        return [address = address](const QString &name) { return address.addConnection(name); };
    }

    StoreAddress address;
    bool ready = false;
};

inline bool waitLoaded(ProfileListModel &model, int timeoutMs = 20000)
{
    if (!model.isLoading())
        return true;
    QSignalSpy loaded(&model, &ProfileListModel::loaded);
    QSignalSpy failed(&model, &ProfileListModel::failed);
    QElapsedTimer timer;
    timer.start();
    while (loaded.isEmpty() && failed.isEmpty() && timer.elapsed() < timeoutMs)
        loaded.wait(50);
    return !loaded.isEmpty();
}

inline bool waitCounted(ProfileListModel &model, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (model.totalCount() < 0 && timer.elapsed() < timeoutMs)
        QTest::qWait(20);
    return model.totalCount() >= 0;
}

// Fetches page after page until the model has every matching row (the
// model tester may have asked for a page too).
inline bool fetchAll(ProfileListModel &model)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        if (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        else if (!model.isFetching() && !model.isLoading())
            return true;
        QTest::qWait(5);
    }
    return false;
}

inline QList<qint64> ids(const ProfileListModel &model)
{
    QList<qint64> list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.profileId(row);
    return list;
}

inline QSet<qint64> idSet(const ProfileListModel &model)
{
    const QList<qint64> list = ids(model);
    return QSet<qint64>(list.cbegin(), list.cend());
}

inline QString standingOf(const ProfileListModel &model, int row)
{
    return model.index(row, ProfileListModel::StatusColumn)
        .data(ProfileListModel::StandingRole)
        .toString();
}

// Fills the store with `count` made-up profiles in every standing, the way
// a busy support desk's would look: company name (Latin or Chinese), credit
// code, three more values, done steps and one step in progress, waiting (some
// overdue) or failed. The database makes the rows itself from a few small
// tables (INSERT … SELECT, portable SQL), all in one transaction: 100,000
// profiles take seconds, not minutes, on either backend. Profile n is called
// "Example Fintech n Ltd" (odd n) or "示例科技n有限公司" (even n); the
// higher n, the later its last change.
inline bool generate(const StoreAddress &address, int count, const QDateTime &now)
{
    constexpr int SlotsPerDay = 288; // one profile changed every five minutes
    constexpr int DaysBack = 400;
    const QString name = QStringLiteral("generator");
    bool ok = false;
    {
        Result<QSqlDatabase> opened = address.addConnection(name);
        if (!opened)
            return false;
        QSqlDatabase db = opened.value();
        const auto exec = [&db](const QString &sql, const QVariantList &values = {}) {
            QSqlQuery query(db);
            // PostgreSQL prepares no DDL: statements without values run as they are.
            if (values.isEmpty() ? query.exec(sql) : [&] {
                    query.prepare(sql);
                    for (const QVariant &value : values)
                        query.addBindValue(value);
                    return query.exec();
                }())
                return true;
            qWarning() << query.lastError().text() << sql;
            return false;
        };
        const QDate firstDay = now.date().addDays(-DaysBack);
        // The rows are consistent by construction; PostgreSQL's row-by-row
        // foreign-key checks would take most of the time. A superuser (the
        // test server's owner) may skip them for this transaction.
        bool skipChecks = false;
        if (address.isPostgres()) {
            QSqlQuery superuser(db);
            skipChecks = superuser.exec("SHOW is_superuser") && superuser.next()
                && superuser.value(0).toString() == "on";
        }
        ok = db.transaction()
            && (!skipChecks || exec("SET LOCAL session_replication_role = replica"))
            && exec("CREATE TABLE gen_numbers (n INTEGER PRIMARY KEY)")
            && exec("WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < ?)"
                    " INSERT INTO gen_numbers (n) SELECT n FROM s",
                {count})
            && exec("CREATE TABLE gen_days (n INTEGER PRIMARY KEY, day TEXT NOT NULL)")
            && exec("CREATE TABLE gen_slots (n INTEGER PRIMARY KEY, hm TEXT NOT NULL)")
            && exec("CREATE TABLE gen_steps (n INTEGER PRIMARY KEY, step TEXT NOT NULL)")
            && exec("CREATE TABLE gen_keys (key TEXT PRIMARY KEY, prefix TEXT NOT NULL)");
        for (int day = 0; ok && day <= DaysBack + 10; ++day)
            ok = exec("INSERT INTO gen_days (n, day) VALUES (?, ?)",
                {day, firstDay.addDays(day).toString(Qt::ISODate)});
        for (int slot = 0; ok && slot < SlotsPerDay; ++slot)
            ok = exec("INSERT INTO gen_slots (n, hm) VALUES (?, ?)",
                {slot, QTime(0, 0).addSecs(slot * 300).toString("HH:mm")});
        for (size_t i = 0; ok && i < AllSteps.size(); ++i)
            ok = exec(
                "INSERT INTO gen_steps (n, step) VALUES (?, ?)", {int(i), stepKey(AllSteps[i])});
        const QList<QPair<QString, QString>> others {{FieldKey::LoginName, "fintech-"},
            {FieldKey::Mobile, "+86138"}, {FieldKey::BankAccount, "0200001234"}};
        for (const auto &[key, prefix] : others) {
            if (ok)
                ok = exec("INSERT INTO gen_keys (key, prefix) VALUES (?, ?)", {key, prefix});
        }
        ok = ok
            && exec(QStringLiteral(
                "INSERT INTO profiles (id, created_at, updated_at, current_page, version)"
                " SELECT g.n, d.day || 'T' || t.hm || ':00.000Z',"
                " d.day || 'T' || t.hm || ':00.000Z', 0, 1 FROM gen_numbers g"
                " JOIN gen_days d ON d.n = g.n / %1 JOIN gen_slots t ON t.n = g.n % %1")
                        .arg(SlotsPerDay))
            && exec("INSERT INTO profile_fields (profile_id, key, value) SELECT g.n, ?,"
                    " CASE WHEN g.n % 2 = 1 THEN 'Example Fintech ' || g.n || ' Ltd'"
                    " ELSE '示例科技' || g.n || '有限公司' END FROM gen_numbers g",
                {FieldKey::CompanyName})
            && exec("INSERT INTO profile_fields (profile_id, key, value)"
                    " SELECT g.n, ?, '9111' || (10000000000000 + g.n) FROM gen_numbers g",
                {FieldKey::CreditCode})
            && exec("INSERT INTO profile_fields (profile_id, key, value)"
                    " SELECT g.n, k.key, k.prefix || g.n FROM gen_numbers g CROSS JOIN gen_keys k")
            // The search columns, as the store leaves them after a save.
            && exec(QStringLiteral("UPDATE profiles SET ") + Schema::searchColumns())
            // n % 6 steps done …
            && exec("INSERT INTO step_states (profile_id, step, status, since, expected_by)"
                    " SELECT g.n, s.step, ?, d.day || 'T01:00:00.000Z', NULL FROM gen_numbers g"
                    " JOIN gen_steps s ON s.n < g.n % 6 JOIN gen_days d ON d.n = 0",
                {statusKey(StepStatus::Done)})
            // … and the next one in progress, waiting (due three days after
            // it was submitted, 0–8 days ago) or failed.
            && exec(QStringLiteral(
                        "INSERT INTO step_states (profile_id, step, status, since, expected_by)"
                        " SELECT g.n, s.step, CASE g.n % 4 WHEN 1 THEN ? WHEN 2 THEN ? ELSE ? END,"
                        " d.day || 'T01:00:00.000Z',"
                        " CASE WHEN g.n % 4 = 2 THEN e.day || 'T15:59:59.000Z' END"
                        " FROM gen_numbers g JOIN gen_steps s ON s.n = g.n % 6"
                        " JOIN gen_days d ON d.n = %1 - g.n % 9"
                        " JOIN gen_days e ON e.n = %1 - g.n % 9 + 3 WHERE g.n % 4 <> 0")
                        .arg(DaysBack),
                {statusKey(StepStatus::InProgress), statusKey(StepStatus::Waiting),
                    statusKey(StepStatus::Failed)});
        for (const char *table :
            {"gen_numbers", "gen_days", "gen_slots", "gen_steps", "gen_keys"}) {
            if (ok)
                ok = exec(QStringLiteral("DROP TABLE ") + table);
        }
        ok = ok ? db.commit() : (db.rollback(), false);
        // As the server's autovacuum would after such a load.
        if (ok && address.isPostgres())
            ok = exec("ANALYZE");
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace ProfileFixtures
