// Issue 20, item 1: the official SDKs' credential chain as CredentialChain
// reads it, against files in a private HOME: the order of the sources, each
// supported mode, the profile chosen by ALIBABA_CLOUD_PROFILE and
// --cloud-profile, unsupported modes named with what to use instead, broken
// files named without their secrets, and files left untouched.
#include "cloud/CredentialChain.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Secret = "CHAIN-SECRET-5d1f0a9b7c3e";

QByteArray cliConfig(const QString &current, const QString &profiles)
{
    return QStringLiteral("{\"current\": \"%1\", \"profiles\": [%2]}")
        .arg(current, profiles)
        .toUtf8();
}

QString akProfile(const QString &name, const QString &id)
{
    return QStringLiteral("{\"name\": \"%1\", \"mode\": \"AK\", \"access_key_id\": \"%2\", "
                          "\"access_key_secret\": \"%3\"}")
        .arg(name, id, Secret);
}

} // namespace

class TestCredentialChain : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void nothingConfiguredIsNoKey();
    void environmentComesFirst();
    void environmentTokenMakesStsCredentials();
    void halfAnEnvironmentKeyIsAnError();
    void cliCurrentProfile();
    void cliProfileNamedByVariableAndOption();
    void cliStsTokenProfile();
    void cliRamRoleArnProfile();
    void unsupportedModesAreNamed_data();
    void unsupportedModesAreNamed();
    void credentialsFileDefaultSection();
    void credentialsFileRamRoleArn();
    void credentialsFileNamedByVariable();
    void cliProfileBeforeCredentialsFile();
    void profileMissingFromCliIsLookedForInFile();
    void namedProfileNowhereIsAnError();
    void brokenFilesAreNamedWithoutSecrets_data();
    void brokenFilesAreNamedWithoutSecrets();
    void disabledCliProfileIsSkipped();
    void otherSourcesAreNamed();
    void filesAreNeverWritten();

private:
    void write(const QString &relative, const QByteArray &content);
    Result<std::optional<CredentialChoice>> resolve() const
    {
        return CredentialChain::resolve(m_environment);
    }
    CredentialChoice chosen() const;

    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_environment;
};

void TestCredentialChain::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_environment = QProcessEnvironment();
    m_environment.insert("HOME", m_home->path());
}

void TestCredentialChain::write(const QString &relative, const QByteArray &content)
{
    const QString path = m_home->filePath(relative);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

CredentialChoice TestCredentialChain::chosen() const
{
    const Result<std::optional<CredentialChoice>> result = resolve();
    if (!result) {
        qWarning() << result.error().message;
        return {};
    }
    return result.value().value_or(CredentialChoice {});
}

void TestCredentialChain::nothingConfiguredIsNoKey()
{
    const Result<std::optional<CredentialChoice>> result = resolve();
    QVERIFY(result);
    QVERIFY(!result.value());
    const Error error = CredentialChain::nothingFound(m_environment);
    QVERIFY(error.message.contains(".aliyun/config.json"));
    QVERIFY(error.message.contains(".alibabacloud/credentials"));
}

void TestCredentialChain::environmentComesFirst()
{
    write(".aliyun/config.json", cliConfig("default", akProfile("default", "LTAIcliKeyId0001")));
    m_environment.insert("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenvKeyId0001");
    m_environment.insert("ALIBABA_CLOUD_ACCESS_KEY_SECRET", Secret);
    const CredentialChoice choice = chosen();
    QCOMPARE(choice.key.accessKeyId(), "LTAIenvKeyId0001");
    QCOMPARE(choice.key.source(), CloudCredentials::Source::Environment);
    QCOMPARE(choice.key.mode(), CloudCredentials::Mode::AccessKey);
    QVERIFY(choice.key.securityToken().isEmpty());
}

void TestCredentialChain::environmentTokenMakesStsCredentials()
{
    m_environment.insert("ALIBABA_CLOUD_ACCESS_KEY_ID", "STS.envKeyId0001");
    m_environment.insert("ALIBABA_CLOUD_ACCESS_KEY_SECRET", Secret);
    m_environment.insert("ALIBABA_CLOUD_SECURITY_TOKEN", "CAIS-token-0001");
    const CredentialChoice choice = chosen();
    QCOMPARE(choice.key.mode(), CloudCredentials::Mode::StsToken);
    QCOMPARE(choice.key.securityToken(), "CAIS-token-0001");
    QVERIFY(choice.key.redactedDescription().contains("STS"));
}

void TestCredentialChain::halfAnEnvironmentKeyIsAnError()
{
    write(".aliyun/config.json", cliConfig("default", akProfile("default", "LTAIcliKeyId0001")));
    m_environment.insert("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenvKeyId0001");
    const Result<std::optional<CredentialChoice>> result = resolve();
    QVERIFY(!result);
    QVERIFY(result.error().details.contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
}

void TestCredentialChain::cliCurrentProfile()
{
    write(".aliyun/config.json",
        cliConfig("work",
            akProfile("default", "LTAIdefaultKey01") + ","
                + akProfile("work", "LTAIworkKeyId001")));
    const CredentialChoice choice = chosen();
    QCOMPARE(choice.key.accessKeyId(), "LTAIworkKeyId001");
    QCOMPARE(choice.key.secret(), Secret.toUtf8());
    QCOMPARE(choice.key.source(), CloudCredentials::Source::CliProfile);
    QCOMPARE(choice.key.origin(), "work");
    QVERIFY(choice.key.redactedDescription().contains("\"work\""));
    QVERIFY(!choice.key.redactedDescription().contains(Secret));
}

void TestCredentialChain::cliProfileNamedByVariableAndOption()
{
    write(".aliyun/config.json",
        cliConfig("default",
            akProfile("default", "LTAIdefaultKey01") + "," + akProfile("a", "LTAIprofileA0001")
                + "," + akProfile("b", "LTAIprofileB0001")));
    m_environment.insert("ALIBABA_CLOUD_PROFILE", "a");
    QCOMPARE(chosen().key.accessKeyId(), "LTAIprofileA0001");
    // --cloud-profile wins over the variable.
    m_environment = CredentialChain::withProfileOption(m_environment, "b");
    QCOMPARE(chosen().key.accessKeyId(), "LTAIprofileB0001");
}

void TestCredentialChain::cliStsTokenProfile()
{
    write(".aliyun/config.json",
        cliConfig("sts",
            "{\"name\": \"sts\", \"mode\": \"StsToken\", \"access_key_id\": \"STS.cliKey0001\", "
            "\"access_key_secret\": \""
                + Secret + "\", \"sts_token\": \"CAIS-cli-token\"}"));
    const CredentialChoice choice = chosen();
    QCOMPARE(choice.key.mode(), CloudCredentials::Mode::StsToken);
    QCOMPARE(choice.key.securityToken(), "CAIS-cli-token");
    QVERIFY(!choice.role);
}

void TestCredentialChain::cliRamRoleArnProfile()
{
    write(".aliyun/config.json",
        cliConfig("role",
            "{\"name\": \"role\", \"mode\": \"RamRoleArn\", \"access_key_id\": "
            "\"LTAIsourceKey01\", "
            "\"access_key_secret\": \""
                + Secret
                + "\", \"ram_role_arn\": \"acs:ram::1234567890:role/onboard\", "
                  "\"ram_session_name\": \"onboarding\", \"expired_seconds\": 1800, "
                  "\"sts_region\": \"cn-shanghai\"}"));
    const CredentialChoice choice = chosen();
    QCOMPARE(choice.key.accessKeyId(), "LTAIsourceKey01");
    QCOMPARE(choice.key.mode(), CloudCredentials::Mode::RamRoleArn);
    QVERIFY(choice.role);
    QCOMPARE(choice.role->roleArn, "acs:ram::1234567890:role/onboard");
    QCOMPARE(choice.role->sessionName, "onboarding");
    QCOMPARE(choice.role->durationSeconds, 1800);
    QCOMPARE(choice.role->stsHost, "sts.cn-shanghai.aliyuncs.com");
}

void TestCredentialChain::unsupportedModesAreNamed_data()
{
    QTest::addColumn<QString>("mode");
    for (const char *mode :
        {"EcsRamRole", "OAuth", "External", "ChainableRamRoleArn", "CloudSSO", "OIDC"})
        QTest::newRow(mode) << QString::fromLatin1(mode);
}

void TestCredentialChain::unsupportedModesAreNamed()
{
    QFETCH(QString, mode);
    write(".aliyun/config.json",
        cliConfig("p", "{\"name\": \"p\", \"mode\": \"" + mode + "\", \"access_key_id\": \"x\"}"));
    // A working credentials file behind it is not taken instead: the SDK would
    // have used the CLI profile.
    write(".alibabacloud/credentials",
        "[default]\ntype = access_key\naccess_key_id = LTAIfileKey0001\naccess_key_secret = "
            + Secret.toUtf8() + "\n");
    const Result<std::optional<CredentialChoice>> result = resolve();
    QVERIFY(!result);
    QCOMPARE(result.error().code, "unsupported-mode");
    QVERIFY2(result.error().message.contains(mode), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains("\"p\""));
    QVERIFY(result.error().message.contains("RamRoleArn")); // what to use instead
    QVERIFY(result.error().message.contains("ALIBABA_CLOUD_ACCESS_KEY_ID"));
}

void TestCredentialChain::credentialsFileDefaultSection()
{
    write(".alibabacloud/credentials",
        "; a comment\n[default]\ntype = access_key\naccess_key_id = LTAIfileKey0001\n"
        "access_key_secret = \""
            + Secret.toUtf8()
            + "\"\n\n[other]\ntype = access_key\naccess_key_id = LTAIother01\n"
              "access_key_secret = x\n");
    const CredentialChoice choice = chosen();
    QCOMPARE(choice.key.accessKeyId(), "LTAIfileKey0001");
    QCOMPARE(choice.key.secret(), Secret.toUtf8());
    QCOMPARE(choice.key.source(), CloudCredentials::Source::CredentialsFile);
    QCOMPARE(choice.key.origin(), "default");
}

void TestCredentialChain::credentialsFileRamRoleArn()
{
    write(".alibabacloud/credentials",
        "[default]\ntype = ram_role_arn\naccess_key_id = LTAIfileKey0001\naccess_key_secret = "
            + Secret.toUtf8()
            + "\nrole_arn = acs:ram::1234567890:role/file\nrole_session_name = file-session\n");
    const CredentialChoice choice = chosen();
    QCOMPARE(choice.key.mode(), CloudCredentials::Mode::RamRoleArn);
    QVERIFY(choice.role);
    QCOMPARE(choice.role->roleArn, "acs:ram::1234567890:role/file");
    QCOMPARE(choice.role->sessionName, "file-session");
    QCOMPARE(choice.role->durationSeconds, 3600);
    QCOMPARE(choice.role->stsHost, "sts.aliyuncs.com");
}

void TestCredentialChain::credentialsFileNamedByVariable()
{
    write("elsewhere/creds.ini",
        "[default]\ntype = access_key\naccess_key_id = LTAIelsewhere01\naccess_key_secret = x1\n");
    m_environment.insert("ALIBABA_CLOUD_CREDENTIALS_FILE", m_home->filePath("elsewhere/creds.ini"));
    QCOMPARE(chosen().key.accessKeyId(), "LTAIelsewhere01");
    m_environment.insert("ALIBABA_CLOUD_CREDENTIALS_FILE", m_home->filePath("missing.ini"));
    const Result<std::optional<CredentialChoice>> result = resolve();
    QVERIFY(!result);
    QVERIFY(result.error().message.contains("missing.ini"));
}

void TestCredentialChain::cliProfileBeforeCredentialsFile()
{
    write(".aliyun/config.json", cliConfig("default", akProfile("default", "LTAIcliKeyId0001")));
    write(".alibabacloud/credentials",
        "[default]\ntype = access_key\naccess_key_id = LTAIfileKey0001\naccess_key_secret = x\n");
    QCOMPARE(chosen().key.accessKeyId(), "LTAIcliKeyId0001");
}

void TestCredentialChain::profileMissingFromCliIsLookedForInFile()
{
    write(".aliyun/config.json", cliConfig("default", akProfile("default", "LTAIcliKeyId0001")));
    write(".alibabacloud/credentials",
        "[prod]\ntype = access_key\naccess_key_id = LTAIprodFile001\naccess_key_secret = x\n");
    m_environment.insert("ALIBABA_CLOUD_PROFILE", "prod");
    const CredentialChoice choice = chosen();
    QCOMPARE(choice.key.accessKeyId(), "LTAIprodFile001");
    QCOMPARE(choice.key.origin(), "prod");
}

void TestCredentialChain::namedProfileNowhereIsAnError()
{
    write(".aliyun/config.json", cliConfig("default", akProfile("default", "LTAIcliKeyId0001")));
    m_environment = CredentialChain::withProfileOption(m_environment, "typo");
    const Result<std::optional<CredentialChoice>> result = resolve();
    QVERIFY(!result);
    QCOMPARE(result.error().code, "no-such-profile");
    QVERIFY(result.error().message.contains("\"typo\""));
}

void TestCredentialChain::brokenFilesAreNamedWithoutSecrets_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("config.json: not JSON")
        << ".aliyun/config.json"
        << QByteArray("{\"current\": \"a\", \"profiles\": [{\"name\": \"a\", "
                      "\"access_key_secret\": \""
               + Secret.toUtf8() + "\"")
        << "not valid JSON";
    QTest::newRow("config.json: no secret")
        << ".aliyun/config.json"
        << cliConfig("a", "{\"name\": \"a\", \"mode\": \"AK\", \"access_key_id\": \"LTAIx0001\"}")
        << "access_key_secret";
    QTest::newRow("config.json: no token")
        << ".aliyun/config.json"
        << cliConfig("a",
               "{\"name\": \"a\", \"mode\": \"StsToken\", \"access_key_id\": \"x\", "
               "\"access_key_secret\": \""
                   + Secret + "\"}")
        << "sts_token";
    QTest::newRow("config.json: short role")
        << ".aliyun/config.json"
        << cliConfig("a",
               "{\"name\": \"a\", \"mode\": \"RamRoleArn\", \"access_key_id\": \"x\", "
               "\"access_key_secret\": \""
                   + Secret
                   + "\", \"ram_role_arn\": \"acs:ram::1:role/r\", \"expired_seconds\": 60}")
        << "900";
    QTest::newRow("credentials: bad line")
        << ".alibabacloud/credentials"
        << QByteArray("[default]\ntype = access_key\n" + Secret.toUtf8() + "\n") << "line 3";
    QTest::newRow("credentials: no type")
        << ".alibabacloud/credentials"
        << QByteArray("[default]\naccess_key_id = x\naccess_key_secret = " + Secret.toUtf8() + "\n")
        << "type";
    QTest::newRow("credentials: unknown type")
        << ".alibabacloud/credentials"
        << QByteArray("[default]\ntype = bearer\naccess_key_secret = " + Secret.toUtf8() + "\n")
        << "bearer";
    QTest::newRow("credentials: no role")
        << ".alibabacloud/credentials"
        << QByteArray("[default]\ntype = ram_role_arn\naccess_key_id = x\naccess_key_secret = "
               + Secret.toUtf8() + "\n")
        << "role_arn";
}

void TestCredentialChain::brokenFilesAreNamedWithoutSecrets()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    write(file, content);
    const Result<std::optional<CredentialChoice>> result = resolve();
    QVERIFY(!result);
    const QString text = result.error().message + result.error().details;
    QVERIFY2(text.contains(QDir::toNativeSeparators(m_home->filePath(file))), qPrintable(text));
    QVERIFY2(text.contains(expected), qPrintable(text));
    QVERIFY2(!text.contains(Secret), "the secret is in the error");
}

void TestCredentialChain::disabledCliProfileIsSkipped()
{
    write(".aliyun/config.json", "not json at all");
    write(".alibabacloud/credentials",
        "[default]\ntype = access_key\naccess_key_id = LTAIfileKey0001\naccess_key_secret = x\n");
    QVERIFY(!resolve());
    m_environment.insert("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "TRUE");
    QCOMPARE(chosen().key.accessKeyId(), "LTAIfileKey0001");
}

void TestCredentialChain::otherSourcesAreNamed()
{
    m_environment.insert("ALIBABA_CLOUD_ECS_METADATA", "my-ecs-role");
    Result<std::optional<CredentialChoice>> result = resolve();
    QVERIFY(!result);
    QVERIFY(result.error().message.contains("EcsRamRole"));
    // Files come before the ECS role, as in the reference.
    write(".alibabacloud/credentials",
        "[default]\ntype = access_key\naccess_key_id = LTAIfileKey0001\naccess_key_secret = x\n");
    QCOMPARE(chosen().key.accessKeyId(), "LTAIfileKey0001");

    init();
    m_environment.insert("ALIBABA_CLOUD_CREDENTIALS_URI", "http://127.0.0.1:1/creds");
    result = resolve();
    QVERIFY(!result);
    QVERIFY(result.error().message.contains("CredentialsURI"));

    // OIDC comes before the files.
    init();
    write(".alibabacloud/credentials",
        "[default]\ntype = access_key\naccess_key_id = LTAIfileKey0001\naccess_key_secret = x\n");
    m_environment.insert("ALIBABA_CLOUD_ROLE_ARN", "acs:ram::1:role/r");
    m_environment.insert("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", "acs:ram::1:oidc-provider/p");
    m_environment.insert("ALIBABA_CLOUD_OIDC_TOKEN_FILE", "/var/run/token");
    result = resolve();
    QVERIFY(!result);
    QVERIFY(result.error().message.contains("OIDC"));
}

void TestCredentialChain::filesAreNeverWritten()
{
    write(".aliyun/config.json", cliConfig("default", akProfile("default", "LTAIcliKeyId0001")));
    write(".alibabacloud/credentials",
        "[default]\ntype = access_key\naccess_key_id = LTAIfileKey0001\naccess_key_secret = x\n");
    const auto snapshot = [this] {
        QByteArray all;
        for (const char *name : {".aliyun/config.json", ".alibabacloud/credentials"}) {
            QFile file(m_home->filePath(name));
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
            all += QFileInfo(file).lastModified().toString(Qt::ISODateWithMs).toUtf8();
        }
        return all
            + QDir(m_home->path()).entryList(QDir::AllEntries | QDir::Hidden).join(',').toUtf8();
    };
    const QByteArray before = snapshot();
    QVERIFY(chosen().key.isComplete());
    m_environment = CredentialChain::withProfileOption(m_environment, "typo");
    QVERIFY(!resolve());
    QCOMPARE(snapshot(), before);
}

QTEST_GUILESS_MAIN(TestCredentialChain)
#include "tst_credentialchain.moc"
