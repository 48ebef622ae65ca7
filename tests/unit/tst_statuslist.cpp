// `fincloud-onboard status --all [--json]` end to end, on a SQLite file and on
// the PostgreSQL test server: profiles written into the store's tables, the
// real program run with --now, its JSON and text read back.
#include "common/ProfileFixtures.h"
#include "common/ProgramRun.h"
#include "storage/ProgressStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace ProfileFixtures;

namespace {

const QString Now = QStringLiteral("2026-03-12T08:00:00+08:00");
const QDateTime Earlier = shanghai(3, 2, 9);

// Last change: the overdue bank latest, then the Chinese company, then the others.
QList<Fixture> fixture()
{
    return {
        {1, "Done Fintech Ltd", "91110000000000001A", shanghai(3, 1, 9), doneUpTo(5, Earlier)},
        {2, "Overdue Bank", "91110000000000002B", shanghai(3, 6, 17),
            doneUpTo(1, Earlier) << StepRow {StepId::RealName, StepStatus::Waiting,
                shanghai(3, 6, 17),
                QDateTime(QDate(2026, 3, 11), QTime(23, 59, 59), Shanghai).toUTC()}},
        {3, "Untouched Trust", "", shanghai(2, 27, 9), {}},
        {4, "示例科技有限公司", "91110108551385082Q", shanghai(3, 5, 9),
            doneUpTo(1, Earlier) << StepRow {StepId::RealName, StepStatus::InProgress, Earlier,
                {}}},
    };
}

ProgramRun status(const ScratchStore &store, QStringList arguments)
{
    return ProgramRun::start(QStringList {QStringLiteral("status"), QStringLiteral("--database"),
                                 store.url(), QStringLiteral("--now"), Now}
        + arguments);
}

} // namespace

class TestStatusList : public QObject
{
    Q_OBJECT
private slots:
    void json_data() { ScratchStore::addBackendRows(); }
    void json();
    void text_data() { ScratchStore::addBackendRows(); }
    void text();
    void emptyStore();
    void allAndProfileTogetherAreRefused();
    void damagedDataIsMarked_data() { ScratchStore::addBackendRows(); }
    void damagedDataIsMarked();
    void archivedOnRequestDeletedNever_data() { ScratchStore::addBackendRows(); }
    void archivedOnRequestDeletedNever();
};

void TestStatusList::json()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    ListStore store(scratch);
    QVERIFY(store.ready);
    QVERIFY(store.fill(fixture()));

    const ProgramRun run = status(scratch, {QStringLiteral("--all"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject document = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(document.value("format").toString(), QStringLiteral("fincloud-onboard.status-list"));
    QCOMPARE(document.value("formatVersion").toInt(), 1);
    QCOMPARE(document.value("now").toString(), QStringLiteral("2026-03-12T00:00:00.000Z"));
    const QJsonArray profiles = document.value("profiles").toArray();
    QCOMPARE(profiles.size(), 4);
    QList<int> order;
    for (const QJsonValue &profile : profiles)
        order << profile.toObject().value("id").toInt();
    QCOMPARE(order, QList<int>({2, 4, 1, 3})); // last change first

    const QJsonObject overdue = profiles.at(0).toObject();
    QCOMPARE(overdue.value("company").toString(), QStringLiteral("Overdue Bank"));
    QCOMPARE(overdue.value("creditCode").toString(), QStringLiteral("91110000000000002B"));
    QCOMPARE(overdue.value("status").toString(), QStringLiteral("overdue"));
    QCOMPARE(overdue.value("nextStep").toString(), QStringLiteral("real_name"));
    QCOMPARE(overdue.value("pendingSince").toString(), QStringLiteral("2026-03-06T09:00:00.000Z"));
    QCOMPARE(overdue.value("expectedBy").toString(), QStringLiteral("2026-03-11T15:59:59.000Z"));
    QCOMPARE(overdue.value("updatedAt").toString(), QStringLiteral("2026-03-06T09:00:00.000Z"));
    const QJsonObject steps = overdue.value("stepStatuses").toObject();
    QCOMPARE(steps.size(), 5);
    QCOMPARE(steps.value("register").toString(), QStringLiteral("done"));
    QCOMPARE(steps.value("real_name").toString(), QStringLiteral("waiting"));
    QCOMPARE(steps.value("region").toString(), QStringLiteral("not_started"));

    const QJsonObject chinese = profiles.at(1).toObject();
    QCOMPARE(chinese.value("company").toString(), QStringLiteral("示例科技有限公司"));
    QCOMPARE(chinese.value("status").toString(), QStringLiteral("in_progress"));
    QVERIFY(chinese.value("pendingSince").isNull());
    QVERIFY(chinese.value("expectedBy").isNull());

    const QJsonObject done = profiles.at(2).toObject();
    QCOMPARE(done.value("status").toString(), QStringLiteral("done"));
    QVERIFY(done.value("nextStep").isNull());

    const QJsonObject untouched = profiles.at(3).toObject();
    QCOMPARE(untouched.value("status").toString(), QStringLiteral("not_started"));
    QVERIFY(untouched.value("creditCode").isNull());
    QCOMPARE(untouched.value("nextStep").toString(), QStringLiteral("register"));
}

void TestStatusList::text()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    ListStore store(scratch);
    QVERIFY(store.ready);
    QVERIFY(store.fill(fixture()));

    const ProgramRun run = status(scratch, {QStringLiteral("--all")});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.out).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0),
        QStringLiteral("2  Overdue Bank (91110000000000002B) — step 2: Real-name verification — "
                       "Overdue, since 2026-03-06 17:00, expected by 2026-03-11 23:59 — "
                       "last change 2026-03-06 17:00"));
    QVERIFY2(lines.at(2).startsWith("1  Done Fintech Ltd (91110000000000001A) — all steps done — "),
        qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).startsWith("3  Untouched Trust — step 1: Register an account — "
                                    "Not started — last change"),
        qPrintable(lines.at(3)));

    // In Chinese: the step names as the wizard shows them.
    const ProgramRun chinese
        = status(scratch, {QStringLiteral("--all"), QStringLiteral("--lang"), "zh_CN"});
    QCOMPARE(chinese.exitCode, 0);
    QVERIFY2(QString::fromUtf8(chinese.out).contains(QStringLiteral("实名认证")),
        chinese.out.constData());
}

void TestStatusList::emptyStore()
{
    SCRATCH_STORE(scratch, QStringLiteral("sqlite"));
    QVERIFY(ListStore(scratch).ready);
    const ProgramRun json = status(scratch, {QStringLiteral("--all"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonDocument document = QJsonDocument::fromJson(json.out);
    QVERIFY2(document.isObject(), json.out.constData());
    QVERIFY(document.object().value("profiles").isArray());
    QCOMPARE(document.object().value("profiles").toArray().size(), 0);
    const ProgramRun text = status(scratch, {QStringLiteral("--all")});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.trimmed(), QByteArray("There is no profile yet."));
}

void TestStatusList::allAndProfileTogetherAreRefused()
{
    SCRATCH_STORE(scratch, QStringLiteral("sqlite"));
    QVERIFY(ListStore(scratch).ready);
    const ProgramRun run
        = status(scratch, {QStringLiteral("--all"), QStringLiteral("--profile"), "Overdue Bank"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--all"));
}

void TestStatusList::damagedDataIsMarked()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    ListStore store(scratch);
    QVERIFY(store.ready);
    QVERIFY(store.fill(fixture()));
    {
        // Written by something else: a status and a date this program cannot read.
        Result<QSqlDatabase> db = scratch.address().addConnection(QStringLiteral("damage"));
        QVERIFY(db.ok());
        QSqlQuery query(db.value());
        QVERIFY(query.exec("UPDATE step_states SET status = 'bogus'"
                           " WHERE profile_id = 4 AND step = 'real_name'"));
        QVERIFY(query.exec("UPDATE step_states SET expected_by = 'soon'"
                           " WHERE profile_id = 2 AND step = 'real_name'"));
        query.finish();
        db.value().close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));

    const ProgramRun text = status(scratch, {QStringLiteral("--all")});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = QString::fromUtf8(text.out).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith("2  Overdue Bank"), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).endsWith(" — DAMAGED DATA: step_states: expected_by \"soon\""),
        qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).endsWith(" — DAMAGED DATA: step real_name: status \"bogus\""),
        qPrintable(lines.at(1)));
    // Its standing cannot be told: no "Not started", no "In progress".
    QVERIFY2(!lines.at(1).contains("Not started") && !lines.at(1).contains("In progress"),
        qPrintable(lines.at(1)));
    QVERIFY2(!lines.at(2).contains("DAMAGED"), qPrintable(lines.at(2)));

    const ProgramRun json = status(scratch, {QStringLiteral("--all"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray profiles
        = QJsonDocument::fromJson(json.out).object().value("profiles").toArray();
    QCOMPARE(profiles.size(), 4);
    const QJsonObject chinese = profiles.at(1).toObject();
    QCOMPARE(chinese.value("status").toString(), QStringLiteral("unreadable"));
    QCOMPARE(chinese.value("stepStatuses").toObject().value("real_name").toString(),
        QStringLiteral("unreadable"));
    QCOMPARE(chinese.value("damagedData").toArray().at(0).toString(),
        QStringLiteral("step real_name: status \"bogus\""));
    QCOMPARE(profiles.at(2).toObject().value("damagedData").toArray().size(), 0);
}

// Archived profiles are put away: listed with --archived only, and marked;
// deleted ones are listed never.
void TestStatusList::archivedOnRequestDeletedNever()
{
    QFETCH(QString, backend);
    SCRATCH_STORE(scratch, backend);
    ListStore store(scratch);
    QVERIFY(store.ready);
    QVERIFY(store.fill(fixture()));
    {
        auto writer = std::move(ProgressStore::open(scratch.address())).value();
        QVERIFY(writer->setArchived(3, true, Earlier));
        QVERIFY(writer->deleteProfile(1, Earlier));
    }
    const auto ids = [](const QByteArray &json) {
        QList<qint64> listed;
        const QJsonArray profiles
            = QJsonDocument::fromJson(json).object().value("profiles").toArray();
        for (const QJsonValue &profile : profiles)
            listed << profile.toObject().value("id").toInteger();
        return listed;
    };
    const ProgramRun plain = status(scratch, {QStringLiteral("--all"), QStringLiteral("--json")});
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(ids(plain.out), QList<qint64>({2, 4}));

    const ProgramRun archived = status(
        scratch, {QStringLiteral("--all"), QStringLiteral("--archived"), QStringLiteral("--json")});
    QCOMPARE(archived.exitCode, 0);
    QCOMPARE(ids(archived.out), QList<qint64>({2, 4, 3}));
    const QJsonArray profiles
        = QJsonDocument::fromJson(archived.out).object().value("profiles").toArray();
    QCOMPARE(profiles.at(2).toObject().value("archived").toBool(), true);
    QCOMPARE(profiles.at(0).toObject().value("archived").toBool(), false);
    QCOMPARE(profiles.at(0).toObject().value("label").toString(), QStringLiteral("Overdue Bank"));

    const ProgramRun text
        = status(scratch, {QStringLiteral("--all"), QStringLiteral("--archived")});
    QVERIFY2(text.out.contains("3  Untouched Trust [archived]"), text.out.constData());
    QVERIFY2(!text.out.contains("Done Fintech"), text.out.constData());
}

QTEST_GUILESS_MAIN(TestStatusList)
#include "tst_statuslist.moc"
