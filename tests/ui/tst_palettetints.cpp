// Issue 19, item 5: the notices, the console path box and the sidebar's
// current step are readable in a light and a dark palette. First the colours
// PaletteTints derives (WCAG contrast ratio of every text against its
// background), then the real widgets as painted: the background taken from
// their pixels, against the text colour they give their labels (or, for the
// sidebar step that paints its own text, the strongest pixel of its title).
#include "DarkPalette.h"
#include "ScreenshotTour.h"
#include "widgets/Callout.h"
#include "widgets/ConsolePathBox.h"
#include "widgets/PaletteTints.h"
#include "widgets/StepSidebar.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QTest>

namespace {

using Tone = PaletteTints::Tone;

QPalette paletteNamed(const QString &name)
{
    return name == QLatin1String("dark") ? DarkPalette::qt6ctDarker()
                                         : qApp->style()->standardPalette();
}

QString describe(const QColor &text, const QColor &background)
{
    return QStringLiteral("%1 on %2: %3:1")
        .arg(text.name(), background.name())
        .arg(PaletteTints::contrast(text, background), 0, 'f', 2);
}

void verifyReadable(const QColor &text, const QColor &background, const char *what)
{
    QVERIFY2(PaletteTints::contrast(text, background) >= PaletteTints::TextContrast,
        qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), describe(text, background))));
}

const QList<QPair<const char *, Callout::Level>> Levels = {
    {"danger", Callout::Level::Danger},
    {"warning", Callout::Level::Warning},
    {"caution", Callout::Level::Caution},
    {"note", Callout::Level::Note},
};

// The strongest contrast to `background` of any pixel in `area`: the
// colour of the text drawn there where a glyph covers a whole pixel.
double strongestContrast(const QImage &image, const QRect &area, const QColor &background)
{
    double strongest = 1.0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            strongest = qMax(strongest, PaletteTints::contrast(image.pixelColor(x, y), background));
    }
    return strongest;
}

QColor textColourOf(const QLabel *label)
{
    return label->palette().color(label->foregroundRole());
}

} // namespace

class TestPaletteTints : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void luminanceAndContrastFollowWcag();
    void derivedColoursAreReadable_data();
    void derivedColoursAreReadable();
    void darkIsRecognised();
    void paintedCalloutsAreReadable_data();
    void paintedCalloutsAreReadable();
    void paintedConsoleBoxIsReadable_data();
    void paintedConsoleBoxIsReadable();
    void paintedCurrentStepIsReadable_data();
    void paintedCurrentStepIsReadable();
    void followsAPaletteChange();

private:
    void paletteRows();
};

void TestPaletteTints::initTestCase()
{
    // The tour's style and font; the palette is each row's.
    applyDeterministicLook(*qApp);
}

void TestPaletteTints::cleanup()
{
    QApplication::setPalette(qApp->style()->standardPalette());
}

void TestPaletteTints::paletteRows()
{
    QTest::addColumn<QString>("palette");
    QTest::newRow("fusion-light") << QStringLiteral("light");
    QTest::newRow("qt6ct-darker") << QStringLiteral("dark");
}

// The figures WCAG 2.x gives for its own examples.
void TestPaletteTints::luminanceAndContrastFollowWcag()
{
    QCOMPARE(PaletteTints::luminance(Qt::black), 0.0);
    QCOMPARE(PaletteTints::luminance(Qt::white), 1.0);
    QCOMPARE(PaletteTints::contrast(Qt::black, Qt::white), 21.0);
    QCOMPARE(PaletteTints::contrast(Qt::white, Qt::white), 1.0);
    // #767676 on white is the lightest grey that passes 4.5:1.
    QVERIFY(PaletteTints::contrast(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
    QVERIFY(PaletteTints::contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
}

void TestPaletteTints::derivedColoursAreReadable_data()
{
    QTest::addColumn<QString>("palette");
    for (const QString &palette : {QStringLiteral("light"), QStringLiteral("dark")}) {
        for (const char *part : {"danger", "warning", "caution", "note", "console", "current-step"})
            QTest::addRow("%s/%s", qPrintable(palette), part) << palette;
    }
}

void TestPaletteTints::derivedColoursAreReadable()
{
    QFETCH(QString, palette);
    const PaletteTints tints(paletteNamed(palette));
    const QByteArray part = QByteArray(QTest::currentDataTag()).split('/').last();
    for (const auto &[name, level] : Levels) {
        if (part != name)
            continue;
        const PaletteTints::Box box = tints.notice(Callout::tone(level));
        verifyReadable(box.text, box.background, "body");
        verifyReadable(box.accent, box.background, "heading");
        // A notice must look like one: not just the page's base colour.
        QVERIFY(box.background != paletteNamed(palette).color(QPalette::Base));
    }
    if (part == "console") {
        const PaletteTints::Box box = tints.consoleBox();
        verifyReadable(box.text, box.background, "console path");
    }
    if (part == "current-step") {
        const PaletteTints::Box box = tints.currentStep();
        verifyReadable(box.text, box.background, "step title");
        for (Tone tone : {Tone::Neutral, Tone::Note, Tone::Warning, Tone::Done, Tone::Danger})
            verifyReadable(tints.toneText(tone, box.background), box.background, "step status");
        QVERIFY(box.background != paletteNamed(palette).color(QPalette::Window));
    }
}

void TestPaletteTints::darkIsRecognised()
{
    QVERIFY(PaletteTints(DarkPalette::qt6ctDarker()).isDark());
    QVERIFY(!PaletteTints(qApp->style()->standardPalette()).isDark());
}

void TestPaletteTints::paintedCalloutsAreReadable_data()
{
    paletteRows();
}

// Every level as painted: its background pixel against its labels' colours.
void TestPaletteTints::paintedCalloutsAreReadable()
{
    QFETCH(QString, palette);
    QApplication::setPalette(paletteNamed(palette));
    for (const auto &[name, level] : Levels) {
        Callout callout(level);
        callout.setText(QStringLiteral("Certification cannot be undone."));
        callout.resize(400, callout.heightForWidth(400));
        const QImage image = callout.grab().toImage();
        // Right of the text, above the first line: background only.
        const QColor background = image.pixelColor(image.width() - 3, 2);
        const QList<QLabel *> labels = callout.findChildren<QLabel *>();
        QCOMPARE(labels.size(), 2);
        for (const QLabel *label : labels)
            verifyReadable(textColourOf(label), background, name);
    }
}

void TestPaletteTints::paintedConsoleBoxIsReadable_data()
{
    paletteRows();
}

void TestPaletteTints::paintedConsoleBoxIsReadable()
{
    QFETCH(QString, palette);
    QApplication::setPalette(paletteNamed(palette));
    ConsolePathBox box({});
    box.setPath(QStringLiteral("Open the console:"),
        {QStringLiteral("Account Center"), QStringLiteral("Real-name Verification")});
    box.resize(400, box.sizeHint().height());
    const QImage image = box.grab().toImage();
    // Inside the border, above the heading.
    const QColor background = image.pixelColor(image.width() / 2, 4);
    const QList<QLabel *> labels = box.findChildren<QLabel *>();
    QCOMPARE(labels.size(), 2);
    for (const QLabel *label : labels)
        verifyReadable(textColourOf(label), background, "console path");
}

void TestPaletteTints::paintedCurrentStepIsReadable_data()
{
    paletteRows();
}

void TestPaletteTints::paintedCurrentStepIsReadable()
{
    QFETCH(QString, palette);
    QApplication::setPalette(paletteNamed(palette));
    StepSidebarItem item(StepId::RealName);
    item.setContent(QStringLiteral("Real-name verification"), QStringLiteral("In progress"),
        StepSidebarItem::Look::InProgress);
    item.setCurrent(true);
    item.resize(240, item.heightForWidth(240));
    const QImage image = item.grab().toImage();
    // The bottom right corner, inside the rounded background.
    const QColor background = image.pixelColor(image.width() - 4, image.height() - 4);
    QVERIFY2(background != paletteNamed(palette).color(QPalette::Window),
        "the current step has no background of its own");
    // The title: right of the number badge, on the first line.
    const int line = item.fontMetrics().height();
    const QRect title(line + 18, 6, image.width() - line - 30, line);
    const double strongest = strongestContrast(image, title, background);
    QVERIFY2(strongest >= PaletteTints::TextContrast,
        qPrintable(QStringLiteral("the title's strongest pixel has %1:1 on %2")
                       .arg(strongest, 0, 'f', 2)
                       .arg(background.name())));
}

// A palette change while a callout is shown (the user switches to dark):
// its labels follow.
void TestPaletteTints::followsAPaletteChange()
{
    QWidget page; // a callout always stands on a page
    auto *callout = new Callout(Callout::Level::Note, &page);
    callout->setText(QStringLiteral("A note."));
    // Shown, as a palette change reaches the windows on screen.
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QList<QLabel *> labels = callout->findChildren<QLabel *>();
    QCOMPARE(labels.size(), 2);
    const QColor lightBody = textColourOf(labels.last());
    QApplication::setPalette(DarkPalette::qt6ctDarker());
    QCoreApplication::processEvents(); // the change reaches the widgets in posted events
    const PaletteTints::Box dark = PaletteTints(DarkPalette::qt6ctDarker()).notice(Tone::Note);
    QVERIFY(textColourOf(labels.last()) != lightBody);
    QCOMPARE(textColourOf(labels.last()), dark.text);
    QCOMPARE(textColourOf(labels.first()), dark.accent);
}

QTEST_MAIN(TestPaletteTints)
#include "tst_palettetints.moc"
