// Issue 19, item 10: no picture of the screenshot tour shows clipped text.
// The tour runs in this process, in both languages, at its window size and
// at the smaller size of its notice pages, with the tour's font and with the
// platform's default one; for every picture it takes, every
// visible label (callouts' and the sidebar's included) and every sidebar
// step must have the room its text needs: a wrapped label at least its
// heightForWidth(), a single line at least its advance, nothing elided, and
// no part cut off by a parent (a scroll area's content may scroll, so it
// counts as shown). The same again at QT_SCALE_FACTOR=2 in a child process.
#include "ScreenshotTour.h"
#include "i18n/LanguageSwitcher.h"
#include "widgets/Callout.h"
#include "widgets/StepSidebar.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QDir>
#include <QHash>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

namespace {

QString nameOf(const QWidget *widget)
{
    QString name = widget->objectName();
    for (const QWidget *outer = widget->parentWidget(); name.isEmpty() && outer;
         outer = outer->parentWidget()) {
        if (!outer->objectName().isEmpty())
            name = outer->objectName() + QStringLiteral(" › ")
                + QLatin1String(widget->metaObject()->className());
    }
    return name;
}

QString shownText(const QLabel *label)
{
    static const QRegularExpression mnemonic(QStringLiteral("&(.)"));
    return label->buddy() ? QString(label->text()).replace(mnemonic, QStringLiteral("\\1"))
                          : label->text();
}

bool isRichText(const QLabel *label)
{
    return label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

// The width a label's unwrapped text needs.
int unwrappedWidth(const QLabel *label)
{
    if (isRichText(label)) {
        QTextDocument document;
        document.setDocumentMargin(0);
        document.setDefaultFont(label->font());
        document.setHtml(label->text());
        return qCeil(document.idealWidth());
    }
    int width = 0;
    const QFontMetrics metrics(label->font());
    for (const QString &line : shownText(label).split(QLatin1Char('\n')))
        width = qMax(width, metrics.horizontalAdvance(line));
    return width;
}

// Why the label's text does not fit its own rectangle; empty when it does.
QString labelClipping(const QLabel *label)
{
    const QString text = shownText(label);
    if (text.endsWith(QChar(0x2026)) && label->toolTip().size() > text.size())
        return QStringLiteral("elided");
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height())
            return QStringLiteral("wrapped needs %1 px high, has %2")
                .arg(needed)
                .arg(label->height());
        return {};
    }
    const int margin = label->margin();
    const QRect area = label->contentsRect().adjusted(margin, margin, -margin, -margin);
    const int width = unwrappedWidth(label);
    if (width > area.width())
        return QStringLiteral("needs %1 px wide, has %2").arg(width).arg(area.width());
    if (label->sizeHint().height() > label->height())
        return QStringLiteral("needs %1 px high, has %2")
            .arg(label->sizeHint().height())
            .arg(label->height());
    return {};
}

// The part of `widget` its parents cut off; empty when it is all shown. A
// scroll area's content counts as shown: it can be scrolled to.
QString parentClipping(const QWidget *widget, const QWidget *window)
{
    const QRect whole(widget->mapTo(window, QPoint()), widget->size());
    QRect shown = whole;
    for (const QWidget *outer = widget->parentWidget(); outer && outer != window;
         outer = outer->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(outer->parentWidget())
            && outer->objectName() == QLatin1String("qt_scrollarea_viewport"))
            return {};
        shown &= QRect(outer->mapTo(window, QPoint()), outer->size());
    }
    shown &= window->rect();
    if (shown == whole)
        return {};
    return QStringLiteral("cut off: %1×%2 of %3×%4 shown")
        .arg(shown.width())
        .arg(shown.height())
        .arg(whole.width())
        .arg(whole.height());
}

QStringList clippedTexts(const QWidget &window)
{
    QStringList problems;
    for (const QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&window))
            continue;
        QString why;
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            if (label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            why = labelClipping(label);
        } else if (const auto *step = qobject_cast<const StepSidebarItem *>(widget)) {
            const int needed = step->heightForWidth(step->width());
            if (needed > step->height())
                why = QStringLiteral("needs %1 px high, has %2").arg(needed).arg(step->height());
        } else if (!qobject_cast<const Callout *>(widget)) {
            continue;
        }
        if (why.isEmpty())
            why = parentClipping(widget, &window);
        if (!why.isEmpty())
            problems << QStringLiteral("%1: %2").arg(nameOf(widget), why);
    }
    return problems;
}

} // namespace

class TestTourText : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void noTextIsClipped_data();
    void noTextIsClipped();
    void noTextIsClippedAtDoubleScale();

private:
    QTemporaryDir m_dir;
    LanguageSwitcher m_language;
    QStringList m_pictures;
    QHash<QString, QStringList> m_problems;
};

void TestTourText::initTestCase()
{
    // What the platform gives when nothing is set: the font most users see.
    const QFont systemFont = QApplication::font();
    applyDeterministicLook(*qApp);
    TourOptions options;
    options.languages = {QStringLiteral("en"), QStringLiteral("zh_CN")};
    options.now = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    // Same layout as the light pictures and the 1× ones: only drawn differently.
    options.dark = false;
    options.noticeScale = 1;
    QDir root;
    options.inspect = [this, &root](const QString &file, QWidget &window) {
        const QString name = root.relativeFilePath(file);
        m_pictures << name;
        m_problems.insert(name, clippedTexts(window));
    };
    // The tour's font, then the system's: a label that fits in one may wrap
    // in the other.
    for (const char *font : {"tour-font", "system-font"}) {
        if (QLatin1String(font) == QLatin1String("system-font"))
            QApplication::setFont(systemFont);
        options.outputDir = m_dir.filePath(QLatin1String(font));
        root = QDir(m_dir.path());
        const Result<QStringList> written = renderScreenshotTour(options, m_language);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    }
    QVERIFY(m_pictures.size() >= 2 * 42);
    QVERIFY(std::any_of(m_pictures.cbegin(), m_pictures.cend(), [](const QString &name) {
        return name.startsWith(QLatin1String("system-font/en-1024x700/"));
    }));
}

void TestTourText::noTextIsClipped_data()
{
    QTest::addColumn<QString>("picture");
    for (const QString &picture : std::as_const(m_pictures))
        QTest::newRow(qPrintable(picture)) << picture;
}

void TestTourText::noTextIsClipped()
{
    QFETCH(QString, picture);
    const QStringList problems = m_problems.value(picture);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// The same tour at QT_SCALE_FACTOR=2 (what a 2× screen lays out), in a child.
void TestTourText::noTextIsClippedAtDoubleScale()
{
    if (qEnvironmentVariableIsSet("QT_SCALE_FACTOR"))
        QSKIP("already running at a fixed scale");
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_SCALE_FACTOR"), QStringLiteral("2"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("noTextIsClipped")});
    QVERIFY2(child.waitForFinished(600000), "the 2× run did not finish within ten minutes");
    const QByteArray output = child.readAll();
    QVERIFY2(
        child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("Totals: "), output.constData());
}

QTEST_MAIN(TestTourText)
#include "tst_tourtext.moc"
