// Issue 9, "Secrets": the real flows run with a recognisable AccessKey secret
// (from the environment, and typed into the wizard) and a PostgreSQL role with
// a recognisable password; afterwards every file they left under a private
// HOME (databases, session logs, exports, the checklist PDFs and their text,
// whatever else is there; the -wal and -shm while the store is open), the
// PostgreSQL tables, everything the programs printed and the copied
// diagnostics are searched for those values: plain, UTF-16, hex, base64 and
// percent-encoded. Issue 20: the same for every source of the credential chain
// (an STS token in the environment, the INI credentials file, an aliyun CLI
// RamRoleArn profile and the temporary key, secret and token AssumeRole hands
// out); the input files themselves are left unchanged. Also the owner-only modes of the database,
// its -wal/-shm and folder, the session log and its folder, the export and the checklist.
#include "FakeCloudAccount.h"
#include "FakeOpenApiServer.h"
#include "OnboardingWizard.h"
#include "cloud/AccessKeyDialog.h"
#include "cloud/AccessKeyVault.h"
#include "cloud/CloudAccess.h"
#include "cloud/PublicResourcePanel.h"
#include "common/SampleProfile.h"
#include "common/ScratchStore.h"
#include "core/Clock.h"
#include "diagnostics/DiagnosticsReport.h"
#include "diagnostics/SessionLog.h"
#include "i18n/LanguageSwitcher.h"
#include "onboarding/FieldKey.h"
#include "pages/CertificationPage.h"
#include "pages/PageId.h"
#include "session/OnboardingSession.h"
#include "storage/ProgressStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDirIterator>
#include <QEventLoop>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <sys/stat.h>

namespace {

// Recognisable values that no program output would contain by chance.
const QByteArray KeyId = "LTAI5tSweepKeyId7f3a9c2e";
const QByteArray Secret = "SWEEP-SECRET-7f3a9c2e4b1d8a6f0c5e";
const QByteArray PgPassword = "SWEEP-PGPASS-3e9b7d1c5a8f2d6b";
// Used once, to show that the server really asks for the password.
const QByteArray WrongPgPassword = "SWEEP-WRONGPW-9d2c4f6a8b1e";

// Issue 20: one key per source of the credential chain.
const QByteArray StsId = "STS.SweepEnvKeyId4c1e9a";
const QByteArray StsSecret = "SWEEP-STS-SECRET-4c1e9a7b2d";
const QByteArray StsToken = "SWEEP-STS-TOKEN-8e2b6d0f3a";
const QByteArray IniId = "LTAI5tSweepIniKey2b7d";
const QByteArray IniSecret = "SWEEP-INI-SECRET-2b7d5f9c1e";
const QByteArray RoleSourceId = "LTAI5tSweepRoleSrc6a3f";
const QByteArray RoleSourceSecret = "SWEEP-ROLE-SOURCE-6a3f0d8b4c";
const QByteArray TempId = "STS.SweepTempKeyId9d4b";
const QByteArray TempSecret = "SWEEP-TEMP-SECRET-9d4b2e7a1f";
const QByteArray TempToken = "SWEEP-TEMP-TOKEN-1f7c3a9e5d";

const QString Now = QStringLiteral("2026-03-16T10:00:00+08:00");

struct Needle
{
    QString what;
    QByteArray bytes;
};

// Base64 of `value` as it would appear inside a longer encoded text: at each
// of the three byte alignments, without the characters the neighbours share.
QList<QByteArray> base64Forms(const QByteArray &value)
{
    QList<QByteArray> forms;
    for (int offset = 0; offset < 3; ++offset) {
        const QByteArray encoded = (QByteArray(offset, '\0') + value).toBase64();
        const qsizetype whole = (offset + value.size()) / 3 * 4; // complete groups only
        const qsizetype skip = offset == 0 ? 0 : offset + 1;
        const QByteArray core = encoded.left(whole).mid(skip);
        forms << core;
        QByteArray url = core;
        url.replace('+', '-').replace('/', '_');
        if (url != core)
            forms << url;
    }
    return forms;
}

QList<Needle> formsOf(const QString &name, const QByteArray &value)
{
    QList<Needle> needles = {{name, value}, {name + " (hex)", value.toHex()},
        {name + " (HEX)", value.toHex().toUpper()},
        {name + " (percent-encoded)", QUrl::toPercentEncoding(QString::fromLatin1(value))}};
    const QString text = QString::fromLatin1(value);
    needles << Needle {name + " (UTF-16)",
        QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2)};
    for (const QByteArray &form : base64Forms(value))
        needles << Needle {name + " (base64)", form};
    return needles;
}

// Where `text` holds one of the needles (any letter case), or empty.
QStringList leaksIn(const QString &where, const QByteArray &text, const QList<Needle> &needles)
{
    QStringList found;
    const QByteArray lower = text.toLower();
    for (const Needle &needle : needles) {
        const qsizetype at = lower.indexOf(needle.bytes.toLower());
        if (at < 0)
            continue;
        const QByteArray around = text.mid(qMax(qsizetype(0), at - 60), needle.bytes.size() + 120);
        found << QStringLiteral("%1 in %2: …%3…")
                     .arg(needle.what, where, QString::fromUtf8(around.toPercentEncoding(" :/=,")));
    }
    return found;
}

int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

QString octal(int mode)
{
    return mode < 0 ? QStringLiteral("missing") : QStringLiteral("0%1").arg(mode, 3, 8);
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Remembers in memory only: the real keychain of the machine is not touched.
class MemoryVault : public AccessKeyVault
{
public:
    std::optional<CloudCredentials> entry;

    void load(LoadDone done) override { done(entry); }
    void store(const CloudCredentials &key, StoreDone done) override
    {
        entry = key;
        done({});
    }
    void forget(StoreDone done) override
    {
        entry.reset();
        done({});
    }
};

} // namespace

#define VERIFY_MODE(path, expected)                                                                \
    QVERIFY2(modeOf(path) == (expected),                                                           \
        qPrintable(QStringLiteral("%1 is %2, expected %3")                                         \
                       .arg(path, octal(modeOf(path)), octal(expected))))

class TestSecretSweep : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cloudCommands();
    void credentialChainSources();
    void commandsOnSqlite();
    void commandsOnPostgres();
    void wizardStarts();
    void precheckWithTypedKeyAndCopiedDiagnostics();
    void nothingLeaked();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // Runs the real program with the private HOME and the secret in its
    // environment, serving the fake OpenAPI meanwhile; keeps what it printed.
    Run run(const QString &label, QStringList arguments);
    Run run(const QString &label, QStringList arguments, const QProcessEnvironment &environment);
    // The fake OpenAPI for one source's key (issue 20), answering as m_account.
    std::unique_ptr<FakeOpenApiServer> serverFor(const QByteArray &id, const QByteArray &secret);
    void writeInput(const QString &relative, const QByteArray &content);
    // The input files are the user's: unchanged, then removed before the sweep.
    void checkAndRemoveInputs();
    QString path(const QString &name) const { return m_root.filePath(name); }
    QString dataFolder() const { return path("home/.local/share/fincloud-onboard"); }
    bool hasPostgres() const { return !m_pgUrl.isEmpty(); }
    QList<Needle> needles() const;
    // What the tables of the PostgreSQL database hold, as text.
    QByteArray postgresContent() const;

    QTemporaryDir m_root;
    QProcessEnvironment m_environment;
    std::unique_ptr<FakeOpenApiServer> m_server;
    FakeCloudAccount m_account;
    QString m_pgRole;
    QString m_pgDatabase;
    QString m_pgUrl;
    QList<QPair<QString, QByteArray>> m_printed; // what came out other than files
    QHash<QString, QByteArray> m_inputs; // credential files written for the chain
};

void TestSecretSweep::initTestCase()
{
    QVERIFY(m_root.isValid());
    // The usual desktop umask: owner-only modes must come from the program.
    ::umask(022);
    for (const char *folder : {"home", "xdg-config", "xdg-cache", "xdg-state", "tmp"})
        QVERIFY(QDir().mkpath(path(folder)));
    QVERIFY(QDir().mkpath(path("xdg-runtime")));
    QFile::setPermissions(path("xdg-runtime"),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    m_environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"FINCLOUD_DATABASE", "FINCLOUD_API_ENDPOINT", "FINCLOUD_NOW",
             "XDG_DATA_HOME", "PGPASSFILE", "PGPASSWORD"})
        m_environment.remove(name);
    m_environment.insert("HOME", path("home"));
    m_environment.insert("XDG_CONFIG_HOME", path("xdg-config"));
    m_environment.insert("XDG_CACHE_HOME", path("xdg-cache"));
    m_environment.insert("XDG_STATE_HOME", path("xdg-state"));
    m_environment.insert("XDG_RUNTIME_DIR", path("xdg-runtime"));
    m_environment.insert("TMPDIR", path("tmp"));
    m_environment.insert("TZ", "Asia/Shanghai");
    m_environment.insert("QT_QPA_PLATFORM", "offscreen");
    m_environment.insert("ALIBABA_CLOUD_ACCESS_KEY_ID", QString::fromLatin1(KeyId));
    m_environment.insert("ALIBABA_CLOUD_ACCESS_KEY_SECRET", QString::fromLatin1(Secret));

    m_account.ecs = {{"cn-hangzhou", 2}};
    // An error answer too: error details are where a secret would slip out.
    m_account.faults.insert("cn-beijing/DescribeDBInstances",
        FakeResponse::error("Forbidden.RAM", 403, "User not authorized to operate"));
    m_account.zones = {{"cn-hangzhou-finance", {"cn-hangzhou-finance-b", "cn-hangzhou-finance-c"}}};
    m_server = std::make_unique<FakeOpenApiServer>(KeyId, Secret);
    QVERIFY(m_server->listen());
    m_server->setHandler([this](const FakeRequest &request) { return m_account.respond(request); });

    // A role of our own with a password: the test server asks for passwords
    // over TCP (scram-sha-256; trust only on its private socket).
    if (ScratchStore::serverUrl().isEmpty()) {
        if (qEnvironmentVariableIntValue("FINCLOUD_REQUIRE_PG"))
            QFAIL("FINCLOUD_REQUIRE_PG is set, but no PostgreSQL test server was started");
        return;
    }
    const qint64 pid = QCoreApplication::applicationPid();
    m_pgRole = QStringLiteral("sweep_role_%1").arg(pid);
    m_pgDatabase = QStringLiteral("sweep_db_%1").arg(pid);
    QString problem = ScratchStore::admin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'")
                                              .arg(m_pgRole, QString::fromLatin1(PgPassword)));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = ScratchStore::admin(
        QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(m_pgDatabase, m_pgRole));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_pgUrl = QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4")
                  .arg(m_pgRole, QString::fromLatin1(PgPassword),
                      ScratchStore::serverValue(QStringLiteral("PG_PORT")), m_pgDatabase);
}

void TestSecretSweep::cleanupTestCase()
{
    if (m_pgDatabase.isEmpty())
        return;
    ScratchStore::admin(
        QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase));
    ScratchStore::admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_pgRole));
}

TestSecretSweep::Run TestSecretSweep::run(const QString &label, QStringList arguments)
{
    return run(label, arguments, m_environment);
}

TestSecretSweep::Run TestSecretSweep::run(
    const QString &label, QStringList arguments, const QProcessEnvironment &environment)
{
    QProcess program;
    program.setProcessEnvironment(environment);
    program.setWorkingDirectory(path("home"));
    program.start(QStringLiteral(FINCLOUD_BINARY), arguments);
    // The fake service answers from this event loop: wait without blocking it.
    QEventLoop loop;
    connect(&program, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (program.state() != QProcess::NotRunning)
        loop.exec();
    Run result;
    if (program.state() != QProcess::NotRunning) {
        program.kill();
        program.waitForFinished();
    } else if (program.exitStatus() == QProcess::NormalExit) {
        result.exitCode = program.exitCode();
    }
    result.out = program.readAllStandardOutput();
    result.err = program.readAllStandardError();
    m_printed.append({label + " (standard output)", result.out});
    m_printed.append({label + " (standard error)", result.err});
    return result;
}

QList<Needle> TestSecretSweep::needles() const
{
    QList<Needle> chain;
    for (const auto &[name, value] :
        std::initializer_list<std::pair<QString, QByteArray>> {{"the STS id (environment)", StsId},
            {"the STS secret (environment)", StsSecret}, {"the STS token (environment)", StsToken},
            {"the credentials file's id", IniId}, {"the credentials file's secret", IniSecret},
            {"the CLI profile's source id", RoleSourceId},
            {"the CLI profile's source secret", RoleSourceSecret}, {"the AssumeRole id", TempId},
            {"the AssumeRole secret", TempSecret}, {"the AssumeRole token", TempToken}})
        chain += formsOf(name, value);
    return chain + formsOf("the AccessKey secret", Secret) + formsOf("the AccessKey id", KeyId)
        + formsOf("the PostgreSQL password", PgPassword)
        + formsOf("the wrong PostgreSQL password", WrongPgPassword);
}

void TestSecretSweep::cloudCommands()
{
    const QString endpoint = m_server->baseUrl().toString();
    const Run check = run("check-public-resources",
        {"check-public-resources", "--json", "--verbose", "--api-endpoint", endpoint});
    QVERIFY2(check.exitCode == 1, check.err.constData()); // found: 2 instances
    QVERIFY2(check.out.contains("\"verdict\": \"found\""), check.out.constData());
    const Run text = run("check-public-resources (text)",
        {"check-public-resources", "-v", "--api-endpoint", endpoint});
    QCOMPARE(text.exitCode, 1);
    const Run zones = run("zones", {"zones", "--json", "--verbose", "--api-endpoint", endpoint});
    QVERIFY2(zones.exitCode == 0 || zones.exitCode == 2, zones.err.constData());
    QVERIFY2(zones.out.contains("cn-hangzhou-finance-b"), zones.out.constData());
    QVERIFY(m_server->count("DescribeRegions") >= 2);
    QVERIFY(m_server->allSignaturesValid()); // the secret really was used
}

std::unique_ptr<FakeOpenApiServer> TestSecretSweep::serverFor(
    const QByteArray &id, const QByteArray &secret)
{
    auto server = std::make_unique<FakeOpenApiServer>(id, secret);
    if (!server->listen())
        return nullptr;
    server->setHandler([this](const FakeRequest &request) { return m_account.respond(request); });
    return server;
}

void TestSecretSweep::writeInput(const QString &relative, const QByteArray &content)
{
    const QString file = path("home/" + relative);
    QVERIFY(QDir().mkpath(QFileInfo(file).path()));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(content);
    m_inputs.insert(file, content);
}

void TestSecretSweep::checkAndRemoveInputs()
{
    for (auto it = m_inputs.cbegin(); it != m_inputs.cend(); ++it) {
        QCOMPARE(contentOf(it.key()), it.value()); // never written by the program
        QVERIFY(QFile::remove(it.key()));
    }
    m_inputs.clear();
}

void TestSecretSweep::credentialChainSources()
{
    QProcessEnvironment chain = m_environment;
    chain.remove("ALIBABA_CLOUD_ACCESS_KEY_ID");
    chain.remove("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    chain.insert("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");

    // STS credentials in the environment: the token goes out as a header.
    {
        std::unique_ptr<FakeOpenApiServer> server = serverFor(KeyId, Secret);
        QVERIFY(server);
        server->acceptStsKey(StsId, StsSecret, StsToken);
        QProcessEnvironment environment = chain;
        environment.insert("ALIBABA_CLOUD_ACCESS_KEY_ID", QString::fromLatin1(StsId));
        environment.insert("ALIBABA_CLOUD_ACCESS_KEY_SECRET", QString::fromLatin1(StsSecret));
        environment.insert("ALIBABA_CLOUD_SECURITY_TOKEN", QString::fromLatin1(StsToken));
        const Run check = run("check-public-resources (STS token in the environment)",
            {"check-public-resources", "--json", "-v", "--api-endpoint",
                server->baseUrl().toString()},
            environment);
        QVERIFY2(check.exitCode == 1, check.err.constData());
        QVERIFY(server->count("DescribeRegions") >= 1);
        QVERIFY(server->allSignaturesValid()); // token and secret really used
    }
    // The INI credentials file.
    {
        std::unique_ptr<FakeOpenApiServer> server = serverFor(IniId, IniSecret);
        QVERIFY(server);
        writeInput(".alibabacloud/credentials",
            "[default]\ntype = access_key\naccess_key_id = " + IniId
                + "\naccess_key_secret = " + IniSecret + "\n");
        const Run zones = run("zones (credentials file)",
            {"zones", "--json", "-v", "--api-endpoint", server->baseUrl().toString()}, chain);
        QVERIFY2(zones.exitCode == 0 || zones.exitCode == 2, zones.err.constData());
        QVERIFY(server->count("DescribeZones") >= 1);
        QVERIFY(server->allSignaturesValid());
    }
    // An aliyun CLI RamRoleArn profile (named by --cloud-profile): AssumeRole
    // with the profile's key, then the calls with the temporary one.
    {
        std::unique_ptr<FakeOpenApiServer> server = serverFor(RoleSourceId, RoleSourceSecret);
        QVERIFY(server);
        FakeRole role;
        role.roleArn = "acs:ram::1234567890123456:role/sweep";
        role.accessKeyId = TempId;
        role.secret = TempSecret;
        role.securityToken = TempToken;
        server->setAssumableRole(role);
        writeInput(".aliyun/config.json",
            "{\"current\": \"other\", \"profiles\": [{\"name\": \"sweep\", \"mode\": "
            "\"RamRoleArn\", \"access_key_id\": \""
                + RoleSourceId + "\", \"access_key_secret\": \"" + RoleSourceSecret
                + "\", \"ram_role_arn\": \"" + role.roleArn.toUtf8() + "\"}]}");
        const QString endpoint = server->baseUrl().toString();
        Run result = run("check-public-resources (CLI RamRoleArn profile)",
            {"check-public-resources", "-v", "--cloud-profile", "sweep", "--api-endpoint",
                endpoint},
            chain);
        QVERIFY2(result.exitCode == 1, result.err.constData());
        result = run("which-credentials (CLI RamRoleArn profile)",
            {"which-credentials", "--cloud-profile", "sweep", "--api-endpoint", endpoint}, chain);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("RamRoleArn"), result.out.constData());
        QCOMPARE(server->count("AssumeRole"), 2); // once per program run
        QVERIFY(server->count("DescribeRegions") >= 1);
        QVERIFY(server->allSignaturesValid());
    }
    checkAndRemoveInputs();
}

void TestSecretSweep::commandsOnSqlite()
{
    // A profile to carry through the flows, saved as the wizard saves it.
    {
        Result<std::unique_ptr<ProgressStore>> seed
            = ProgressStore::openSqlite(path("seed/progress.sqlite"));
        QVERIFY(seed);
        QVERIFY(SampleProfile::create(*seed.value()) > 0);
    }
    QVERIFY(QDir().mkpath(path("exports")));
    const QString exported = path("exports/profile.json");
    Run result = run("export",
        {"export", "-v", "--now", Now, "--database", path("seed/progress.sqlite"), "--out",
            exported});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    VERIFY_MODE(exported, 0600);

    // A database the program creates, in a folder it creates.
    const QString database = path("created/by-import/progress.sqlite");
    result
        = run("import (SQLite)", {"import", exported, "-v", "--now", Now, "--database", database});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    VERIFY_MODE(database, 0600);
    VERIFY_MODE(path("created/by-import"), 0700);

    result = run("status (SQLite)", {"status", "--json", "-v", "--database", database});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    result = run("export (SQLite)",
        {"export", "-v", "--now", Now, "--database", database, "--out",
            path("exports/again.json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    VERIFY_MODE(path("exports/again.json"), 0600);
    result = run("checklist (SQLite)",
        {"checklist", "-v", "--now", Now, "--database", database, "--out",
            path("exports/checklist.pdf")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    VERIFY_MODE(path("exports/checklist.pdf"), 0600); // personal data, as in an export
    result = run("diagnostics (SQLite)", {"diagnostics", "-v", "--database", database});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains("SQLite"), result.out.constData());
}

void TestSecretSweep::commandsOnPostgres()
{
    if (!hasPostgres())
        QSKIP("no PostgreSQL test server (run the tests with ctest)");
    // The server refuses a wrong password: the right one is really used.
    QString wrongUrl = m_pgUrl;
    wrongUrl.replace(QString::fromLatin1(PgPassword), QString::fromLatin1(WrongPgPassword));
    Run result = run("status (wrong password)", {"status", "-v", "--database", wrongUrl});
    QVERIFY2(result.exitCode != 0, result.out.constData());
    QVERIFY2(result.err.contains("password authentication failed")
            || result.err.contains("Cannot connect"),
        result.err.constData());

    result = run("import (PostgreSQL)",
        {"import", path("exports/profile.json"), "-v", "--now", Now, "--database", m_pgUrl});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    result = run("status (PostgreSQL)", {"status", "--json", "-v", "--database", m_pgUrl});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains("\"company\""), result.out.constData());
    result = run("export (PostgreSQL)",
        {"export", "-v", "--now", Now, "--database", m_pgUrl, "--out",
            path("exports/from-postgres.json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    VERIFY_MODE(path("exports/from-postgres.json"), 0600);
    result = run("checklist (PostgreSQL)",
        {"checklist", "-v", "--now", Now, "--database", m_pgUrl, "--out",
            path("exports/from-postgres.pdf")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    VERIFY_MODE(path("exports/from-postgres.pdf"), 0600);
    result = run("diagnostics (PostgreSQL)", {"diagnostics", "-v", "--database", m_pgUrl});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains("PostgreSQL"), result.out.constData());
}

void TestSecretSweep::wizardStarts()
{
    const QString endpoint = m_server->baseUrl().toString();
    // The default database: the program creates it and its folder.
    Run result = run("wizard (default SQLite)",
        {"--quit-after-first-paint", "-v", "--now", Now, "--api-endpoint", endpoint});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    VERIFY_MODE(dataFolder(), 0700);
    VERIFY_MODE(dataFolder() + "/progress.sqlite", 0600);
    if (hasPostgres()) {
        result = run("wizard (PostgreSQL)",
            {"--quit-after-first-paint", "-v", "--now", Now, "--database", m_pgUrl,
                "--api-endpoint", endpoint});
        QVERIFY2(result.exitCode == 0, result.err.constData());
    }
    const QString logs = dataFolder() + "/logs";
    VERIFY_MODE(logs, 0700);
    const QStringList files = SessionLog::files(logs);
    QCOMPARE(files.size(), hasPostgres() ? 2 : 1);
    for (const QString &file : files) {
        VERIFY_MODE(file, 0600);
        QVERIFY2(contentOf(file).contains("debug"), qPrintable(file)); // -v: debug lines too
    }
    // The diagnostics command reads the newest session log.
    result = run("diagnostics after the wizard", {"diagnostics", "-v"});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    if (hasPostgres()) {
        result = run("diagnostics after the wizard (PostgreSQL)",
            {"diagnostics", "-v", "--database", m_pgUrl});
        QVERIFY2(result.exitCode == 0, result.err.constData());
    }
}

void TestSecretSweep::precheckWithTypedKeyAndCopiedDiagnostics()
{
    // As the wizard runs it, but in this process: a verbose session log, a
    // real SQLite store, and no key in the environment, so it is typed in.
    SessionLog log({.folder = path("in-process/logs"), .verbose = true});
    QVERIFY(log.start().ok());
    const QString database = path("in-process/data/progress.sqlite");
    std::unique_ptr<ProgressStore> store = std::move(ProgressStore::openSqlite(database)).value();
    VERIFY_MODE(path("in-process/data"), 0700);
    FixedClock clock(
        QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC), QTimeZone("Asia/Shanghai"));
    OnboardingSession session(*store, clock);
    QVERIFY(session.create("北京示例金融科技有限公司").ok());
    Profile &profile = session.profile();
    profile.setField(FieldKey::LoginName, QStringLiteral("sweep"));
    QVERIFY(profile.requestStatus(StepId::Register, StepStatus::Done).allowed);
    QVERIFY(session.flush());

    QNetworkAccessManager network;
    MemoryVault vault;
    OpenApiClientSettings settings;
    settings.timeoutMs = 2000;
    settings.maxAttempts = 2;
    settings.firstBackoffMs = 10;
    CloudAccess cloud(network, clock, EndpointPolicy::withOverride(m_server->baseUrl()).value(),
        QProcessEnvironment(), &vault, settings);
    LanguageSwitcher language;
    QVERIFY(language.setLanguage("en"));
    OnboardingWizard wizard(
        session, language, [](const QUrl &) { return true; }, cloud);
    wizard.setDiagnosticsSource([&](auto deliver) {
        DiagnosticsReport::collectStoreFacts(DiagnosticsReport::programFacts(), session.store(),
            session.profile().id(), &wizard, [&log, deliver](DiagnosticsFacts facts) {
                DiagnosticsReport::addLog(facts, log.filePath());
                deliver(DiagnosticsReport::text(facts, log.redactor()));
            });
    });
    wizard.show();
    QVERIFY(wizard.resumeLastProfile());
    wizard.goToPage(CertificationPageId);
    QCOMPARE(wizard.currentId(), int(CertificationPageId));

    // The key typed into the dialog the check opens, "remember" ticked.
    bool answered = false;
    std::function<void()> answer = [&] {
        for (QWidget *window : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<AccessKeyDialog *>(window);
            if (!dialog || !dialog->isVisible())
                continue;
            QTest::keyClicks(
                dialog->findChild<QLineEdit *>("accessKeyId"), QString::fromLatin1(KeyId));
            QTest::keyClicks(
                dialog->findChild<QLineEdit *>("accessKeySecret"), QString::fromLatin1(Secret));
            dialog->findChild<QCheckBox *>("rememberAccessKey")->setChecked(true);
            dialog->findChild<QPushButton *>("useAccessKey")->click();
            answered = true;
            return;
        }
        QTimer::singleShot(10, this, answer); // not open yet: look again
    };
    QTimer::singleShot(0, this, answer);
    auto *page = qobject_cast<CertificationPage *>(wizard.page(CertificationPageId));
    PublicResourcePanel *panel = page->precheck();
    QTest::mouseClick(panel->findChild<QPushButton *>("checkPublicResources"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 10000);
    QVERIFY(!profile.field(FieldKey::PrecheckVerdict).isEmpty());
    QVERIFY(vault.entry.has_value());
    QVERIFY(m_server->allSignaturesValid());
    QVERIFY(session.flush());

    // While the store is open its -wal and -shm exist: owner-only too.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        VERIFY_MODE(database + suffix, 0600);
        const QByteArray bytes = contentOf(database + suffix);
        const QStringList leaks = leaksIn(database + suffix, bytes, needles());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join('\n')));
    }
    VERIFY_MODE(log.filePath(), 0600);
    VERIFY_MODE(path("in-process/logs"), 0700);

    wizard.copyDiagnostics();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains("SQLite"), qPrintable(copied));
    m_printed.append({"the copied diagnostics", copied.toUtf8()});
    auto *box = wizard.findChild<QMessageBox *>("diagnosticsCopiedBox");
    QVERIFY(box);
    m_printed.append({"the diagnostics box", (box->text() + box->detailedText()).toUtf8()});
    box->close();
}

QByteArray TestSecretSweep::postgresContent() const
{
    const QString name = QStringLiteral("sweep-dump");
    QByteArray content;
    {
        Result<QSqlDatabase> db = StoreAddress::parse(m_pgUrl).value().addConnection(name);
        if (!db)
            return "cannot read the database: " + db.error().details.toUtf8();
        QSqlQuery tables(db.value());
        tables.exec("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                    "'public'");
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &table : names) {
            QSqlQuery rows(db.value());
            rows.exec(QStringLiteral("SELECT CAST(t AS text) FROM %1 t").arg(table));
            while (rows.next())
                content += rows.value(0).toString().toUtf8() + '\n';
        }
        tables = QSqlQuery();
        db.value().close();
    }
    QSqlDatabase::removeDatabase(name);
    return content;
}

void TestSecretSweep::nothingLeaked()
{
    QStringList leaks;
    int searched = 0;
    QDirIterator files(
        m_root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString file = files.next();
        if (!QFileInfo(file).isFile())
            continue; // sockets of the one-wizard lock
        leaks << leaksIn(file, contentOf(file), needles());
        ++searched;
        if (file.endsWith(".pdf")) {
            // The PDF's text streams are compressed: search its text too.
            QProcess pdftotext;
            pdftotext.start("pdftotext", {file, "-"});
            QVERIFY2(pdftotext.waitForFinished(30000) && pdftotext.exitCode() == 0,
                "pdftotext (poppler-utils) could not read the checklist");
            const QByteArray text = pdftotext.readAllStandardOutput();
            QVERIFY2(text.contains(SampleProfile::creditCode().toLatin1()), text.constData());
            leaks << leaksIn(file + " (pdftotext)", text, needles());
        }
    }
    qInfo("searched %d files, %lld outputs", searched, qint64(m_printed.size()));
    QVERIFY(searched >= 10);
    for (const auto &[where, bytes] : std::as_const(m_printed))
        leaks << leaksIn(where, bytes, needles());
    if (hasPostgres()) {
        const QByteArray rows = postgresContent();
        QVERIFY2(rows.contains("示例"), rows.left(500).constData());
        leaks << leaksIn("the PostgreSQL tables", rows, needles());
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join('\n')));
}

QTEST_MAIN(TestSecretSweep)
#include "tst_secretsweep.moc"
