// The diagnostics text for support: it names the program, Qt, platform,
// database kind and schema version, the company and its step statuses and
// the log's last lines; it never holds a planted secret, password or ID
// number (from the log or the profile). A real SQLite store and log file.
#include "core/Clock.h"
#include "diagnostics/DiagnosticsReport.h"
#include "onboarding/FieldKey.h"
#include "storage/ProgressStore.h"
#include "storage/Schema.h"

#include <QtTest>

class TestDiagnosticsReport : public QObject
{
    Q_OBJECT
private slots:
    void namesVersionsAndSchema();
    void leavesOutSecretsAndPersonalData();
    void withoutDatabaseOrLog();
};

namespace {

const QString Company = QStringLiteral("示例科技有限公司");
const QString IdNumber = QStringLiteral("11010519491231002X");
const QString Account = QStringLiteral("0200001234567890123");
const QString AccessKeySecret = QStringLiteral("wJalrXUtnFEMIK7MDENGbPxRfiCY");
const QString DbPassword = QStringLiteral("pgSecretPass77");

DiagnosticsFacts factsFor(const QTemporaryDir &dir, const Redactor &)
{
    auto store = ProgressStore::openSqlite(dir.filePath("progress.sqlite"));
    const QDateTime now(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    const qint64 id = store.value()->createProfile(Company, now).value().id;
    store.value()->saveFields(id,
        {{FieldKey::LegalRepresentativeId, IdNumber}, {FieldKey::BankAccount, Account},
            {FieldKey::Email, "owner@example.com.cn"}},
        now);

    QFile log(dir.filePath("session.log"));
    log.open(QIODevice::WriteOnly);
    log.write("2026-11-02T09:30:00.000+08:00 info fincloud.startup: first line\n");
    log.write(("2026-11-02T09:30:01.000+08:00 warning fincloud.cloud: key secret " + AccessKeySecret
        + " leaked\n")
                  .toUtf8());
    log.write(("2026-11-02T09:30:02.000+08:00 info fincloud.storage: postgresql://bob:" + DbPassword
        + "@db.example.com/onboard\n")
                  .toUtf8());
    log.write(("2026-11-02T09:30:03.000+08:00 info fincloud.session: id " + IdNumber + " account "
        + Account + "\n")
                  .toUtf8());
    log.write("2026-11-02T09:30:04.000+08:00 info fincloud.ui: last line\n");
    log.close();

    DiagnosticsFacts facts = DiagnosticsReport::programFacts();
    DiagnosticsReport::addStoreFacts(facts, *store.value(), id);
    DiagnosticsReport::addLog(facts, log.fileName());
    facts.settingsFiles = {"/etc/xdg/fincloud-onboard/fincloud-onboard.conf"};
    return facts;
}

} // namespace

void TestDiagnosticsReport::namesVersionsAndSchema()
{
    QTemporaryDir dir;
    const Redactor redactor({AccessKeySecret});
    const QString text = DiagnosticsReport::text(factsFor(dir, redactor), redactor);
    QVERIFY2(text.contains("program version: " FINCLOUD_VERSION "\n"), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Qt version: ") + qVersion()));
    QVERIFY(text.contains(
        "platform: " + QSysInfo::prettyProductName() + "; " + QSysInfo::kernelType()));
    QVERIFY(text.contains("database: SQLite, open\n"));
    QVERIFY(text.contains(QStringLiteral("schema version: %1 ").arg(Schema::LatestVersion)));
    QVERIFY(text.contains("profiles: 1\n"));
    QVERIFY(text.contains("company: " + Company + "\n"));
    QVERIFY(text.contains("  real_name: not_started\n"));
    QVERIFY(text.contains("settings files read: /etc/xdg/fincloud-onboard/fincloud-onboard.conf"));
    QVERIFY(text.contains("(last 5 lines)"));
    QVERIFY(text.contains("fincloud.startup: first line"));
    QVERIFY(text.contains("fincloud.ui: last line"));
}

void TestDiagnosticsReport::leavesOutSecretsAndPersonalData()
{
    QTemporaryDir dir;
    const Redactor redactor({AccessKeySecret});
    const QString text = DiagnosticsReport::text(factsFor(dir, redactor), redactor);
    for (const QString &planted :
        {AccessKeySecret, DbPassword, IdNumber, Account, QStringLiteral("owner@example.com.cn")})
        QVERIFY2(!text.contains(planted), qPrintable(planted + " in:\n" + text));
    // The lines are still there, without what was taken out.
    QVERIFY(text.contains("leaked"));
    QVERIFY(text.contains("db.example.com/onboard"));
}

void TestDiagnosticsReport::withoutDatabaseOrLog()
{
    DiagnosticsFacts facts = DiagnosticsReport::programFacts();
    facts.databaseKind = DiagnosticsReport::databaseKind("postgresql://u:pw123456@h/db");
    facts.databaseState = "not created yet";
    const QString text = DiagnosticsReport::text(facts, Redactor());
    QVERIFY(text.contains("database: PostgreSQL, not created yet\n"));
    QVERIFY(text.contains("log: none\n"));
    QVERIFY(text.contains("settings files read: none\n"));
    QVERIFY(!text.contains("company:"));
}

QTEST_GUILESS_MAIN(TestDiagnosticsReport)
#include "tst_diagnosticsreport.moc"
