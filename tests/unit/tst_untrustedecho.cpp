// Text from input files echoed on a terminal (issue 17): UntrustedText on its
// own, and the real program's check-data with ESC, BEL, CR, DEL, a C1 CSI, a
// line separator and a right-to-left override in keys and values.
#include "common/ProgramRun.h"
#include "core/UntrustedText.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The first C0 or C1 control character (a line feed aside), or -1: written
// out here rather than asked of UntrustedText, which is under test.
int firstRawControl(const QString &text)
{
    for (const QChar character : text) {
        const char16_t code = character.unicode();
        if (code != u'\n' && (code < 0x20 || (code >= 0x7f && code <= 0x9f)))
            return code;
    }
    return -1;
}

} // namespace

class TestUntrustedEcho : public QObject
{
    Q_OBJECT
private slots:
    void printable_data();
    void printable();
    void printableLinesKeepsTheLines();
    void checkDataEscapesKeysAndValues();
};

void TestUntrustedEcho::printable_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << "Example Fintech Ltd"
                           << "Example Fintech Ltd";
    QTest::newRow("Chinese") << "示例科技有限公司"
                             << "示例科技有限公司";
    QTest::newRow("colour") << "\u001b[31mred"
                            << "\\u001b[31mred";
    QTest::newRow("window title") << "\u001b]0;owned\u0007"
                                  << "\\u001b]0;owned\\u0007";
    QTest::newRow("NUL, tab, CR, LF")
        << QStringLiteral("a%1b\tc\rd\ne").arg(QChar(0)) << "a\\u0000b\\u0009c\\u000dd\\u000ae";
    QTest::newRow("DEL and C1 CSI") << "x\u007fy\u009b2J"
                                    << "x\\u007fy\\u009b2J";
    QTest::newRow("line separator") << "a\u2028b"
                                    << "a\\u2028b";
    QTest::newRow("right-to-left override") << "abc\u202edcba"
                                            << "abc\\u202edcba";
    QTest::newRow("backslash kept") << "C:\\data"
                                    << "C:\\data";
}

void TestUntrustedEcho::printable()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(UntrustedText::printable(text), shown);
    QCOMPARE(UntrustedText::printable(shown), shown); // nothing left to escape
}

void TestUntrustedEcho::printableLinesKeepsTheLines()
{
    QCOMPARE(UntrustedText::printableLines(u"one \u001b[2J\ntwo\r"),
        QStringLiteral("one \\u001b[2J\ntwo\\u000d"));
}

void TestUntrustedEcho::checkDataEscapesKeysAndValues()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // As JSON writes them. The override's reason is quoted back in the credit
    // code's note; the keys are echoed as they are.
    file.write(R"({
        "company.name": "Example Fintech Ltd",
        "company.credit_code": "914403001922038217",
        "company.credit_code_override": "checked\u001b[2J by hand\u0007",
        "x\u001b]0;owned\u0007": "a",
        "y\u001b[31m\r\u007f\u0085\u009b1m\u2028\u202e": "b\u001b[0m"
    })");
    file.close();

    const ProgramRun run = ProgramRun::start({QStringLiteral("check-data"), path});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    const QString err = QString::fromUtf8(run.err);
    QCOMPARE(firstRawControl(out), -1);
    QCOMPARE(firstRawControl(err), -1);
    QVERIFY2(out.contains(QStringLiteral("x\\u001b]0;owned\\u0007: WARNING")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral(
                 "y\\u001b[31m\\u000d\\u007f\\u0085\\u009b1m\\u2028\\u202e: WARNING")),
        qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("company.name: ok")), qPrintable(out));
    if (out.contains(QStringLiteral("reason: ")))
        QVERIFY2(out.contains(QStringLiteral("reason: checked\\u001b[2J by hand\\u0007")),
            qPrintable(out));
}

QTEST_GUILESS_MAIN(TestUntrustedEcho)
#include "tst_untrustedecho.moc"
