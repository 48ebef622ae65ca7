// `check-data`: the company-data file reader on its own, and the real
// program's lines and exit status for good, doubtful and broken files.
#include "common/ProgramRun.h"
#include "onboarding/FieldKey.h"
#include "validation/CompanyDataFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QDate Today(2026, 11, 28);
}

class TestCheckData : public QObject
{
    Q_OBJECT
private slots:
    void verdictPerKey_data();
    void verdictPerKey();
    void refusesWhatIsNotAnObject_data();
    void refusesWhatIsNotAnObject();
    void overrideTurnsWarningIntoNote();
    void programExitStatus_data();
    void programExitStatus();
    void programNamesEachField();

private:
    QString write(const QByteArray &content);
    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestCheckData::write(const QByteArray &content)
{
    const QString path = m_dir.filePath(QStringLiteral("data-%1.json").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

void TestCheckData::verdictPerKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("level");
    QTest::newRow("good credit code")
        << FieldKey::CreditCode << "91110108551385082Q" << int(FieldVerdict::Ok);
    QTest::newRow("credit code check fails")
        << FieldKey::CreditCode << "914403001922038217" << int(FieldVerdict::Warning);
    QTest::newRow("credit code too short")
        << FieldKey::CreditCode << "9144" << int(FieldVerdict::Error);
    QTest::newRow("licence number")
        << FieldKey::LicenceNumber << "520000000005018" << int(FieldVerdict::Ok);
    QTest::newRow("bad licence number")
        << FieldKey::LicenceNumber << "110000000000000" << int(FieldVerdict::Error);
    QTest::newRow("resident ID") << FieldKey::LegalRepresentativeId << "11010519491231002X"
                                 << int(FieldVerdict::Ok);
    QTest::newRow("bad resident ID")
        << FieldKey::LegalRepresentativeId << "11010519491231002Y" << int(FieldVerdict::Error);
    QTest::newRow("mobile") << FieldKey::Mobile << "+86 138-0013-8000" << int(FieldVerdict::Ok);
    QTest::newRow("bad mobile") << FieldKey::Mobile << "12345" << int(FieldVerdict::Error);
    QTest::newRow("free-mail e-mail")
        << FieldKey::Email << "someone@qq.com" << int(FieldVerdict::Note);
    QTest::newRow("bank account") << FieldKey::BankAccount << "1234 5678 9012"
                                  << int(FieldVerdict::Ok);
    QTest::newRow("deposit with 3 decimals")
        << FieldKey::DepositAmount << "0.123" << int(FieldVerdict::Error);
    QTest::newRow("public VPC range")
        << FieldKey::VpcCidr << "8.8.0.0/16" << int(FieldVerdict::Error);
    QTest::newRow("empty optional") << FieldKey::CreditCode << "" << int(FieldVerdict::Ok);
    QTest::newRow("empty company name")
        << FieldKey::CompanyName << "  " << int(FieldVerdict::Error);
    QTest::newRow("unchecked key") << FieldKey::LoginName << "anything" << int(FieldVerdict::Ok);
}

void TestCheckData::verdictPerKey()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, level);
    QCOMPARE(int(CompanyDataFile::checkValue(key, value, Today).level), level);
}

void TestCheckData::refusesWhatIsNotAnObject_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("truncated") << QByteArray("{\"company.name\": \"A");
    QTest::newRow("too large") << QByteArray(CompanyDataFile::MaxBytes + 1, ' ');
}

void TestCheckData::refusesWhatIsNotAnObject()
{
    QFETCH(QByteArray, json);
    const Result<QList<CheckedField>> checked = CompanyDataFile::check(json, Today);
    QVERIFY(!checked);
    QVERIFY(!checked.error().message.isEmpty());
}

void TestCheckData::overrideTurnsWarningIntoNote()
{
    const QByteArray json = R"({"company.credit_code": "914403001922038217",
                                "company.credit_code_override": "Printed so on our licence",
                                "mystery": "x", "register.mobile": 13800138000})";
    const Result<QList<CheckedField>> checked = CompanyDataFile::check(json, Today);
    QVERIFY(checked);
    QCOMPARE(checked.value().size(), 4);
    QCOMPARE(checked.value().at(0).key, FieldKey::CreditCode);
    QCOMPARE(checked.value().at(0).verdict.level, FieldVerdict::Note);
    QVERIFY(checked.value().at(0).verdict.message.contains("Printed so on our licence"));
    QCOMPARE(checked.value().at(2).key, FieldKey::Mobile);
    QCOMPARE(checked.value().at(2).verdict.level, FieldVerdict::Error); // a number, not text
    QCOMPARE(checked.value().at(3).key, QStringLiteral("mystery"));
    QCOMPARE(checked.value().at(3).verdict.level, FieldVerdict::Warning);
    QVERIFY(CompanyDataFile::hasError(checked.value()));
}

void TestCheckData::programExitStatus_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("all good") << QByteArray(R"({"company.name": "示例科技有限公司",
        "company.credit_code": "91110108551385082Q", "register.mobile": "13800138000"})")
                              << 0;
    QTest::newRow("warning only") << QByteArray(R"({"company.credit_code": "914403001922038217"})")
                                  << 0;
    QTest::newRow("an error") << QByteArray(R"({"register.mobile": "12345"})") << 1;
    QTest::newRow("not JSON") << QByteArray("company.name = ACME") << 2;
}

void TestCheckData::programExitStatus()
{
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    const ProgramRun run = ProgramRun::start({QStringLiteral("check-data"), write(content)});
    QCOMPARE(run.exitCode, exitCode);
}

void TestCheckData::programNamesEachField()
{
    const ProgramRun run = ProgramRun::start({QStringLiteral("check-data"),
        write(R"({"register.mobile": "12345", "register.email": "ops@163.com"})")});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = QString::fromUtf8(run.out).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith("register.mobile: ERROR — "), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith("register.email: note — "), qPrintable(lines.at(1)));
    const ProgramRun missing
        = ProgramRun::start({QStringLiteral("check-data"), m_dir.filePath("absent.json")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("absent.json"));
}

QTEST_GUILESS_MAIN(TestCheckData)
#include "tst_checkdata.moc"
