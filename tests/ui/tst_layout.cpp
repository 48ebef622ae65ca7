// Issue 19, item 1: a layout that adapts. The window's first size from the
// screen (WindowSizing) and a remembered place brought back inside a screen;
// the step sidebar as wide as a share of the window, its overdue notice shown
// whole at the default window size in both languages, and the overdue step
// marked by more than colour; the zone table's region names never elided
// when there is room, its rows as high as their text.
#include "LayoutReport.h"
#include "PageHarness.h"
#include "WindowSizing.h"
#include "common/SampleProfile.h"
#include "core/Clock.h"
#include "i18n/LanguageSwitcher.h"
#include "onboarding/FieldKey.h"
#include "pages/PageId.h"
#include "session/OnboardingSession.h"
#include "settings/WindowPlaceFile.h"
#include "storage/ProgressStore.h"
#include "widgets/Callout.h"
#include "widgets/StepSidebar.h"

#include <QApplication>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBoundaryFinder>

#include <cmath>

namespace {

// A common desktop font: 14 px lines, 7 px characters.
const WindowSizing::Font DesktopFont {14, 7};

// The size the wizard opens with on a 1280×800 screen (Xvfb, a laptop).
QSize defaultWindowSize(const QWidget &widget)
{
    const QFontMetrics metrics = widget.fontMetrics();
    return WindowSizing({metrics.height(), metrics.averageCharWidth()})
        .firstGeometry(QRect(0, 0, 1280, 800 - 30))
        .size();
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void firstWindowFitsTheScreen_data();
    void firstWindowFitsTheScreen();
    void rememberedPlaceComesBackInsideTheScreen_data();
    void rememberedPlaceComesBackInsideTheScreen();
    void placeFileKeepsWhatItIsGiven();
    void sidebarFollowsTheWindowWidth();
    void wizardOpensInsideItsScreen();

    void overdueNoticeIsShownWhole_data();
    void overdueNoticeIsShownWhole();
    void overdueStepIsMarkedNotOnlyByColour();
    void shortWindowScrollsTheSidebar();

    void regionNamesAreNotElided_data();
    void regionNamesAreNotElided();
    void zoneTableNeverScrollsSideways_data();
    void zoneTableNeverScrollsSideways();

private:
    void openSample(const QDateTime &now);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LanguageSwitcher> m_language;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<ProgressStore> m_store;
    std::unique_ptr<OnboardingSession> m_session;
};

void TestLayout::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_language = std::make_unique<LanguageSwitcher>();
    QVERIFY(m_language->setLanguage(QStringLiteral("en")));
}

void TestLayout::cleanup()
{
    m_session.reset();
    m_store.reset();
    m_clock.reset();
    m_language.reset();
}

void TestLayout::openSample(const QDateTime &now)
{
    m_clock = std::make_unique<FixedClock>(now, QTimeZone("Asia/Shanghai"));
    m_store
        = std::move(ProgressStore::openSqlite(m_dir->filePath(QStringLiteral("p.sqlite")))).value();
    const qint64 id = SampleProfile::create(*m_store);
    QVERIFY(id);
    m_session = std::make_unique<OnboardingSession>(*m_store, *m_clock);
    QVERIFY(m_session->open(id));
}

void TestLayout::firstWindowFitsTheScreen_data()
{
    QTest::addColumn<QRect>("available");
    QTest::addRow("1280×800 laptop, panel on top") << QRect(0, 30, 1280, 770);
    QTest::addRow("1024×700") << QRect(0, 0, 1024, 700);
    QTest::addRow("800×600") << QRect(0, 0, 800, 600);
    QTest::addRow("4K, second screen") << QRect(1920, 0, 3840, 2160);
    QTest::addRow("tiny") << QRect(0, 0, 640, 400);
}

void TestLayout::firstWindowFitsTheScreen()
{
    QFETCH(QRect, available);
    const WindowSizing sizing(DesktopFont);
    const QRect first = sizing.firstGeometry(available);
    QVERIFY2(available.contains(first),
        qPrintable(QString("%1×%2 at %3,%4")
                       .arg(first.width())
                       .arg(first.height())
                       .arg(first.x())
                       .arg(first.y())));
    // Room for the window manager's frame and title bar.
    QVERIFY(first.height() <= available.height() * 0.9 + 1);
    QVERIFY(first.size().width() >= sizing.minimumSize(available).width());
    QVERIFY(first.size().height() >= sizing.minimumSize(available).height());
    // Never larger than the font asks for, on a large screen.
    QVERIFY(first.width() <= sizing.preferredSize().width());
    QCOMPARE(first.center().x(), available.center().x());
}

void TestLayout::rememberedPlaceComesBackInsideTheScreen_data()
{
    QTest::addColumn<QRect>("saved");
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QRect>("expected");
    const QRect laptop(0, 0, 1280, 800);
    QTest::addRow("as it was") << QRect(100, 50, 900, 600) << laptop << QRect(100, 50, 900, 600);
    QTest::addRow("on a screen that is gone (right)")
        << QRect(2000, 100, 900, 600) << laptop << QRect(380, 100, 900, 600);
    QTest::addRow("partly above and left")
        << QRect(-300, -40, 900, 600) << laptop << QRect(0, 0, 900, 600);
    QTest::addRow("larger than the screen now")
        << QRect(0, 0, 2400, 1400) << laptop << QRect(0, 0, 1280, 800);
    QTest::addRow("below the bottom")
        << QRect(200, 700, 900, 600) << laptop << QRect(200, 200, 900, 600);
    QTest::addRow("never saved") << QRect() << laptop
                                 << WindowSizing(DesktopFont).firstGeometry(laptop);
}

void TestLayout::rememberedPlaceComesBackInsideTheScreen()
{
    QFETCH(QRect, saved);
    QFETCH(QRect, available);
    QFETCH(QRect, expected);
    const QRect restored = WindowSizing(DesktopFont).restoredGeometry(saved, available);
    QCOMPARE(restored, expected);
    QVERIFY(available.contains(restored));
}

void TestLayout::placeFileKeepsWhatItIsGiven()
{
    const WindowPlaceFile file(m_dir->filePath(QStringLiteral("sub/window.conf")));
    QVERIFY(!file.read().isValid()); // no file: no place
    const WindowPlace place {QRect(10, 20, 900, 640), QSize(898, 618), true};
    QVERIFY(file.write(place));
    const WindowPlace read = file.read();
    QCOMPARE(read.frame, place.frame);
    QCOMPARE(read.client, place.client);
    QCOMPARE(read.maximised, true);
}

void TestLayout::sidebarFollowsTheWindowWidth()
{
    const WindowSizing sizing(DesktopFont);
    int last = 0;
    for (int width = 600; width <= 2600; width += 100) {
        const int sidebar = sizing.sidebarWidth(width);
        QVERIFY(sidebar >= qMin(sizing.sidebarMinimumWidth(), width * 35 / 100));
        QVERIFY(sidebar <= qMax(sizing.sidebarMinimumWidth(), width * 35 / 100));
        QVERIFY(sidebar <= sizing.sidebarMaximumWidth());
        QVERIFY(sidebar >= last);
        last = sidebar;
    }
    QVERIFY(sizing.sidebarWidth(1000) > sizing.sidebarWidth(700));

    // And in the window: wider window, wider sidebar.
    openSample(SampleProfile::Start.addDays(2));
    PageHarnessOptions narrow;
    narrow.windowSize = QSize(800, 600);
    PageHarness small(*m_session, RealNamePageId, *m_language, narrow);
    small.show();
    QVERIFY(QTest::qWaitForWindowExposed(&small));
    PageHarnessOptions wide;
    wide.windowSize = QSize(1500, 800);
    PageHarness large(*m_session, RealNamePageId, *m_language, wide);
    large.show();
    QVERIFY(QTest::qWaitForWindowExposed(&large));
    QTRY_VERIFY(large.sidebar()->width() > small.sidebar()->width() + 40);
}

void TestLayout::wizardOpensInsideItsScreen()
{
    openSample(SampleProfile::Start.addDays(2));
    PageHarness harness(*m_session, RealNamePageId, *m_language);
    harness.show();
    QVERIFY(QTest::qWaitForWindowExposed(&harness));
    QTest::qWait(50);
    const QRect available = harness.screen()->availableGeometry();
    QVERIFY2(harness.width() <= available.width() && harness.height() <= available.height(),
        qPrintable(QString("%1×%2 on %3×%4")
                       .arg(harness.width())
                       .arg(harness.height())
                       .arg(available.width())
                       .arg(available.height())));
    QVERIFY(harness.minimumWidth() <= available.width());
    QVERIFY(harness.minimumHeight() <= available.height());
}

void TestLayout::overdueNoticeIsShownWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << QStringLiteral("en");
    QTest::addRow("zh_CN") << QStringLiteral("zh_CN");
}

// Issue 19: at the default size the sidebar cut the notice off after
// "…is overdue by 4"; the contact address never appeared.
void TestLayout::overdueNoticeIsShownWhole()
{
    QFETCH(QString, language);
    QVERIFY(m_language->setLanguage(language));
    openSample(SampleProfile::Start.addDays(60));
    for (int page : {WelcomePageId, RealNamePageId, RegionPageId}) {
        PageHarness probe(*m_session, page, *m_language);
        PageHarnessOptions options;
        options.windowSize = defaultWindowSize(probe);
        PageHarness harness(*m_session, page, *m_language, options);
        harness.show();
        QVERIFY(QTest::qWaitForWindowExposed(&harness));
        Callout *notice = harness.sidebar()->pendingNotice();
        QTRY_VERIFY(notice->isVisible());
        QCOMPARE(notice->level(), Callout::Level::Warning);
        QVERIFY(notice->text().contains(QStringLiteral("jr@service.alibaba.com")));
        const QList<QLabel *> labels = notice->findChildren<QLabel *>();
        QVERIFY(labels.size() >= 2);
        for (const QLabel *label : labels) {
            QTRY_VERIFY2(LayoutReport::clipping(label).isEmpty(),
                qPrintable(QString("page %1, %2×%3 window: %4")
                               .arg(page)
                               .arg(harness.width())
                               .arg(harness.height())
                               .arg(LayoutReport::clipping(label))));
        }
        QVERIFY(LayoutReport::describe(harness)
                    .value(QStringLiteral("pendingNotice"))
                    .toObject()
                    .value(QStringLiteral("whole"))
                    .toBool());
    }
}

void TestLayout::overdueStepIsMarkedNotOnlyByColour()
{
    openSample(SampleProfile::Start.addDays(2)); // within the 3 working days
    {
        PageHarness harness(*m_session, RealNamePageId, *m_language);
        StepSidebarItem *item = harness.sidebar()->item(StepId::RealName);
        QCOMPARE(item->look(), StepSidebarItem::Look::Waiting);
        QVERIFY(!item->statusText().contains(QStringLiteral("Overdue")));
    }
    m_session.reset();
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    openSample(SampleProfile::Start.addDays(30));
    PageHarness harness(*m_session, RealNamePageId, *m_language);
    StepSidebarItem *item = harness.sidebar()->item(StepId::RealName);
    QCOMPARE(item->look(), StepSidebarItem::Look::Overdue);
    // In words (status text, the screen reader's description), not colour alone.
    QVERIFY2(
        item->statusText().startsWith(QStringLiteral("Overdue")), qPrintable(item->statusText()));
    QCOMPARE(item->accessibleDescription(), item->statusText());
    // The badge says it too: its picture differs from a waiting step's.
    harness.show();
    QVERIFY(QTest::qWaitForWindowExposed(&harness));
    const QImage overdue = item->grab().toImage();
    item->setContent(item->text(), item->statusText(), StepSidebarItem::Look::Blocked);
    const QImage blocked = item->grab().toImage();
    QVERIFY(overdue != blocked); // same colour, different badge

    QVERIFY(m_language->setLanguage(QStringLiteral("zh_CN")));
    QTRY_VERIFY(item->statusText().contains(QStringLiteral("逾期")));
}

void TestLayout::shortWindowScrollsTheSidebar()
{
    openSample(SampleProfile::Start.addDays(60));
    PageHarnessOptions options;
    options.windowSize = QSize(760, 420);
    PageHarness harness(*m_session, RealNamePageId, *m_language, options);
    harness.show();
    QVERIFY(QTest::qWaitForWindowExposed(&harness));
    auto *scroll = harness.findChild<QScrollArea *>(QStringLiteral("sidebarScroll"));
    QVERIFY(scroll);
    // Too short for the notice: it can be scrolled to, not cut off for good.
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
    scroll->ensureWidgetVisible(harness.sidebar()->pendingNotice(), 0, 0);
    QTRY_VERIFY(scroll->verticalScrollBar()->value() > 0);
}

void TestLayout::regionNamesAreNotElided_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("width");
    QTest::addRow("en default") << QStringLiteral("en") << 0;
    QTest::addRow("en 1590") << QStringLiteral("en") << 1590;
    QTest::addRow("zh_CN default") << QStringLiteral("zh_CN") << 0;
    QTest::addRow("zh_CN 1590") << QStringLiteral("zh_CN") << 1590;
}

// Issue 19: region names were elided at 1590 px while the networks column
// took 850 px.
void TestLayout::regionNamesAreNotElided()
{
    QFETCH(QString, language);
    QFETCH(int, width);
    QVERIFY(m_language->setLanguage(language));
    openSample(SampleProfile::Start.addDays(2));
    PageHarness probe(*m_session, RegionPageId, *m_language);
    PageHarnessOptions options;
    options.windowSize = width ? QSize(width, 900) : defaultWindowSize(probe);
    PageHarness harness(*m_session, RegionPageId, *m_language, options);
    harness.show();
    QVERIFY(QTest::qWaitForWindowExposed(&harness));
    auto *table = harness.find<QTableWidget>(QStringLiteral("zoneTableView"));
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible());
    QTest::qWait(50); // the fit runs once the widths have settled
    const int line = table->fontMetrics().height();
    const int padding = 2 * table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 2;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString name = table->item(row, 0)->text();
        int widest = 0;
        for (const QString &part : name.split(QLatin1Char('\n')))
            widest = qMax(widest, table->fontMetrics().horizontalAdvance(part));
        QTRY_VERIFY2(table->columnWidth(0) >= widest + padding,
            qPrintable(QString("\"%1\" needs %2 px, has %3")
                           .arg(name)
                           .arg(widest + padding)
                           .arg(table->columnWidth(0))));
        const int lines = int(name.count(QLatin1Char('\n'))) + 1;
        QVERIFY2(table->rowHeight(row) <= (lines + 1) * line + 8,
            qPrintable(QString("row %1 is %2 px").arg(row).arg(table->rowHeight(row))));
        QVERIFY2(table->rowHeight(row) >= lines * line,
            qPrintable(QString("row %1 is %2 px").arg(row).arg(table->rowHeight(row))));
    }
    // The table is as high as its rows: nothing to scroll up and down.
    QTRY_COMPARE(table->verticalScrollBar()->maximum(), 0);
    // No column takes most of a wide table while the names are short of room:
    // the names' column is the one that takes what is left.
    if (width) {
        for (int column = 1; column < table->columnCount(); ++column)
            QVERIFY(table->columnWidth(column) <= table->columnWidth(0));
    }
}

void TestLayout::zoneTableNeverScrollsSideways_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<qreal>("scale");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        for (const qreal scale : {1.0, 1.25, 1.5, 2.0})
            QTest::addRow("%s ×%.2f", qPrintable(language), scale) << language << scale;
    }
}

// Issue 19: with qt6ct's dark scheme (and its larger font) the zone table
// kept the region names on one line and scrolled sideways, the networks cut
// to "Classic network,". At the size the wizard opens with, on a larger font,
// the long cells wrap instead (where Unicode lets a line break: at spaces,
// between Chinese characters): no word is cut and there is nothing to scroll.
void TestLayout::zoneTableNeverScrollsSideways()
{
    QFETCH(QString, language);
    QFETCH(qreal, scale);
    const QFont before = QApplication::font();
    const auto restore = qScopeGuard([&before] { QApplication::setFont(before); });
    QFont larger = before;
    larger.setPointSizeF(before.pointSizeF() * scale);
    QApplication::setFont(larger);
    QVERIFY(m_language->setLanguage(language));
    openSample(SampleProfile::Start.addDays(2));
    PageHarness probe(*m_session, RegionPageId, *m_language);
    PageHarnessOptions options;
    options.windowSize = defaultWindowSize(probe);
    PageHarness harness(*m_session, RegionPageId, *m_language, options);
    harness.show();
    QVERIFY(QTest::qWaitForWindowExposed(&harness));
    // The guide's table and today's beside it: the same promise for both.
    for (const char *name : {"zoneTableView", "todayZoneTableView"}) {
        auto *table = harness.find<QTableWidget>(QString::fromLatin1(name));
        QVERIFY2(table, name);
        QTRY_VERIFY(table->isVisible());
        QTest::qWait(50); // the fit runs once the widths have settled
        QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
        int columnsWide = 0;
        for (int column = 0; column < table->columnCount(); ++column)
            columnsWide += table->columnWidth(column);
        QVERIFY2(columnsWide <= table->viewport()->width(),
            qPrintable(QString("columns %1 px, room %2 px")
                           .arg(columnsWide)
                           .arg(table->viewport()->width())));
        // Every word of every cell fits its column, and every row is as high as
        // its wrapped text: nothing is elided.
        // The delegate's margins and the grid line; the painter breaks a line that
        // is wider than its room by any fraction of a pixel.
        const int padding = 2 * table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 2
            + (table->showGrid() ? 1 : 0);
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                const QString text = table->item(row, column)->text();
                const QFontMetricsF metrics(table->font());
                QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, text);
                qsizetype start = 0;
                while (breaks.toNextBoundary() != -1) {
                    const QString word = text.mid(start, breaks.position() - start).trimmed();
                    start = breaks.position();
                    const int needed = int(std::ceil(metrics.horizontalAdvance(word))) + padding;
                    QVERIFY2(table->columnWidth(column) >= needed,
                        qPrintable(QString("\"%1\" in \"%2\" needs %3 px, has %4")
                                       .arg(word, text)
                                       .arg(needed)
                                       .arg(table->columnWidth(column))));
                }
                const int wrapped = int(std::ceil(
                    metrics
                        .boundingRect(QRectF(0, 0, table->columnWidth(column) - padding, 1 << 20),
                            Qt::TextWordWrap, text)
                        .height()));
                QVERIFY2(table->rowHeight(row) >= wrapped,
                    qPrintable(QString("\"%1\" needs %2 px, row %3 is %4 px")
                                   .arg(text)
                                   .arg(wrapped)
                                   .arg(row)
                                   .arg(table->rowHeight(row))));
            }
        }
    }
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
