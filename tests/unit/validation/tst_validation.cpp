// Data-driven tests of app/validation: every vector from the guide's facts,
// plus the input people (and fuzzers) really produce: full-width characters,
// look-alike letters and digits, NUL, stray spaces and a megabyte of text.
#include "validation/BankAccount.h"
#include "validation/BusinessLicenceNumber.h"
#include "validation/CompanyName.h"
#include "validation/DepositAmount.h"
#include "validation/EmailAddress.h"
#include "validation/Ipv4Cidr.h"
#include "validation/MobileNumber.h"
#include "validation/ResidentId.h"
#include "validation/SocialCreditCode.h"
#include "validation/VpcPlan.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <functional>

using Level = FieldVerdict::Level;
using Check = std::function<FieldVerdict(const QString &)>;

namespace {

const QString Megabyte = QString(1 << 20, QLatin1Char('9'));
const QString MegabyteOfSpaces = QString(1 << 20, QLatin1Char(' '));
const QDate Today(2026, 1, 1);

QString levelName(Level level)
{
    switch (level) {
    case FieldVerdict::Ok:
        return QStringLiteral("Ok");
    case FieldVerdict::Note:
        return QStringLiteral("Note");
    case FieldVerdict::Warning:
        return QStringLiteral("Warning");
    case FieldVerdict::Error:
        return QStringLiteral("Error");
    }
    return QStringLiteral("invalid level %1").arg(int(level));
}

QString withNul(const QString &text, qsizetype at)
{
    QString copy = text;
    copy.insert(at, QChar(u'\0'));
    return copy;
}

// Replaces the character at `at` (a look-alike, a foreign digit...).
QString replaced(const QString &text, qsizetype at, const QString &with)
{
    QString copy = text;
    copy.replace(at, 1, with);
    return copy;
}

void addVerdictColumns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("messagePart"); // must occur in the message; empty: not checked
}

void addRow(const char *name, const QString &input, Level level, const QString &normalized = {},
    const QString &messagePart = {})
{
    QTest::newRow(name) << input << level << normalized << messagePart;
}

// Compares one verdict with the row's columns; an accepted value must check
// again to the same verdict (storing `normalized` must not change anything).
void verifyRow(const Check &check)
{
    QFETCH(QString, input);
    QFETCH(Level, level);
    QFETCH(QString, normalized);
    QFETCH(QString, messagePart);

    const FieldVerdict verdict = check(input);
    QCOMPARE(levelName(verdict.level), levelName(level));
    QCOMPARE(verdict.normalized, normalized);
    if (level != FieldVerdict::Ok)
        QVERIFY2(!verdict.message.isEmpty(), "a finding needs a message");
    if (!messagePart.isEmpty())
        QVERIFY2(verdict.message.contains(messagePart), qPrintable(verdict.message));
    if (verdict.blocks())
        return;
    const FieldVerdict again = check(verdict.normalized);
    QCOMPARE(levelName(again.level), levelName(verdict.level));
    QCOMPARE(again.normalized, verdict.normalized);
}

} // namespace

class tst_Validation : public QObject
{
    Q_OBJECT

private slots:
    void creditCode_data();
    void creditCode() { verifyRow(SocialCreditCode::check); }
    void licenceNumber_data();
    void licenceNumber() { verifyRow(BusinessLicenceNumber::check); }
    void residentId_data();
    void residentId();
    void mobile_data();
    void mobile() { verifyRow(MobileNumber::check); }
    void email_data();
    void email();
    void bankAccount_data();
    void bankAccount() { verifyRow(BankAccount::check); }
    void depositAmount_data();
    void depositAmount();
    void companyName_data();
    void companyName() { verifyRow(CompanyName::check); }

    void checkCharactersRejectBadInput();

    void cidrParse_data();
    void cidrParse();
    void cidrContainsAndOverlaps_data();
    void cidrContainsAndOverlaps();
    void vpcCidr_data();
    void vpcCidr() { verifyRow(VpcPlan::checkVpcCidr); }
    void vSwitchCidr_data();
    void vSwitchCidr();
    void usableAddresses_data();
    void usableAddresses();
    void plan_data();
    void plan();
    void proposedPlanPassesItsOwnCheck_data();
    void proposedPlanPassesItsOwnCheck();

    void megabyteIsRejectedQuickly_data();
    void megabyteIsRejectedQuickly();
};

void tst_Validation::creditCode_data()
{
    addVerdictColumns();
    const QString valid = QStringLiteral("91110108551385082Q");
    addRow("facts valid 1", QStringLiteral("914403001922038216"), FieldVerdict::Ok,
        QStringLiteral("914403001922038216"));
    addRow("facts valid 2", QStringLiteral("9144030071526726XG"), FieldVerdict::Ok,
        QStringLiteral("9144030071526726XG"));
    addRow("facts valid 3", QStringLiteral("91520000214434146R"), FieldVerdict::Ok,
        QStringLiteral("91520000214434146R"));
    addRow("facts valid 4", valid, FieldVerdict::Ok, valid);
    addRow("facts valid 5", QStringLiteral("91110000600037341L"), FieldVerdict::Ok,
        QStringLiteral("91110000600037341L"));
    addRow("facts invalid check digit", QStringLiteral("914403001922038217"), FieldVerdict::Warning,
        QStringLiteral("914403001922038217"), QStringLiteral("should be '6', not '7'"));
    addRow("facts invalid check letter", QStringLiteral("9144030071526726XH"),
        FieldVerdict::Warning, QStringLiteral("9144030071526726XH"),
        QStringLiteral("should be 'G', not 'H'"));
    addRow("facts issued code failing the check", QStringLiteral("91350211M0000XUF46"),
        FieldVerdict::Warning, QStringLiteral("91350211M0000XUF46"), QStringLiteral("genuine"));
    addRow("lower case", QStringLiteral("9144030071526726xg"), FieldVerdict::Ok,
        QStringLiteral("9144030071526726XG"));
    addRow(
        "spaces and tab around", QStringLiteral("  91110108551385082Q\t"), FieldVerdict::Ok, valid);
    addRow("ideographic spaces around", QStringLiteral("\u300091110108551385082Q\u3000"),
        FieldVerdict::Ok, valid);
    addRow("full-width", QStringLiteral("９１１１０１０８５５１３８５０８２Ｑ"), FieldVerdict::Ok,
        valid);
    addRow("full-width lower case", QStringLiteral("９１１１０１０８５５１３８５０８２ｑ"),
        FieldVerdict::Ok, valid);
    addRow("empty", QString(), FieldVerdict::Error, {}, QStringLiteral("Enter"));
    addRow("whitespace only", QStringLiteral(" \t "), FieldVerdict::Error, {},
        QStringLiteral("Enter"));
    addRow("17 characters", valid.chopped(1), FieldVerdict::Error, {}, QStringLiteral("has 17"));
    addRow("19 characters", valid + QLatin1Char('0'), FieldVerdict::Error, {},
        QStringLiteral("has 19"));
    addRow("space inside", replaced(valid, 8, QStringLiteral(" ")), FieldVerdict::Error, {},
        QStringLiteral("position 9"));
    addRow("letter I is never used", replaced(valid, 17, QStringLiteral("I")), FieldVerdict::Error,
        {}, QStringLiteral("'I' at position 18"));
    addRow("letter O is never used", replaced(valid, 17, QStringLiteral("O")), FieldVerdict::Error,
        {}, QStringLiteral("'O' at position 18"));
    addRow("Cyrillic O look-alike", replaced(valid, 17, QStringLiteral("\u041E")),
        FieldVerdict::Error, {}, QStringLiteral("U+041E"));
    addRow("Cyrillic A look-alike",
        replaced(QStringLiteral("91520000214434146R"), 0, QStringLiteral("\u0410")),
        FieldVerdict::Error, {}, QStringLiteral("U+0410"));
    addRow("dotless i is not upper-cased to I", replaced(valid, 17, QStringLiteral("\u0131")),
        FieldVerdict::Error, {}, QStringLiteral("U+0131"));
    addRow("Arabic-Indic digit", replaced(valid, 0, QStringLiteral("\u0669")), FieldVerdict::Error,
        {}, QStringLiteral("U+0669"));
    addRow("emoji (surrogate pair)", replaced(valid, 0, QStringLiteral("\U0001F600")).chopped(1),
        FieldVerdict::Error, {}, QStringLiteral("U+1F600"));
    addRow("NUL inside", withNul(valid.chopped(1), 3), FieldVerdict::Error, {},
        QStringLiteral("U+0000"));
    addRow("megabyte", Megabyte, FieldVerdict::Error, {}, QStringLiteral("1048576"));
}

void tst_Validation::licenceNumber_data()
{
    addVerdictColumns();
    const QString valid = QStringLiteral("520000000005018");
    addRow("facts valid", valid, FieldVerdict::Ok, valid);
    addRow("facts invalid", QStringLiteral("110000000000000"), FieldVerdict::Error, {},
        QStringLiteral("should be '9', not '0'"));
    addRow("last digit off by one", QStringLiteral("520000000005019"), FieldVerdict::Error, {},
        QStringLiteral("should be '8', not '9'"));
    addRow("spaces around", QStringLiteral(" 520000000005018 "), FieldVerdict::Ok, valid);
    addRow("full-width", QStringLiteral("５２０００００００００５０１８"), FieldVerdict::Ok, valid);
    addRow("14 digits", valid.chopped(1), FieldVerdict::Error, {}, QStringLiteral("has 14"));
    addRow("credit code instead", QStringLiteral("91110108551385082Q"), FieldVerdict::Error, {},
        QStringLiteral("has 18"));
    addRow("letter", replaced(valid, 2, QStringLiteral("A")), FieldVerdict::Error, {},
        QStringLiteral("'A' at position 3"));
    addRow("Arabic-Indic digit", replaced(valid, 0, QStringLiteral("\u0665")), FieldVerdict::Error,
        {}, QStringLiteral("U+0665"));
    addRow("empty", QString(), FieldVerdict::Error, {}, QStringLiteral("Enter"));
    addRow("NUL", withNul(valid.chopped(1), 0), FieldVerdict::Error, {}, QStringLiteral("U+0000"));
    addRow("megabyte", Megabyte, FieldVerdict::Error, {}, QStringLiteral("1048576"));
}

void tst_Validation::residentId_data()
{
    addVerdictColumns();
    QTest::addColumn<QDate>("today");
    const auto row
        = [](const char *name, const QString &input, Level level, const QString &normalized = {},
              const QString &messagePart = {}, QDate today = Today) {
              QTest::newRow(name) << input << level << normalized << messagePart << today;
          };
    const QString valid = QStringLiteral("110102199101010078");
    row("facts valid X", QStringLiteral("11010519491231002X"), FieldVerdict::Ok,
        QStringLiteral("11010519491231002X"));
    row("facts valid digit", valid, FieldVerdict::Ok, valid);
    row("lower-case x", QStringLiteral("11010519491231002x"), FieldVerdict::Ok,
        QStringLiteral("11010519491231002X"));
    row("full-width lower-case x", QStringLiteral("１１０１０５１９４９１２３１００２ｘ"),
        FieldVerdict::Ok, QStringLiteral("11010519491231002X"));
    row("facts invalid Y", QStringLiteral("11010519491231002Y"), FieldVerdict::Error, {},
        QStringLiteral("digit or X, not 'Y'"));
    row("facts invalid check", QStringLiteral("36042619910102009X"), FieldVerdict::Error, {},
        QStringLiteral("should be '3', not 'X'"));
    row("born 1900-01-01", QStringLiteral("11010519000101001X"), FieldVerdict::Ok,
        QStringLiteral("11010519000101001X"));
    row("born 1899", QStringLiteral("110105189912310015"), FieldVerdict::Error, {},
        QStringLiteral("1899-12-31, is before 1900"));
    row("born on 30 February", QStringLiteral("110105199102300017"), FieldVerdict::Error, {},
        QStringLiteral("1991-02-30, is not a real date"));
    row("born in 2099", QStringLiteral("110105209912310010"), FieldVerdict::Error, {},
        QStringLiteral("in the future"));
    row("born today", QStringLiteral("110105202601010019"), FieldVerdict::Ok,
        QStringLiteral("110105202601010019"));
    row("born tomorrow", QStringLiteral("110105202601010019"), FieldVerdict::Error, {},
        QStringLiteral("2026-01-01, is in the future"), QDate(2025, 12, 31));
    row("no clock: future not checked", QStringLiteral("110105209912310010"), FieldVerdict::Ok,
        QStringLiteral("110105209912310010"), {}, QDate());
    row("old 15-digit card", QStringLiteral("110105491231002"), FieldVerdict::Error, {},
        QStringLiteral("has 15"));
    row("X in the middle", replaced(valid, 5, QStringLiteral("X")), FieldVerdict::Error, {},
        QStringLiteral("'X' at position 6 must be a digit"));
    row("Arabic-Indic digit", replaced(valid, 0, QStringLiteral("\u0661")), FieldVerdict::Error, {},
        QStringLiteral("U+0661"));
    row("Cyrillic Kha for X", QStringLiteral("11010519491231002\u0425"), FieldVerdict::Error, {},
        QStringLiteral("U+0425"));
    row("NUL", withNul(valid.chopped(1), 17), FieldVerdict::Error, {}, QStringLiteral("U+0000"));
    row("empty", QString(), FieldVerdict::Error, {}, QStringLiteral("Enter"));
    row("megabyte", Megabyte, FieldVerdict::Error, {}, QStringLiteral("1048576"));
}

void tst_Validation::residentId()
{
    QFETCH(QDate, today);
    verifyRow([today](const QString &input) { return ResidentId::check(input, today); });
}

void tst_Validation::mobile_data()
{
    addVerdictColumns();
    const QString e164 = QStringLiteral("+8613800138000");
    addRow("plain", QStringLiteral("13800138000"), FieldVerdict::Ok, e164);
    addRow("E.164", e164, FieldVerdict::Ok, e164);
    addRow("+86 grouped", QStringLiteral("+86 138 0013 8000"), FieldVerdict::Ok, e164);
    addRow("0086 with dashes", QStringLiteral("0086-138-0013-8000"), FieldVerdict::Ok, e164);
    addRow("86 without plus", QStringLiteral("86 13800138000"), FieldVerdict::Ok, e164);
    addRow("brackets and dots", QStringLiteral("(+86) 138.0013.8000"), FieldVerdict::Ok, e164);
    addRow("square brackets", QStringLiteral("[138] 0013 8000"), FieldVerdict::Ok, e164);
    addRow("full-width", QStringLiteral("＋８６　１３８００１３８０００"), FieldVerdict::Ok, e164);
    addRow("199 prefix", QStringLiteral("19912345678"), FieldVerdict::Ok,
        QStringLiteral("+8619912345678"));
    addRow("other country", QStringLiteral("+1 415 555 2671"), FieldVerdict::Error, {},
        QStringLiteral("+86"));
    addRow("other country 00", QStringLiteral("0044 20 7946 0958"), FieldVerdict::Error, {},
        QStringLiteral("+86"));
    addRow("starts with 12", QStringLiteral("12800138000"), FieldVerdict::Error, {},
        QStringLiteral("13 to 19, not 12"));
    addRow("landline", QStringLiteral("01088888888"), FieldVerdict::Error, {},
        QStringLiteral("starts with 1, not 0"));
    addRow("10 digits", QStringLiteral("1380013800"), FieldVerdict::Error, {},
        QStringLiteral("has 10"));
    addRow("12 digits", QStringLiteral("138001380001"), FieldVerdict::Error, {},
        QStringLiteral("has 12"));
    addRow("86 before a short number is not a country code", QStringLiteral("861380013800"),
        FieldVerdict::Error, {}, QStringLiteral("has 12"));
    addRow("two country codes", QStringLiteral("+86+8613800138000"), FieldVerdict::Error, {},
        QStringLiteral("(+86)"));
    addRow("letter O for zero", QStringLiteral("138OO138OOO"), FieldVerdict::Error, {},
        QStringLiteral("'O'"));
    addRow("Arabic-Indic digits",
        QStringLiteral("\u0661\u0663\u0668\u0660\u0660\u0661\u0663"
                       "\u0668\u0660\u0660\u0660"),
        FieldVerdict::Error, {}, QStringLiteral("U+0661"));
    addRow("NUL", withNul(QStringLiteral("13800138000"), 5), FieldVerdict::Error, {},
        QStringLiteral("U+0000"));
    addRow("empty", QString(), FieldVerdict::Error, {}, QStringLiteral("Enter"));
    addRow("separators only", QStringLiteral(" - ( ) . "), FieldVerdict::Error, {},
        QStringLiteral("Enter"));
    addRow("megabyte", Megabyte, FieldVerdict::Error, {}, QStringLiteral("1048576"));
}

void tst_Validation::email_data()
{
    addVerdictColumns();
    QTest::addColumn<bool>("required");
    const auto row
        = [](const char *name, const QString &input, Level level, const QString &normalized = {},
              const QString &messagePart = {}, bool required = true) {
              QTest::newRow(name) << input << level << normalized << messagePart << required;
          };
    const QString local64(64, QLatin1Char('a'));
    const QString label63(63, QLatin1Char('b'));
    row("company", QStringLiteral("ops@example.com"), FieldVerdict::Ok,
        QStringLiteral("ops@example.com"));
    row("domain lower-cased, local kept", QStringLiteral(" Ops.Team@Example.COM "),
        FieldVerdict::Ok, QStringLiteral("Ops.Team@example.com"));
    row("plus and hyphen", QStringLiteral("it+cloud@fin-corp.com.cn"), FieldVerdict::Ok,
        QStringLiteral("it+cloud@fin-corp.com.cn"));
    row("qq.com", QStringLiteral("12345@qq.com"), FieldVerdict::Note,
        QStringLiteral("12345@qq.com"), QStringLiteral("company address"));
    row("163.com upper case", QStringLiteral("li@163.COM"), FieldVerdict::Note,
        QStringLiteral("li@163.com"), QStringLiteral("163.com"));
    row("aliyun.com personal mail", QStringLiteral("me@aliyun.com"), FieldVerdict::Note,
        QStringLiteral("me@aliyun.com"));
    row("gmail.com", QStringLiteral("me@gmail.com"), FieldVerdict::Note,
        QStringLiteral("me@gmail.com"));
    row("sina.cn", QStringLiteral("me@sina.cn"), FieldVerdict::Note, QStringLiteral("me@sina.cn"));
    row("a company on a look-alike domain is not free mail", QStringLiteral("me@qq.com.example.cn"),
        FieldVerdict::Ok, QStringLiteral("me@qq.com.example.cn"));
    row("empty, optional", QString(), FieldVerdict::Ok, QString(), {}, false);
    row("spaces, optional", QStringLiteral("   "), FieldVerdict::Ok, QString(), {}, false);
    row("empty, required", QString(), FieldVerdict::Error, {}, QStringLiteral("Enter"));
    row("invalid even when optional", QStringLiteral("nobody"), FieldVerdict::Error, {},
        QStringLiteral("has 0"), false);
    row("two @", QStringLiteral("a@@b.com"), FieldVerdict::Error, {}, QStringLiteral("has 2"));
    row("nothing before @", QStringLiteral("@b.com"), FieldVerdict::Error, {},
        QStringLiteral("nothing before"));
    row("nothing after @", QStringLiteral("a@"), FieldVerdict::Error, {},
        QStringLiteral("nothing after"));
    row("no dot in domain", QStringLiteral("a@localhost"), FieldVerdict::Error, {},
        QStringLiteral("needs a dot"));
    row("local part of 64", local64 + QStringLiteral("@example.com"), FieldVerdict::Ok,
        local64 + QStringLiteral("@example.com"));
    row("local part of 65", local64 + QStringLiteral("a@example.com"), FieldVerdict::Error, {},
        QStringLiteral("has 65"));
    row("254 in all",
        local64 + QLatin1Char('@') + label63 + QLatin1Char('.') + label63 + QLatin1Char('.')
            + QString(58, QLatin1Char('c')) + QStringLiteral(".cn"),
        FieldVerdict::Ok,
        local64 + QLatin1Char('@') + label63 + QLatin1Char('.') + label63 + QLatin1Char('.')
            + QString(58, QLatin1Char('c')) + QStringLiteral(".cn"));
    row("255 in all",
        local64 + QLatin1Char('@') + label63 + QLatin1Char('.') + label63 + QLatin1Char('.')
            + QString(59, QLatin1Char('c')) + QStringLiteral(".cn"),
        FieldVerdict::Error, {}, QStringLiteral("has 255"));
    row("label of 64", QStringLiteral("a@") + label63 + QStringLiteral("b.com"),
        FieldVerdict::Error, {}, QStringLiteral("one has 64"));
    row("space inside", QStringLiteral("a b@example.com"), FieldVerdict::Error, {},
        QStringLiteral("U+0020"));
    row("two dots", QStringLiteral("a..b@example.com"), FieldVerdict::Error, {},
        QStringLiteral("two dots"));
    row("leading dot", QStringLiteral(".a@example.com"), FieldVerdict::Error, {},
        QStringLiteral("start or end with a dot"));
    row("hyphen at label start", QStringLiteral("a@-example.com"), FieldVerdict::Error, {},
        QStringLiteral("hyphen"));
    row("underscore in domain", QStringLiteral("a@ex_ample.com"), FieldVerdict::Error, {},
        QStringLiteral("'_'"));
    row("empty label", QStringLiteral("a@example..com"), FieldVerdict::Error, {},
        QStringLiteral("empty name"));
    row("trailing dot", QStringLiteral("a@example.com."), FieldVerdict::Error, {},
        QStringLiteral("empty name"));
    row("numeric top-level domain", QStringLiteral("a@10.0.0.1"), FieldVerdict::Error, {},
        QStringLiteral("not a number"));
    row("full-width", QStringLiteral("ａ＠ｅｘａｍｐｌｅ．ｃｏｍ"), FieldVerdict::Ok,
        QStringLiteral("a@example.com"));
    row("Cyrillic a in domain", QStringLiteral("a@ex\u0430mple.com"), FieldVerdict::Error, {},
        QStringLiteral("U+0430"));
    row("Chinese domain", QStringLiteral("a@公司.中国"), FieldVerdict::Error, {},
        QStringLiteral("U+516C"));
    row("NUL", withNul(QStringLiteral("ops@example.com"), 2), FieldVerdict::Error, {},
        QStringLiteral("U+0000"));
    row("megabyte", Megabyte, FieldVerdict::Error, {}, QStringLiteral("1048576"));
}

void tst_Validation::email()
{
    QFETCH(bool, required);
    verifyRow([required](const QString &input) { return EmailAddress::check(input, required); });
}

void tst_Validation::bankAccount_data()
{
    addVerdictColumns();
    const QString thirty = QStringLiteral("123456789012345678901234567890");
    addRow("grouped by spaces", QStringLiteral("6222 0202 0000 1234 567"), FieldVerdict::Ok,
        QStringLiteral("6222020200001234567"));
    addRow("fails Luhn, still fine", QStringLiteral("1234567890123456"), FieldVerdict::Ok,
        QStringLiteral("1234567890123456"));
    addRow(
        "10 digits", QStringLiteral("1234567890"), FieldVerdict::Ok, QStringLiteral("1234567890"));
    addRow("30 digits", thirty, FieldVerdict::Ok, thirty);
    addRow(
        "9 digits", QStringLiteral("123456789"), FieldVerdict::Error, {}, QStringLiteral("has 9"));
    addRow(
        "31 digits", thirty + QLatin1Char('1'), FieldVerdict::Error, {}, QStringLiteral("has 31"));
    addRow("full-width digits", QStringLiteral("１２３４５６７８９０　１２"), FieldVerdict::Ok,
        QStringLiteral("123456789012"));
    addRow("dash", QStringLiteral("12345-67890"), FieldVerdict::Error, {}, QStringLiteral("'-'"));
    addRow(
        "letter", QStringLiteral("12345678901A"), FieldVerdict::Error, {}, QStringLiteral("'A'"));
    addRow("Arabic-Indic digits",
        QStringLiteral("\u0661\u0662\u0663\u0664\u0665\u0666\u0667"
                       "\u0668\u0669\u0660"),
        FieldVerdict::Error, {}, QStringLiteral("U+0661"));
    addRow("NUL", withNul(QStringLiteral("1234567890"), 4), FieldVerdict::Error, {},
        QStringLiteral("U+0000"));
    addRow("empty", QString(), FieldVerdict::Error, {}, QStringLiteral("Enter"));
    addRow("spaces only", QStringLiteral("    "), FieldVerdict::Error, {}, QStringLiteral("Enter"));
    addRow("megabyte", Megabyte, FieldVerdict::Error, {}, QStringLiteral("1048576"));
}

void tst_Validation::depositAmount_data()
{
    addVerdictColumns();
    QTest::addColumn<qint64>("fen"); // -1: depositFen() gives nothing
    const auto row = [](const char *name, const QString &input, Level level,
                         const QString &normalized, qint64 fen, const QString &messagePart = {}) {
        QTest::newRow(name) << input << level << normalized << messagePart << fen;
    };
    row("0.35", QStringLiteral("0.35"), FieldVerdict::Ok, QStringLiteral("0.35"), 35);
    row("1", QStringLiteral("1"), FieldVerdict::Ok, QStringLiteral("1.00"), 100);
    row("1.2", QStringLiteral("1.2"), FieldVerdict::Ok, QStringLiteral("1.20"), 120);
    row("yuan sign", QStringLiteral("¥0.35"), FieldVerdict::Ok, QStringLiteral("0.35"), 35);
    row("full-width yuan sign and space", QStringLiteral("￥ 1.05"), FieldVerdict::Ok,
        QStringLiteral("1.05"), 105);
    row("spaces around", QStringLiteral("  0.35 "), FieldVerdict::Ok, QStringLiteral("0.35"), 35);
    row("one fen", QStringLiteral("0.01"), FieldVerdict::Ok, QStringLiteral("0.01"), 1);
    row("full-width digits", QStringLiteral("０．３５"), FieldVerdict::Ok, QStringLiteral("0.35"),
        35);
    row("leading zeros", QStringLiteral("00.35"), FieldVerdict::Ok, QStringLiteral("0.35"), 35);
    row("largest", QStringLiteral("999999999.99"), FieldVerdict::Ok, QStringLiteral("999999999.99"),
        99'999'999'999);
    row("too large", QStringLiteral("1000000000"), FieldVerdict::Error, {}, -1,
        QStringLiteral("too large"));
    row("more digits than qint64", QStringLiteral("99999999999999999999999"), FieldVerdict::Error,
        {}, -1, QStringLiteral("too large"));
    row("zero", QStringLiteral("0"), FieldVerdict::Error, {}, -1, QStringLiteral("more than zero"));
    row("zero with decimals", QStringLiteral("0.00"), FieldVerdict::Error, {}, -1,
        QStringLiteral("more than zero"));
    row("negative", QStringLiteral("-1"), FieldVerdict::Error, {}, -1,
        QStringLiteral("more than zero"));
    row("three decimals", QStringLiteral("1.234"), FieldVerdict::Error, {}, -1,
        QStringLiteral("two decimals"));
    row("letters", QStringLiteral("abc"), FieldVerdict::Error, {}, -1, QStringLiteral("0.35"));
    row("exponent", QStringLiteral("1e2"), FieldVerdict::Error, {}, -1, QStringLiteral("0.35"));
    row("point without decimals", QStringLiteral("1."), FieldVerdict::Error, {}, -1);
    row("decimals without yuan", QStringLiteral(".35"), FieldVerdict::Error, {}, -1);
    row("decimal comma", QStringLiteral("0,35"), FieldVerdict::Error, {}, -1);
    row("two points", QStringLiteral("0.3.5"), FieldVerdict::Error, {}, -1);
    row("plus sign", QStringLiteral("+0.35"), FieldVerdict::Error, {}, -1);
    row("yuan sign only", QStringLiteral("¥"), FieldVerdict::Error, {}, -1,
        QStringLiteral("Enter"));
    row("empty", QString(), FieldVerdict::Error, {}, -1, QStringLiteral("Enter"));
    row("Arabic-Indic digits", QStringLiteral("\u0660.\u0663\u0665"), FieldVerdict::Error, {}, -1);
    row("NUL", withNul(QStringLiteral("0.35"), 1), FieldVerdict::Error, {}, -1);
    row("megabyte", Megabyte, FieldVerdict::Error, {}, -1);
}

void tst_Validation::depositAmount()
{
    verifyRow(DepositAmount::check);
    QFETCH(QString, input);
    QFETCH(qint64, fen);
    const std::optional<qint64> parsed = depositFen(input);
    QCOMPARE(parsed.value_or(-1), fen);
}

void tst_Validation::companyName_data()
{
    addVerdictColumns();
    const QString name = QStringLiteral("阿里云计算有限公司");
    const QString longest(CompanyName::MaxLength, QChar(u'公'));
    addRow("Chinese", name, FieldVerdict::Ok, name);
    addRow("full-width brackets kept", QStringLiteral("阿里巴巴（中国）有限公司"), FieldVerdict::Ok,
        QStringLiteral("阿里巴巴（中国）有限公司"));
    addRow("English", QStringLiteral("Example Finance Co., Ltd."), FieldVerdict::Ok,
        QStringLiteral("Example Finance Co., Ltd."));
    addRow("leading space", QLatin1Char(' ') + name, FieldVerdict::Error, name,
        QStringLiteral("Remove the space"));
    addRow("trailing ideographic space", name + QChar(u'\u3000'), FieldVerdict::Error, name,
        QStringLiteral("Remove the space"));
    addRow("empty", QString(), FieldVerdict::Error, {}, QStringLiteral("Enter"));
    addRow("spaces only", QStringLiteral("   "), FieldVerdict::Error, {}, QStringLiteral("Enter"));
    addRow("200 characters", longest, FieldVerdict::Ok, longest);
    addRow("201 characters", longest + QChar(u'司'), FieldVerdict::Error, {},
        QStringLiteral("has 201"));
    addRow(
        "NUL", withNul(name, 2), FieldVerdict::Error, {}, QStringLiteral("(U+0000) at position 3"));
    addRow("zero-width space", replaced(name, 1, QStringLiteral("\u200B")), FieldVerdict::Error, {},
        QStringLiteral("U+200B"));
    addRow("line break inside", replaced(name, 1, QStringLiteral("\n")), FieldVerdict::Error, {},
        QStringLiteral("U+000A"));
    addRow("megabyte", Megabyte, FieldVerdict::Error, {}, QStringLiteral("1048576"));
}

void tst_Validation::checkCharactersRejectBadInput()
{
    QCOMPARE(SocialCreditCode::checkCharacter(u"91110108551385082"), QChar(u'Q'));
    QVERIFY(SocialCreditCode::checkCharacter(u"9111010855138508").isNull());
    QVERIFY(SocialCreditCode::checkCharacter(u"9111010855138508I").isNull());
    QCOMPARE(BusinessLicenceNumber::checkDigit(u"52000000000501"), QChar(u'8'));
    QVERIFY(BusinessLicenceNumber::checkDigit(u"5200000000050").isNull());
    QVERIFY(BusinessLicenceNumber::checkDigit(u"5200000000050\u0661").isNull());
    QCOMPARE(ResidentId::checkCharacter(u"11010519491231002"), QChar(u'X'));
    QVERIFY(ResidentId::checkCharacter(u"1101051949123100").isNull());
    QVERIFY(ResidentId::checkCharacter(u"1101051949123100X").isNull());
}

void tst_Validation::cidrParse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical"); // empty: must not parse
    QTest::addColumn<QString>("messagePart");
    const auto row = [](const char *name, const QString &input, const QString &canonical,
                         const QString &messagePart = {}) {
        QTest::newRow(name) << input << canonical << messagePart;
    };
    row("VPC", QStringLiteral("10.0.0.0/16"), QStringLiteral("10.0.0.0/16"));
    row("spaces around", QStringLiteral(" 192.168.1.0/24 "), QStringLiteral("192.168.1.0/24"));
    row("full-width", QStringLiteral("１７２．１６．０．０／１２"),
        QStringLiteral("172.16.0.0/12"));
    row("everything", QStringLiteral("0.0.0.0/0"), QStringLiteral("0.0.0.0/0"));
    row("one host", QStringLiteral("255.255.255.255/32"), QStringLiteral("255.255.255.255/32"));
    row("host bits set", QStringLiteral("10.0.0.1/16"), {}, QStringLiteral("Write 10.0.0.0/16"));
    row("host bits in the last block", QStringLiteral("10.0.1.128/24"), {},
        QStringLiteral("starts at 10.0.1.0"));
    row("mask 33", QStringLiteral("10.0.0.0/33"), {}, QStringLiteral("\"33\""));
    row("negative mask", QStringLiteral("10.0.0.0/-1"), {}, QStringLiteral("\"-1\""));
    row("mask with leading zero", QStringLiteral("10.0.0.0/08"), {}, QStringLiteral("\"08\""));
    row("empty mask", QStringLiteral("10.0.0.0/"), {}, QStringLiteral("0 to 32"));
    row("no mask", QStringLiteral("10.0.0.0"), {}, QStringLiteral("address/mask"));
    row("two slashes", QStringLiteral("10.0.0.0/16/24"), {}, QStringLiteral("address/mask"));
    row("octet 256", QStringLiteral("256.0.0.0/8"), {}, QStringLiteral("\"256\""));
    row("leading zero", QStringLiteral("010.0.0.0/8"), {}, QStringLiteral("Write 010 without"));
    row("three octets", QStringLiteral("10.0.0/16"), {}, QStringLiteral("has 3"));
    row("five octets", QStringLiteral("10.0.0.0.0/16"), {}, QStringLiteral("has 5"));
    row("empty octet", QStringLiteral("10..0.0/16"), {}, QStringLiteral("\"\""));
    row("letters", QStringLiteral("a.b.c.d/8"), {}, QStringLiteral("\"a\""));
    row("space inside", QStringLiteral("10.0.0.0 /16"), {}, QStringLiteral("\"0 \""));
    row("Arabic-Indic digit", QStringLiteral("\u0661\u0660.0.0.0/8"), {});
    row("NUL", withNul(QStringLiteral("10.0.0.0/16"), 3), {});
    row("IPv6", QStringLiteral("fd00::/8"), {});
    row("empty", QString(), {}, QStringLiteral("Enter"));
    row("megabyte", Megabyte, {}, QStringLiteral("far too long"));
}

void tst_Validation::cidrParse()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QFETCH(QString, messagePart);
    const Result<Ipv4Cidr> parsed = Ipv4Cidr::parse(input);
    QCOMPARE(parsed.ok(), !canonical.isEmpty());
    if (parsed) {
        QCOMPARE(parsed.value().toString(), canonical);
        QCOMPARE(Ipv4Cidr::parse(canonical).value(), parsed.value());
        return;
    }
    QVERIFY(!parsed.error().message.isEmpty());
    if (!messagePart.isEmpty())
        QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
}

void tst_Validation::cidrContainsAndOverlaps_data()
{
    QTest::addColumn<QString>("outer");
    QTest::addColumn<QString>("inner");
    QTest::addColumn<bool>("contains");
    QTest::addColumn<bool>("overlaps");
    const auto row = [](const char *name, const char16_t *outer, const char16_t *inner,
                         bool contains, bool overlaps) {
        QTest::newRow(name) << QString::fromUtf16(outer) << QString::fromUtf16(inner) << contains
                            << overlaps;
    };
    row("same", u"10.0.0.0/16", u"10.0.0.0/16", true, true);
    row("first /24", u"10.0.0.0/16", u"10.0.0.0/24", true, true);
    row("last /24", u"10.0.0.0/16", u"10.0.255.0/24", true, true);
    row("next /16", u"10.0.0.0/16", u"10.1.0.0/24", false, false);
    row("larger", u"10.0.0.0/24", u"10.0.0.0/16", false, true);
    row("everything", u"0.0.0.0/0", u"255.255.255.255/32", true, true);
    row("neighbours", u"10.0.0.0/25", u"10.0.0.128/25", false, false);
}

void tst_Validation::cidrContainsAndOverlaps()
{
    QFETCH(QString, outer);
    QFETCH(QString, inner);
    QFETCH(bool, contains);
    QFETCH(bool, overlaps);
    const Ipv4Cidr a = Ipv4Cidr::parse(outer).value();
    const Ipv4Cidr b = Ipv4Cidr::parse(inner).value();
    QCOMPARE(a.contains(b), contains);
    QCOMPARE(a.overlaps(b), overlaps);
    QCOMPARE(b.overlaps(a), overlaps);
}

void tst_Validation::vpcCidr_data()
{
    addVerdictColumns();
    const auto ok = [](const char *name, const char16_t *cidr) {
        addRow(name, QString::fromUtf16(cidr), FieldVerdict::Ok, QString::fromUtf16(cidr));
    };
    ok("10/8", u"10.0.0.0/8");
    ok("172.16/12", u"172.16.0.0/12");
    ok("192.168/16", u"192.168.0.0/16");
    ok("smallest", u"192.168.0.0/24");
    ok("inside 172.16/12", u"172.31.0.0/16");
    addRow("spaces around", QStringLiteral(" 10.0.0.0/16 "), FieldVerdict::Ok,
        QStringLiteral("10.0.0.0/16"));
    addRow("/25 too small", QStringLiteral("192.168.0.0/25"), FieldVerdict::Error, {},
        QStringLiteral("not /25"));
    addRow("/7 too large", QStringLiteral("10.0.0.0/7"), FieldVerdict::Error, {},
        QStringLiteral("not /7"));
    addRow("172.16 with /11 has host bits", QStringLiteral("172.16.0.0/11"), FieldVerdict::Error,
        {}, QStringLiteral("172.0.0.0/11"));
    addRow("just outside 172.16/12", QStringLiteral("172.32.0.0/16"), FieldVerdict::Error, {},
        QStringLiteral("172.32.0.0/16 does not"));
    addRow("public", QStringLiteral("8.8.0.0/16"), FieldVerdict::Error, {},
        QStringLiteral("inside 10.0.0.0/8"));
    addRow("shared address space", QStringLiteral("100.64.0.0/16"), FieldVerdict::Error, {},
        QStringLiteral("inside 10.0.0.0/8"));
    addRow("host bits", QStringLiteral("10.0.0.1/16"), FieldVerdict::Error, {},
        QStringLiteral("host bits"));
    addRow("empty", QString(), FieldVerdict::Error, {}, QStringLiteral("Enter"));
    addRow("megabyte", Megabyte, FieldVerdict::Error, {}, QStringLiteral("far too long"));
}

void tst_Validation::vSwitchCidr_data()
{
    addVerdictColumns();
    QTest::addColumn<QString>("vpc");
    const auto row
        = [](const char *name, const char16_t *cidr, Level level, const QString &normalized,
              const QString &messagePart, const char16_t *vpc = u"10.0.0.0/16") {
              QTest::newRow(name) << QString::fromUtf16(cidr) << level << normalized << messagePart
                                  << QString::fromUtf16(vpc);
          };
    row("/24", u"10.0.1.0/24", FieldVerdict::Ok, QStringLiteral("10.0.1.0/24"),
        QStringLiteral("252 usable"));
    row("/29", u"10.0.1.8/29", FieldVerdict::Ok, QStringLiteral("10.0.1.8/29"),
        QStringLiteral("4 usable"));
    row("/16 fills the VPC", u"10.0.0.0/16", FieldVerdict::Ok, QStringLiteral("10.0.0.0/16"),
        QStringLiteral("65532 usable"));
    row("/30", u"10.0.1.0/30", FieldVerdict::Error, {}, QStringLiteral("not /30"));
    row("/15", u"10.0.0.0/15", FieldVerdict::Error, {}, QStringLiteral("not /15"));
    row("outside the VPC", u"10.1.0.0/24", FieldVerdict::Error, {},
        QStringLiteral("not inside the VPC's block 10.0.0.0/16"));
    row("shared address space", u"100.64.1.0/24", FieldVerdict::Error, {},
        QStringLiteral("100.64.0.0/10"));
    row("shared address space, end", u"100.127.255.0/24", FieldVerdict::Error, {},
        QStringLiteral("100.64.0.0/10"));
    row("just after shared address space", u"100.128.0.0/24", FieldVerdict::Error, {},
        QStringLiteral("not inside"));
    row("VPC unreadable: own rules only", u"100.128.0.0/24", FieldVerdict::Ok,
        QStringLiteral("100.128.0.0/24"), {}, u"10.0.0.0/");
    row("host bits", u"10.0.1.1/24", FieldVerdict::Error, {}, QStringLiteral("10.0.1.0/24"));
    row("empty", u"", FieldVerdict::Error, {}, QStringLiteral("Enter"));
}

void tst_Validation::vSwitchCidr()
{
    QFETCH(QString, vpc);
    const Result<Ipv4Cidr> parsed = Ipv4Cidr::parse(vpc);
    const std::optional<Ipv4Cidr> block
        = parsed ? std::optional<Ipv4Cidr>(parsed.value()) : std::nullopt;
    verifyRow([&block](const QString &input) { return VpcPlan::checkVSwitchCidr(input, block); });
}

void tst_Validation::usableAddresses_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<qint64>("usable");
    QTest::newRow("/24") << QStringLiteral("10.0.0.0/24") << qint64(252);
    QTest::newRow("/16") << QStringLiteral("10.0.0.0/16") << qint64(65532);
    QTest::newRow("/29") << QStringLiteral("10.0.0.0/29") << qint64(4);
    QTest::newRow("/30") << QStringLiteral("10.0.0.0/30") << qint64(0);
    QTest::newRow("/32") << QStringLiteral("10.0.0.0/32") << qint64(0);
    QTest::newRow("/0") << QStringLiteral("0.0.0.0/0") << qint64(4294967292);
}

void tst_Validation::usableAddresses()
{
    QFETCH(QString, cidr);
    QFETCH(qint64, usable);
    QCOMPARE(VpcPlan::usableAddresses(Ipv4Cidr::parse(cidr).value()), usable);
}

void tst_Validation::plan_data()
{
    QTest::addColumn<QString>("vpc");
    QTest::addColumn<QStringList>("vSwitches");
    QTest::addColumn<QString>("vpcLevel");
    QTest::addColumn<QStringList>("vSwitchLevels");
    QTest::addColumn<QString>("planLevel");
    QTest::addColumn<QString>("messagePart"); // in the first vSwitch message that is an error
    const auto row
        = [](const char *name, const char *vpc, const QStringList &vSwitches, const char *vpcLevel,
              const char *vSwitchLevels, const char *planLevel, const QString &messagePart = {}) {
              QTest::newRow(name)
                  << QString::fromLatin1(vpc) << vSwitches << QString::fromLatin1(vpcLevel)
                  << QString::fromLatin1(vSwitchLevels).split(QLatin1Char(' '), Qt::SkipEmptyParts)
                  << QString::fromLatin1(planLevel) << messagePart;
          };
    const auto list = [](const char *cidrs) {
        return QString::fromLatin1(cidrs).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    row("recommended: two zones", "10.0.0.0/16", list("10.0.0.0/24 10.0.1.0/24"), "Ok", "Ok Ok",
        "Ok");
    row("one zone", "10.0.0.0/16", list("10.0.0.0/24"), "Ok", "Ok", "Note");
    row("no vSwitch", "10.0.0.0/16", {}, "Ok", "", "Error");
    row("neighbours do not overlap", "192.168.0.0/24", list("192.168.0.0/25 192.168.0.128/25"),
        "Ok", "Ok Ok", "Ok");
    row("overlap", "10.0.0.0/16", list("10.0.0.0/24 10.0.0.128/25"), "Ok", "Error Error", "Ok",
        QStringLiteral("overlaps vSwitch 2 (10.0.0.128/25)"));
    row("duplicate", "10.0.0.0/16", list("10.0.1.0/24 10.0.2.0/24 10.0.1.0/24"), "Ok",
        "Error Ok Error", "Ok", QStringLiteral("overlaps vSwitch 3"));
    row("one block holds two", "10.0.0.0/16", list("10.0.1.0/24 10.0.0.0/20 10.0.2.0/24"), "Ok",
        "Error Error Error", "Ok", QStringLiteral("overlaps vSwitch 2 (10.0.0.0/20)"));
    row("the first problem wins", "10.0.0.0/16", list("10.0.0.0/24 bad 10.1.0.0/24 10.0.0.0/24"),
        "Ok", "Error Error Error Error", "Ok", QStringLiteral("overlaps vSwitch 4"));
    row("outside the VPC is not also an overlap", "10.0.0.0/16", list("10.1.0.0/24 10.1.0.0/24"),
        "Ok", "Error Error", "Ok", QStringLiteral("not inside"));
    row("public VPC", "8.8.0.0/16", list("8.8.0.0/24 8.8.1.0/24"), "Error", "Ok Ok", "Ok");
    row("unreadable VPC", "", list("10.0.0.0/24 10.0.1.0/24"), "Error", "Ok Ok", "Ok");
}

void tst_Validation::plan()
{
    QFETCH(QString, vpc);
    QFETCH(QStringList, vSwitches);
    QFETCH(QString, vpcLevel);
    QFETCH(QStringList, vSwitchLevels);
    QFETCH(QString, planLevel);
    QFETCH(QString, messagePart);
    const VpcPlanVerdict verdict = VpcPlan::check(vpc, vSwitches);
    QCOMPARE(levelName(verdict.vpc.level), vpcLevel);
    QStringList levels;
    for (const FieldVerdict &v : verdict.vSwitches)
        levels << levelName(v.level);
    QCOMPARE(levels, vSwitchLevels);
    QCOMPARE(levelName(verdict.plan.level), planLevel);
    QCOMPARE(verdict.blocks(),
        vpcLevel == u"Error" || planLevel == u"Error"
            || vSwitchLevels.contains(QStringLiteral("Error")));
    const auto firstError = std::find_if(verdict.vSwitches.begin(), verdict.vSwitches.end(),
        [](const FieldVerdict &v) { return v.blocks(); });
    if (!messagePart.isEmpty()) {
        QVERIFY(firstError != verdict.vSwitches.end());
        QVERIFY2(firstError->message.contains(messagePart), qPrintable(firstError->message));
    }
}

void tst_Validation::proposedPlanPassesItsOwnCheck_data()
{
    QTest::addColumn<int>("zones");
    QTest::addColumn<QStringList>("expectedStart"); // the first vSwitches
    QTest::addColumn<qsizetype>("count");
    QTest::newRow("two zones") << 2
                               << QStringList {QStringLiteral("10.0.0.0/24"),
                                      QStringLiteral("10.0.1.0/24")}
                               << qsizetype(2);
    QTest::newRow("three zones") << 3
                                 << QStringList {QStringLiteral("10.0.0.0/24"),
                                        QStringLiteral("10.0.1.0/24"),
                                        QStringLiteral("10.0.2.0/24")}
                                 << qsizetype(3);
    QTest::newRow("one zone") << 1 << QStringList {QStringLiteral("10.0.0.0/24")} << qsizetype(1);
    QTest::newRow("no zone") << 0 << QStringList() << qsizetype(0);
    QTest::newRow("negative") << -5 << QStringList() << qsizetype(0);
    QTest::newRow("more than fit") << 1000 << QStringList {QStringLiteral("10.0.0.0/24")}
                                   << qsizetype(VpcPlan::MaxProposedZones);
}

void tst_Validation::proposedPlanPassesItsOwnCheck()
{
    QFETCH(int, zones);
    QFETCH(QStringList, expectedStart);
    QFETCH(qsizetype, count);
    const VpcPlanProposal proposal = VpcPlan::proposeDefault(zones);
    QCOMPARE(proposal.vpcCidr, QStringLiteral("10.0.0.0/16"));
    QCOMPARE(proposal.vSwitchCidrs.size(), count);
    QCOMPARE(proposal.vSwitchCidrs.mid(0, expectedStart.size()), expectedStart);
    if (count == VpcPlan::MaxProposedZones)
        QCOMPARE(proposal.vSwitchCidrs.back(), QStringLiteral("10.0.255.0/24"));
    const VpcPlanVerdict verdict = VpcPlan::check(proposal.vpcCidr, proposal.vSwitchCidrs);
    QCOMPARE(levelName(verdict.vpc.level), QStringLiteral("Ok"));
    for (const FieldVerdict &v : verdict.vSwitches)
        QCOMPARE(levelName(v.level), QStringLiteral("Ok"));
    QCOMPARE(verdict.blocks(), count == 0);
}

void tst_Validation::megabyteIsRejectedQuickly_data()
{
    QTest::addColumn<Check>("check");
    QTest::addColumn<QString>("input");
    const std::pair<const char *, Check> checks[] = {
        {"credit code", SocialCreditCode::check},
        {"licence", BusinessLicenceNumber::check},
        {"resident ID", [](const QString &s) { return ResidentId::check(s, Today); }},
        {"mobile", MobileNumber::check},
        {"e-mail", [](const QString &s) { return EmailAddress::check(s, false); }},
        {"bank account", BankAccount::check},
        {"deposit", DepositAmount::check},
        {"company name", CompanyName::check},
        {"VPC", VpcPlan::checkVpcCidr},
        {"vSwitch", [](const QString &s) { return VpcPlan::checkVSwitchCidr(s, std::nullopt); }},
        {"plan",
            [](const QString &s) {
                return VpcPlan::check(s, {s, s}).vSwitches.front();
            }},
    };
    const std::pair<const char *, QString> inputs[] = {
        {"digits", Megabyte},
        {"spaces", MegabyteOfSpaces},
        {"NUL", QString(1 << 20, QChar(u'\0'))},
        {"spaces around a valid value",
            MegabyteOfSpaces + QStringLiteral("13800138000") + MegabyteOfSpaces},
    };
    for (const auto &[checkName, check] : checks) {
        for (const auto &[inputName, input] : inputs)
            QTest::addRow("%s, %s", checkName, inputName) << check << input;
    }
}

void tst_Validation::megabyteIsRejectedQuickly()
{
    QFETCH(Check, check);
    QFETCH(QString, input);
    QElapsedTimer timer;
    timer.start();
    const FieldVerdict verdict = check(input);
    // Generous bound (sanitizer builds, a busy CI machine): it catches a check
    // that walks the whole megabyte character by character with regexes, not
    // a few milliseconds of noise.
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(levelName(verdict.level), QStringLiteral("Error"));
}

QTEST_APPLESS_MAIN(tst_Validation)

#include "tst_validation.moc"
