// WrappingLabel: the heights it remembers are always the ones QLabel itself
// computes for the label's text, format, margins and font as they are now,
// also after each of them changes. Real widgets, offscreen.
#include "widgets/WrappingLabel.h"

#include <QTest>

namespace {

// As many as the label remembers, so that a stale height would be found.
const QList<int> Widths = {40, 120, 333, 800};

// What a plain QLabel set up like `label` says.
int qlabelHeight(const QLabel &label, int width)
{
    QLabel reference;
    reference.setWordWrap(label.wordWrap());
    reference.setTextFormat(label.textFormat());
    reference.setTextInteractionFlags(label.textInteractionFlags());
    reference.setMargin(label.margin());
    reference.setIndent(label.indent());
    reference.setAlignment(label.alignment());
    reference.setContentsMargins(label.contentsMargins());
    reference.setFont(label.font());
    reference.setText(label.text());
    return reference.heightForWidth(width);
}

} // namespace

class TestWrappingLabel : public QObject
{
    Q_OBJECT
private slots:
    void sameHeightsAsQLabel_data();
    void sameHeightsAsQLabel();
    void followsEveryChange();
};

void TestWrappingLabel::sameHeightsAsQLabel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Qt::TextFormat>("format");
    QTest::addColumn<bool>("selectable");
    const QString english = QStringLiteral(
        "Whoever the account is verified for owns it. A company account that is verified for a "
        "person causes disputes when staff change.");
    QTest::newRow("plain") << english << Qt::PlainText << false;
    QTest::newRow("plain, selectable") << english << Qt::PlainText << true;
    QTest::newRow("rich") << QStringLiteral("<b>Danger:</b> ") + english << Qt::RichText << true;
    QTest::newRow("Chinese") << QStringLiteral(
        "账号的实名认证主体就是账号的归属者。企业账号被个人实名认证后，"
        "人员变动时容易产生纠纷。")
                             << Qt::PlainText << false;
    QTest::newRow("empty") << QString() << Qt::PlainText << false;
}

void TestWrappingLabel::sameHeightsAsQLabel()
{
    QFETCH(QString, text);
    QFETCH(Qt::TextFormat, format);
    QFETCH(bool, selectable);
    WrappingLabel label;
    label.setTextFormat(format);
    if (selectable)
        label.setTextInteractionFlags(Qt::TextSelectableByMouse);
    label.setText(text);
    // Twice: the second round is answered from what it remembers.
    for (int round = 0; round < 2; ++round) {
        for (int width : Widths)
            QCOMPARE(label.heightForWidth(width), qlabelHeight(label, width));
    }
    QCOMPARE(label.heightForWidth(-1), qlabelHeight(label, -1)); // "no width given"
}

void TestWrappingLabel::followsEveryChange()
{
    WrappingLabel label;
    label.setText(QStringLiteral("Short."));
    const auto check = [&](const char *after) {
        for (int width : Widths) {
            const int remembered = label.heightForWidth(width);
            QVERIFY2(remembered == qlabelHeight(label, width),
                qPrintable(QStringLiteral("after %1, width %2: %3 instead of %4")
                               .arg(QLatin1String(after))
                               .arg(width)
                               .arg(remembered)
                               .arg(qlabelHeight(label, width))));
        }
    };
    check("the first text");
    const int shortHeight = label.heightForWidth(120);
    label.setText(QStringLiteral("A much longer text that needs several lines at this width, and "
                                 "then some more words so that it wraps again."));
    check("a longer text");
    QVERIFY(label.heightForWidth(120) > shortHeight);
    QFont bigger = label.font();
    bigger.setPointSize(bigger.pointSize() * 2);
    label.setFont(bigger);
    check("a bigger font");
    label.setMargin(12);
    check("a margin");
    label.setIndent(30);
    check("an indent");
    label.setContentsMargins(5, 6, 7, 8);
    check("contents margins");
    label.setTextFormat(Qt::RichText);
    label.setText(QStringLiteral("<h1>Heading</h1><p>And a paragraph under it.</p>"));
    check("rich text");
    label.setWordWrap(false);
    check("no word wrap");
}

QTEST_MAIN(TestWrappingLabel)
#include "tst_wrappinglabel.moc"
