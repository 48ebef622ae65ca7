// --prefill with the real program and a real SQLite file: a valid file starts
// the wizard on a new profile holding every value and the locks; the same file
// named in the system settings file does the same; an invalid or unreadable
// file ends with exit status 2 and says why, and no profile is created.
#include "DesktopEnvironment.h"
#include "common/ProgramRun.h"
#include "onboarding/FieldKey.h"
#include "prefill/FieldLocks.h"
#include "storage/ProgressStore.h"

#include <QtTest>

namespace {

const QByteArray Valid = R"({
  "format": "fincloud-onboard.prefill", "formatVersion": 1,
  "fields": {
    "company.name": {"value": "Example Fintech Ltd", "locked": true},
    "company.credit_code": {"value": "91110108551385082Q", "locked": true},
    "register.email": "cloud-admin@example.com.cn"
  },
  "settings": {"language": "zh_CN"}
})";

int profileCount(const QString &database)
{
    if (!QFileInfo::exists(database))
        return 0;
    auto store = ProgressStore::openSqlite(database);
    return store ? int(store.value()->listProfiles().value().size()) : -1;
}

} // namespace

class TestPrefillProgram : public QObject
{
    Q_OBJECT
private slots:
    void validFileCreatesProfile();
    void systemSettingsNameTheFile();
    void invalidFileCreatesNothing();
    void unreadableFileCreatesNothing();
    void controlCharacterCreatesNothing_data();
    void controlCharacterCreatesNothing();
};

void TestPrefillProgram::validFileCreatesProfile()
{
    DesktopEnvironment home;
    QVERIFY(home.write(home.path("prefill.json"), Valid));
    const ProgramRun run
        = ProgramRun::start({"--database", home.database(), "--prefill", home.path("prefill.json"),
                                "--quit-after-first-paint"},
            home.environment());
    QVERIFY2(run.exitCode == 0, run.err.constData());

    auto store = ProgressStore::openSqlite(home.database());
    QVERIFY(store.ok());
    const QList<ProfileSummary> profiles = store.value()->listProfiles().value();
    QCOMPARE(profiles.size(), 1);
    const ProfileData profile = store.value()->loadProfile(profiles[0].id).value();
    QCOMPARE(profile.field(FieldKey::CompanyName), QStringLiteral("Example Fintech Ltd"));
    QCOMPARE(profile.field(FieldKey::CreditCode), QStringLiteral("91110108551385082Q"));
    QCOMPARE(profile.field(FieldKey::Email), QStringLiteral("cloud-admin@example.com.cn"));
    QCOMPARE(FieldLocks::decode(profile.field(FieldLocks::StorageKey)),
        QStringList({FieldKey::CreditCode, FieldKey::CompanyName})); // sorted
    QCOMPARE(store.value()->setting("language"), QStringLiteral("zh_CN"));
    QVERIFY2(home.logs().contains("Prefill created profile"), qPrintable(home.logs()));

    // A second start with the same file: still one profile.
    const ProgramRun again
        = ProgramRun::start({"--database", home.database(), "--prefill", home.path("prefill.json"),
                                "--quit-after-first-paint"},
            home.environment());
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(profileCount(home.database()), 1);
}

void TestPrefillProgram::systemSettingsNameTheFile()
{
    DesktopEnvironment home;
    QVERIFY(home.write(home.path("prefill.json"), Valid));
    QVERIFY(home.write(home.systemConfig(),
        ("database=" + home.database() + "\nprefill=" + home.path("prefill.json") + "\n")
            .toUtf8()));
    const ProgramRun run = ProgramRun::start({"--quit-after-first-paint"}, home.environment());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(profileCount(home.database()), 1);
}

void TestPrefillProgram::invalidFileCreatesNothing()
{
    DesktopEnvironment home;
    QVERIFY(home.write(home.path("prefill.json"), R"({
      "format": "fincloud-onboard.prefill", "formatVersion": 1,
      "fields": {
        "company.name": {"value": "Example Fintech Ltd", "locked": true},
        "company.legal_rep_id": "110105194912310021",
        "company.nmae": "typo"
      }
    })"));
    const ProgramRun run
        = ProgramRun::start({"--database", home.database(), "--prefill", home.path("prefill.json"),
                                "--quit-after-first-paint"},
            home.environment());
    QCOMPARE(run.exitCode, 2);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains("cannot be used, so no profile was created or changed"), qPrintable(err));
    QVERIFY2(err.contains("2 problem(s)"), qPrintable(err));
    QVERIFY(err.contains("company.legal_rep_id: "));
    QVERIFY(err.contains("company.nmae: "));
    QCOMPARE(profileCount(home.database()), 0);
}

void TestPrefillProgram::unreadableFileCreatesNothing()
{
    DesktopEnvironment home;
    const ProgramRun run
        = ProgramRun::start({"--database", home.database(), "--prefill", home.path("missing.json"),
                                "--quit-after-first-paint"},
            home.environment());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("Cannot read the prefill file"), run.err.constData());
    QCOMPARE(profileCount(home.database()), 0);
}

void TestPrefillProgram::controlCharacterCreatesNothing_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("problem");
    // Issue 17: a NUL passed every check, then the store refused it after the
    // profile had been created with the company name alone (exit status 1).
    QTest::newRow("NUL") << QByteArray(R"("real_name.bank_name": "Bank\u0000of China")")
                         << "real_name.bank_name: The value contains a control character "
                            "(U+0000) at position 5";
    QTest::newRow("ESC") << QByteArray(R"("register.login_name": "admin\u001b[2J")")
                         << "register.login_name: The value contains a control character "
                            "(U+001B) at position 6";
}

void TestPrefillProgram::controlCharacterCreatesNothing()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, problem);
    DesktopEnvironment home;
    QVERIFY(home.write(home.path("prefill.json"),
        R"({
      "format": "fincloud-onboard.prefill", "formatVersion": 1,
      "fields": {
        "company.name": {"value": "Example Fintech Ltd", "locked": true},
        "company.credit_code": {"value": "91110108551385082Q", "locked": true},
        )" + field
            + R"(
      }
    })"));
    const ProgramRun run
        = ProgramRun::start({"--database", home.database(), "--prefill", home.path("prefill.json"),
                                "--quit-after-first-paint"},
            home.environment());
    QCOMPARE(run.exitCode, 2);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains("cannot be used, so no profile was created or changed"), qPrintable(err));
    QVERIFY2(err.contains(problem), qPrintable(err));
    QVERIFY2(!run.err.contains('\x1b'), "the refused value is not echoed to the terminal");
    // Opened afterwards: no profile (the database may not even exist).
    QCOMPARE(profileCount(home.database()), 0);
}

QTEST_GUILESS_MAIN(TestPrefillProgram)
#include "tst_prefillprogram.moc"
