// The Redactor removes secrets and personal numbers from log lines and the
// diagnostics report, and leaves ordinary text alone.
#include "diagnostics/Redactor.h"

#include <QtTest>

class TestRedactor : public QObject
{
    Q_OBJECT
private slots:
    void removesSecrets_data();
    void removesSecrets();
    void keepsOrdinaryText_data();
    void keepsOrdinaryText();
    void removesKnownSecretValues();
    void readsSecretsFromEnvironment();
    void secretsOnlyKeepsIdentifiers();
};

void TestRedactor::removesSecrets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("kept");

    QTest::newRow("query password") << "GET /x?user=a&password=hunter22&b=1"
                                    << "hunter22"
                                    << "&b=1";
    QTest::newRow("connection string") << "host=db port=5432 password=s3cr3t-pw dbname=x"
                                       << "s3cr3t-pw"
                                       << "dbname=x";
    QTest::newRow("url userinfo") << "postgresql://alice:Tr0ub4dor@db.example.com:5432/onboard"
                                  << "Tr0ub4dor"
                                  << "db.example.com:5432/onboard";
    QTest::newRow("url userinfo with @") << "postgresql://alice:p@ss@word@db.example.com/x"
                                         << "p@ss@word"
                                         << "db.example.com/x";
    QTest::newRow("signature in query")
        << "https://ecs.aliyuncs.com/?Action=DescribeRegions&Signature=AbC%2Fdef123%3D&Format=JSON"
        << "AbC%2Fdef123%3D"
        << "Format=JSON";
    QTest::newRow("authorization header")
        << "Authorization: ACS3-HMAC-SHA256 Credential=LTAI5tExample,SignedHeaders=host,"
           "Signature=0123456789abcdef"
        << "0123456789abcdef"
        << "Authorization:";
    QTest::newRow("access key secret env")
        << "ALIBABA_CLOUD_ACCESS_KEY_SECRET=wJalrXUtnFEMI/K7MDENG"
        << "wJalrXUtnFEMI/K7MDENG"
        << "ALIBABA_CLOUD_ACCESS_KEY_SECRET=";
    QTest::newRow("access key secret json")
        << R"({"AccessKeyId":"LTAI","AccessKeySecret":"zzTopSecret9"})"
        << "zzTopSecret9"
        << "AccessKeyId";
    QTest::newRow("resident id") << "checked 11010519491231002X for the legal representative"
                                 << "11010519491231002X"
                                 << "legal representative";
    QTest::newRow("bank account") << "account 0200001234567890123 verified"
                                  << "0200001234567890123"
                                  << "verified";
    QTest::newRow("mobile in groups") << "mobile +86 138 0013 8000 saved"
                                      << "138 0013 8000"
                                      << "saved";
    QTest::newRow("e-mail") << "mail to cloud-admin@example.com.cn sent"
                            << "cloud-admin@example.com.cn"
                            << "sent";
    QTest::newRow("AccessKey ID")
        << "gateway saw Credential=LTAI5tAbCdEfGhIjKlMn,SignedHeaders=host"
        << "LTAI5tAbCdEfGhIjKlMn"
        << "SignedHeaders=host";
    QTest::newRow("STS AccessKey ID") << "key STS.NUgYrLnoC37mZZCNnAbez2E3 expired"
                                      << "STS.NUgYrLnoC37mZZCNnAbez2E3"
                                      << "expired";
}

void TestRedactor::removesSecrets()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    QFETCH(QString, kept);
    const QString redacted = Redactor().redact(text);
    QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    QVERIFY2(redacted.contains(kept), qPrintable(redacted));
}

void TestRedactor::keepsOrdinaryText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("log line") << "2026-03-16T09:30:00.123+08:00 info fincloud.startup: "
                                 "fincloud-onboard 0.1.0 with Qt 6.4.2";
    QTest::newRow("schema") << "Opened the SQLite database, schema version 4";
    QTest::newRow("url without password") << "https://ecs.cn-shanghai-finance-1.aliyuncs.com:443/";
    QTest::newRow("secret mentioned") << "the secret is never printed";
    QTest::newRow("process") << "Took over the lock left by process 123456 which no longer runs";
}

void TestRedactor::keepsOrdinaryText()
{
    QFETCH(QString, text);
    QCOMPARE(Redactor().redact(text), text);
}

void TestRedactor::removesKnownSecretValues()
{
    Redactor redactor({QStringLiteral("short"), QStringLiteral("plainSecretValue")});
    const QString redacted = redactor.redact(QStringLiteral("reply mentioned plainSecretValue"));
    QCOMPARE(redacted, QStringLiteral("reply mentioned ") + Redactor::Mask);
    // Too short to be told from ordinary words: left alone.
    QCOMPARE(redactor.redact(QStringLiteral("a short word")), QStringLiteral("a short word"));
}

void TestRedactor::readsSecretsFromEnvironment()
{
    QProcessEnvironment environment;
    environment.insert(
        QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("kS3cr3tVal"));
    environment.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("pgPassw0rd"));
    environment.insert(QStringLiteral("HOME"), QStringLiteral("/home/someone"));
    const Redactor redactor = Redactor::fromEnvironment(environment);
    const QString redacted
        = redactor.redact(QStringLiteral("echo kS3cr3tVal pgPassw0rd /home/someone"));
    QVERIFY(!redacted.contains(QStringLiteral("kS3cr3tVal")));
    QVERIFY(!redacted.contains(QStringLiteral("pgPassw0rd")));
    QVERIFY(redacted.contains(QStringLiteral("/home/someone")));
}

void TestRedactor::secretsOnlyKeepsIdentifiers()
{
    const Redactor redactor({QStringLiteral("LTAI5tTestKeyId0001")});
    // A request id with a long digit run is not a personal number.
    const QString requestId = QStringLiteral("12345678-1234-4DC5-B3DB-A3DC0DE3C83E");
    QCOMPARE(redactor.redact(requestId, Redactor::Scope::SecretsOnly), requestId);
    QVERIFY(redactor.redact(requestId) != requestId);
    // Secrets still go.
    QCOMPARE(
        redactor.redact(QStringLiteral("id LTAI5tTestKeyId0001"), Redactor::Scope::SecretsOnly),
        QStringLiteral("id ") + Redactor::Mask);
    QCOMPARE(redactor.redact(QStringLiteral("x?Signature=abc123"), Redactor::Scope::SecretsOnly),
        QStringLiteral("x?Signature=") + Redactor::Mask);
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
