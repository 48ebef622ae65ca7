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
    void controlCharacterIsNamed();
    void unruledValueIsStoredTrimmed();
    void programExitStatus_data();
    void programExitStatus();
    void programNamesEachField();
    void programRefusesControlCharacters_data();
    void programRefusesControlCharacters();

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
    // Issue 17: one rule for every key — no control character inside a value.
    QTest::newRow("NUL in an unchecked key")
        << FieldKey::BankName << QStringLiteral("Bank%1of China").arg(QChar(0))
        << int(FieldVerdict::Error);
    QTest::newRow("NUL alone") << FieldKey::LoginName << QString(QChar(0))
                               << int(FieldVerdict::Error);
    QTest::newRow("ESC in a login name")
        << FieldKey::LoginName << QStringLiteral("admin\x1b[2J") << int(FieldVerdict::Error);
    QTest::newRow("tab inside a bank name")
        << FieldKey::BankName << QStringLiteral("Bank\tof China") << int(FieldVerdict::Error);
    QTest::newRow("line break inside an override reason")
        << FieldKey::CreditCodeOverride << QStringLiteral("Printed\nso")
        << int(FieldVerdict::Error);
    QTest::newRow("DEL in an e-mail")
        << FieldKey::Email << QStringLiteral("ops\x7f@example.com.cn") << int(FieldVerdict::Error);
    QTest::newRow("C1 CSI in a credit code")
        << FieldKey::CreditCode << QStringLiteral("91110108551385082Q\u009b")
        << int(FieldVerdict::Error);
    QTest::newRow("ESC at the end of an empty-looking value")
        << FieldKey::TaxpayerId << QStringLiteral(" \x1b") << int(FieldVerdict::Error);
    // A copied spreadsheet cell ends in a line break: around a value it is
    // whitespace the field's rule drops, not a character inside it.
    QTest::newRow("line break around a credit code")
        << FieldKey::CreditCode << QStringLiteral("91110108551385082Q\r\n")
        << int(FieldVerdict::Ok);
    QTest::newRow("tab around a bank name")
        << FieldKey::BankName << QStringLiteral("\tBank of China\n") << int(FieldVerdict::Ok);
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

void TestCheckData::controlCharacterIsNamed()
{
    const FieldVerdict verdict = CompanyDataFile::checkValue(
        FieldKey::BankName, QStringLiteral("Bank%1of China").arg(QChar(0)), Today);
    QCOMPARE(verdict.level, FieldVerdict::Error);
    QVERIFY2(verdict.message.contains("control character (U+0000) at position 5"),
        qPrintable(verdict.message));
}

void TestCheckData::unruledValueIsStoredTrimmed()
{
    const FieldVerdict verdict = CompanyDataFile::checkValue(
        FieldKey::BankName, QStringLiteral("\tBank of China\n"), Today);
    QCOMPARE(verdict.level, FieldVerdict::Ok);
    QCOMPARE(verdict.normalized, QStringLiteral("Bank of China"));
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

void TestCheckData::programRefusesControlCharacters_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("line");
    // As JSON writes them: \u0000 and \u001b.
    QTest::newRow("NUL") << QByteArray(R"({"company.name": "Example Fintech Ltd",
        "real_name.bank_name": "Bank\u0000of China"})")
                         << "real_name.bank_name: ERROR — The value contains a control character "
                            "(U+0000) at position 5";
    QTest::newRow("ESC") << QByteArray(R"({"company.name": "Example Fintech Ltd",
        "register.login_name": "admin\u001b[2J"})")
                         << "register.login_name: ERROR — The value contains a control character "
                            "(U+001B) at position 6";
}

void TestCheckData::programRefusesControlCharacters()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, line);
    const ProgramRun run = ProgramRun::start({QStringLiteral("check-data"), write(content)});
    QCOMPARE(run.exitCode, 1);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(line), qPrintable(out));
    QVERIFY2(out.contains("company.name: ok"), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestCheckData)
#include "tst_checkdata.moc"
