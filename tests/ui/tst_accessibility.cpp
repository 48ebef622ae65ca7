// What external UI-test tools, screen readers and keyboard users rely on, on
// every page in both languages (with the sample data of UiInventory, so the
// optional parts are shown): names on every control, labels tied to their
// fields, Tab in visual order, no clipped text at scale 1 and 2, a 2× tour,
// and docs/ui-objects.md in step with the wizard.
#include "OnboardingWizard.h"
#include "ScreenshotTour.h"
#include "UiInventory.h"
#include "common/ProgramRun.h"
#include "i18n/LanguageSwitcher.h"
#include "pages/PageId.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QStyleOptionToolButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QWizard>

#include <algorithm>

namespace {

const QStringList Languages = {QStringLiteral("en"), QStringLiteral("zh_CN")};

// The object name; for a widget without one, where it is and what it says.
QString nameOf(const QWidget *widget)
{
    if (!widget->objectName().isEmpty())
        return widget->objectName();
    QString where;
    for (const QWidget *outer = widget->parentWidget(); outer && where.isEmpty();
         outer = outer->parentWidget())
        where = outer->objectName();
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    return QStringLiteral("%1 › unnamed %2 \"%3\"")
        .arg(where, QLatin1String(widget->metaObject()->className()), text.left(30));
}

// The text as drawn: "&&" shows as "&", "&x" as an underlined "x".
QString withoutMnemonics(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("&(.)"));
    return QString(text).replace(marker, QStringLiteral("\\1"));
}

// The letter Alt reaches in `text` (lower case), or a null QChar.
QChar mnemonicOf(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("(?:^|[^&])(?:&&)*&([^&])"));
    const QRegularExpressionMatch match = mnemonic.match(text);
    return match.hasMatch() ? match.captured(1).at(0).toLower() : QChar();
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])(&&)*&[^&]"));
    return mnemonic.match(text).hasMatch();
}

// What a screen reader would read out literally.
QString markupIn(const QString &text)
{
    static const QRegularExpression markup(QStringLiteral("&\\w|<\\s*/?\\s*[a-zA-Z][^>]*>"));
    const QRegularExpressionMatch match = markup.match(text);
    return match.hasMatch() ? match.captured() : QString();
}

bool isRichText(const QLabel *label)
{
    return label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

// Widgets on the same row (overlapping vertically) may come in any order.
bool sameRow(const QRect &a, const QRect &b)
{
    return a.top() <= b.bottom() && b.top() <= a.bottom();
}

QString describe(const QRect &rect)
{
    return QStringLiteral("%1×%2").arg(rect.width()).arg(rect.height());
}

// The tour's pictures, as "<lang>/<file>".
QStringList picturesIn(const QString &root)
{
    QStringList files;
    for (const QString &language : Languages) {
        const QDir folder(QDir(root).filePath(language));
        for (const QString &file : folder.entryList({QStringLiteral("*.png")}, QDir::Files))
            files << language + QLatin1Char('/') + file;
    }
    return files;
}

double expectedScale()
{
    bool ok = false;
    const double scale = qEnvironmentVariable("QT_SCALE_FACTOR").toDouble(&ok);
    return ok ? scale : 1.0;
}

// Where a button draws its text, as the style lays it out; empty when the
// style has no such area for this kind of button.
QRect buttonTextArea(const QAbstractButton *button)
{
    const QStyle *style = button->style();
    if (const auto *push = qobject_cast<const QPushButton *>(button)) {
        QStyleOptionButton option;
        option.initFrom(push);
        if (push->autoDefault() || push->isDefault())
            option.features |= QStyleOptionButton::AutoDefaultButton;
        if (push->isFlat())
            option.features |= QStyleOptionButton::Flat;
        QRect area = style->subElementRect(QStyle::SE_PushButtonContents, &option, push);
        if (!push->icon().isNull())
            area.adjust(push->iconSize().width() + 4, 0, 0, 0);
        return area;
    }
    if (qobject_cast<const QCheckBox *>(button) || qobject_cast<const QRadioButton *>(button)) {
        QStyleOptionButton option;
        option.initFrom(button);
        return style->subElementRect(qobject_cast<const QCheckBox *>(button)
                ? QStyle::SE_CheckBoxContents
                : QStyle::SE_RadioButtonContents,
            &option, button);
    }
    if (const auto *tool = qobject_cast<const QToolButton *>(button)) {
        QStyleOptionToolButton option;
        option.initFrom(tool);
        option.subControls = QStyle::SC_ToolButton;
        option.toolButtonStyle = tool->toolButtonStyle();
        option.arrowType = tool->arrowType();
        option.iconSize = tool->iconSize();
        if (tool->arrowType() != Qt::NoArrow)
            option.features |= QStyleOptionToolButton::Arrow;
        const int frame = style->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, tool);
        QRect area
            = style->subControlRect(QStyle::CC_ToolButton, &option, QStyle::SC_ToolButton, tool)
                  .adjusted(frame, frame, -frame, -frame);
        // QCommonStyle puts the icon (or arrow) and 4 pixels before the text.
        const bool beside = tool->toolButtonStyle() == Qt::ToolButtonTextBesideIcon;
        if (beside && (tool->arrowType() != Qt::NoArrow || !tool->icon().isNull()))
            area.adjust(tool->iconSize().width() + 4, 0, 0, 0);
        return area;
    }
    return {};
}

QRect comboTextArea(const QComboBox *combo)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    option.frame = combo->hasFrame();
    option.currentText = combo->currentText();
    option.currentIcon = combo->itemIcon(combo->currentIndex());
    option.iconSize = combo->iconSize();
    option.subControls = QStyle::SC_All;
    QRect area = combo->style()->subControlRect(
        QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    // QCommonStyle draws the text one pixel in from each side, after the icon.
    area.adjust(1, 0, -1, 0);
    if (!option.currentIcon.isNull())
        area.adjust(option.iconSize.width() + 4, 0, 0, 0);
    return area;
}

// Why the label's text does not fit, or an empty string when it does.
QString labelClipping(const QLabel *label)
{
    const int margin = label->margin();
    const QRect area = label->contentsRect().adjusted(margin, margin, -margin, -margin);
    if (isRichText(label)) {
        // Rich text is laid out by a document; measure with one.
        QTextDocument document;
        document.setDocumentMargin(0);
        document.setDefaultFont(label->font());
        document.setHtml(label->text());
        if (label->wordWrap())
            document.setTextWidth(area.width());
        const QSize needed(
            qCeil(label->wordWrap() ? document.size().width() : document.idealWidth()),
            qCeil(document.size().height()));
        if (needed.width() <= area.width() && needed.height() <= area.height())
            return {};
        return QStringLiteral("needs %1, has %2")
            .arg(describe(QRect(QPoint(), needed)), describe(area));
    }
    const QString text = label->buddy() ? withoutMnemonics(label->text()) : label->text();
    const QFontMetrics metrics(label->font());
    if (!label->wordWrap()) {
        // Unwrapped, QLabel draws each line at its full advance.
        int width = 0;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (const QString &line : lines)
            width = qMax(width, metrics.horizontalAdvance(line));
        const int height = metrics.height() * int(lines.size());
        if (width <= area.width() && height <= area.height())
            return {};
        return QStringLiteral("needs %1×%2, has %3").arg(width).arg(height).arg(describe(area));
    }
    const QRect needed = metrics.boundingRect(
        QRect(0, 0, area.width(), 1 << 20), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    if (needed.width() <= area.width() && needed.height() <= area.height())
        return {};
    return QStringLiteral("wrapped needs %1, has %2").arg(describe(needed), describe(area));
}

QString buttonClipping(const QAbstractButton *button)
{
    if (button->text().isEmpty())
        return {};
    const QRect area = buttonTextArea(button);
    if (area.isNull()) {
        // A button that draws itself (a sidebar step) says what it needs.
        const QSize minimum = button->minimumSizeHint();
        const int height = button->hasHeightForWidth() ? button->heightForWidth(button->width())
                                                       : minimum.height();
        if (button->width() >= minimum.width() && button->height() >= height)
            return {};
        return QStringLiteral("needs %1×%2, has %3")
            .arg(minimum.width())
            .arg(height)
            .arg(describe(button->rect()));
    }
    const QString text = withoutMnemonics(button->text());
    const int width = QFontMetrics(button->font()).horizontalAdvance(text);
    if (width <= area.width())
        return {};
    return QStringLiteral("text needs %1 px, has %2").arg(width).arg(area.width());
}

QString comboClipping(const QComboBox *combo)
{
    const QRect area = comboTextArea(combo);
    const int width = QFontMetrics(combo->font()).horizontalAdvance(combo->currentText());
    if (width <= area.width())
        return {};
    return QStringLiteral("\"%1\" needs %2 px, has %3")
        .arg(combo->currentText())
        .arg(width)
        .arg(area.width());
}

// What Tab treats as one stop: an exclusive group of buttons, or the widget.
const QObject *tabStopOf(const QWidget *widget)
{
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
        if (button->group() && button->group()->exclusive())
            return button->group();
        if (button->autoExclusive())
            return button->parentWidget();
    }
    return widget;
}

// Where Tab would go from `widget` if `widget` let it: the next widget in the
// focus chain that takes Tab and is not inside `widget`.
QWidget *nextTabStop(QWidget *widget)
{
    for (QWidget *next = widget->nextInFocusChain(); next && next != widget;
         next = next->nextInFocusChain()) {
        if ((next->focusPolicy() & Qt::TabFocus) && next->isEnabled()
            && next->isVisibleTo(widget->window()) && !widget->isAncestorOf(next))
            return next;
    }
    return nullptr;
}

struct Problem
{
    QString widget; // its object name
    QString text;
};

// Found by these tests and not fixed by the change that added them (only
// names and setTabOrder were in its remit). Each is expected to fail until it
// is fixed; then the test reports XPASS: delete the row.
struct KnownProblem
{
    const char *test;
    const char *language; // nullptr: every language
    const char *page;
    const char *widget;
    const char *why;
};
// Problems known and accepted for now (each row: test, language or nullptr,
// page, widget, why). Empty: every problem fails its test.
const QList<KnownProblem> KnownProblems = {};

// Fails for every problem that is not a known one; a known one that has gone
// is reported as XPASS.
void verifyProblems(const QString &language, const QString &page, const QList<Problem> &problems,
    const QString &context)
{
    const QByteArray test = QTest::currentTestFunction();
    QList<const KnownProblem *> expected;
    for (const KnownProblem &known : KnownProblems) {
        if (test == known.test && (!known.language || language == QLatin1String(known.language))
            && page == QLatin1String(known.page))
            expected << &known;
    }
    QStringList unknown;
    QSet<QString> stillThere;
    for (const Problem &problem : problems) {
        const bool isKnown
            = std::any_of(expected.cbegin(), expected.cend(), [&](const KnownProblem *known) {
                  return problem.widget == QLatin1String(known->widget);
              });
        if (isKnown)
            stillThere.insert(problem.widget);
        else
            unknown << QStringLiteral("%1/%2: %3").arg(page, problem.widget, problem.text);
    }
    QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(QLatin1Char('\n')) + context));
    for (const KnownProblem *known : std::as_const(expected)) {
        QEXPECT_FAIL("", known->why, Continue);
        QVERIFY2(!stillThere.contains(QLatin1String(known->widget)),
            qPrintable(QStringLiteral("%1/%2 is fixed: delete its row in KnownProblems")
                           .arg(page, QLatin1String(known->widget))));
    }
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyControlIsNamed_data() { pageRows(); }
    void everyControlIsNamed();
    void fieldsHaveLabelsWithMnemonics_data() { pageRows(); }
    void fieldsHaveLabelsWithMnemonics();
    void mnemonicsAreUniqueInTheWindow_data() { pageRows(); }
    void mnemonicsAreUniqueInTheWindow();
    void tabFollowsVisualOrder_data() { pageRows(); }
    void tabFollowsVisualOrder();
    void textFits_data() { pageRows(); }
    void textFits();
    void textFitsAtDoubleScale();
    void tourDoublesAtDoubleScale();
    void uiObjectsDocumentIsCurrent();

private:
    void pageRows();
    // The wizard in the row's language on the row's page; kept for the next
    // row of the same language.
    UiInventory *showFetchedPage();
    void verifyProblems(const QList<Problem> &problems, const QString &context = QString()) const;
    QList<QWidget *> pageControls(UiInventory &inventory) const;
    static QString pageName(const UiInventory &inventory);

    LanguageSwitcher m_language;
    std::unique_ptr<UiInventory> m_inventory;
    QString m_inventoryLanguage;
};

void TestAccessibility::initTestCase()
{
    // The look of the tour (font, style), so what is measured is what the pictures show.
    applyDeterministicLook(*qApp);
}

void TestAccessibility::cleanupTestCase()
{
    m_inventory.reset();
}

void TestAccessibility::pageRows()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("page");
    for (const QString &language : Languages) {
        for (int page = WelcomePageId; page <= SummaryPageId; ++page)
            QTest::addRow("%s/page%d", qPrintable(language), page) << language << page;
    }
}

UiInventory *TestAccessibility::showFetchedPage()
{
    QFETCH(QString, language);
    QFETCH(int, page);
    if (!m_inventory || m_inventoryLanguage != language) {
        m_inventory.reset();
        if (!m_language.setLanguage(language))
            return nullptr;
        Result<std::unique_ptr<UiInventory>> opened = UiInventory::open(m_language);
        if (!opened)
            return nullptr;
        m_inventory = std::move(opened).value();
        m_inventoryLanguage = language;
        // Focus moves only in an active window.
        m_inventory->wizard().activateWindow();
        if (!QTest::qWaitForWindowActive(&m_inventory->wizard()))
            return nullptr;
    }
    if (!m_inventory->showPage(page))
        return nullptr;
    return m_inventory.get();
}

QList<QWidget *> TestAccessibility::pageControls(UiInventory &inventory) const
{
    QList<QWidget *> controls;
    for (QWidget *widget : inventory.interactiveWidgets()) {
        if (inventory.areaOf(widget) == QLatin1String("page"))
            controls << widget;
    }
    return controls;
}

QString TestAccessibility::pageName(const UiInventory &inventory)
{
    return inventory.wizard().currentPage()->objectName();
}

void TestAccessibility::verifyProblems(const QList<Problem> &problems, const QString &context) const
{
    ::verifyProblems(m_inventoryLanguage, pageName(*m_inventory), problems, context);
}

// Every control in the window (page, wizard buttons, sidebar): an object name
// unique on the page, an accessible name, and no markup in either text.
void TestAccessibility::everyControlIsNamed()
{
    UiInventory *inventory = showFetchedPage();
    QVERIFY(inventory);
    const QList<QWidget *> controls = inventory->interactiveWidgets();
    QVERIFY(!controls.isEmpty());
    QList<Problem> problems;
    QSet<QString> seen;
    for (const QWidget *widget : controls) {
        const QString name = nameOf(widget);
        if (widget->objectName().isEmpty())
            problems << Problem {name, QStringLiteral("no object name")};
        else if (seen.contains(widget->objectName()))
            problems << Problem {name, QStringLiteral("object name used twice on the page")};
        seen.insert(widget->objectName());
        if (widget->accessibleName().trimmed().isEmpty())
            problems << Problem {name, QStringLiteral("no accessible name")};
        for (const QString &text : {widget->accessibleName(), widget->accessibleDescription()}) {
            if (const QString markup = markupIn(text); !markup.isEmpty())
                problems << Problem {name, QStringLiteral("\"%1\" in \"%2\"").arg(markup, text)};
        }
    }
    verifyProblems(problems);
}

// A label tied to a field offers Alt+letter to reach it; a field a label
// does not name has an accessible name that does.
void TestAccessibility::fieldsHaveLabelsWithMnemonics()
{
    UiInventory *inventory = showFetchedPage();
    QVERIFY(inventory);
    const QWidget *window = &inventory->wizard();
    QList<Problem> problems;
    QSet<const QWidget *> labelled;
    for (const QLabel *label : inventory->wizard().currentPage()->findChildren<QLabel *>()) {
        if (!label->buddy() || !label->isVisibleTo(window))
            continue;
        labelled.insert(label->buddy());
        const QString buddy = nameOf(label->buddy());
        if (!hasMnemonic(label->text()))
            problems << Problem {
                buddy, QStringLiteral("its label \"%1\" has no mnemonic").arg(label->text())};
        if (!(label->buddy()->focusPolicy() & Qt::TabFocus) || !label->buddy()->isEnabled())
            problems << Problem {buddy, QStringLiteral("takes no focus from its label")};
        if (!label->buddy()->isVisibleTo(window))
            problems << Problem {buddy, QStringLiteral("is hidden but its label is shown")};
    }
    for (const QWidget *field : pageControls(*inventory)) {
        if (!qobject_cast<const QLineEdit *>(field) && !qobject_cast<const QComboBox *>(field))
            continue;
        if (!labelled.contains(field) && field->accessibleName().trimmed().isEmpty())
            problems << Problem {
                nameOf(field), QStringLiteral("neither a label nor an accessible name")};
    }
    // Only the summary page has no form.
    QVERIFY2(!labelled.isEmpty() || inventory->wizard().currentId() == SummaryPageId,
        "no labelled field on this page");
    verifyProblems(problems);
}

// Alt+letter does what it says: two controls of the window with the same
// letter (a page's button and the wizard's Next, say) make Qt move the focus
// between them instead of pressing either.
void TestAccessibility::mnemonicsAreUniqueInTheWindow()
{
    UiInventory *inventory = showFetchedPage();
    QVERIFY(inventory);
    QWizard &wizard = inventory->wizard();
    QHash<QChar, QStringList> owners;
    // The store notice's buttons (Reload, Discard Them) may appear over any
    // page: counted as if shown.
    const QWidget *notice = wizard.findChild<QWidget *>(QStringLiteral("storeNotice"));
    const auto note = [&](const QWidget *widget, const QString &text) {
        const bool mayShow = notice && notice->isAncestorOf(widget);
        if ((!widget->isVisibleTo(&wizard) && !mayShow) || !widget->isEnabled())
            return;
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            owners[letter] << nameOf(widget);
    };
    for (const QAbstractButton *button : wizard.findChildren<QAbstractButton *>())
        note(button, button->text());
    for (const QLabel *label : wizard.findChildren<QLabel *>()) {
        if (label->buddy())
            note(label, label->text());
    }
    QList<Problem> problems;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            problems << Problem {it.value().join(QStringLiteral(" + ")),
                QStringLiteral("share Alt+%1").arg(it.key())};
    }
    verifyProblems(problems);
}

// From the page's first control, Tab reaches every enabled control of the
// page once, top to bottom, before it leaves the page. An exclusive group of
// radio buttons is one stop (arrow keys move inside it).
void TestAccessibility::tabFollowsVisualOrder()
{
    UiInventory *inventory = showFetchedPage();
    QVERIFY(inventory);
    QWizardPage *shown = inventory->wizard().currentPage();
    // Each stop with its first widget and its place, measured before any Tab
    // scrolls the page.
    QList<const QObject *> stops;
    QHash<const QObject *, QWidget *> firstOf;
    QHash<const QObject *, QRect> where;
    QHash<const QWidget *, const QObject *> stopOf;
    for (QWidget *widget : pageControls(*inventory)) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isEnabled())
            continue;
        const QObject *stop = tabStopOf(widget);
        if (!firstOf.contains(stop)) {
            stops << stop;
            firstOf.insert(stop, widget);
        }
        where[stop] |= QRect(widget->mapTo(shown, QPoint(0, 0)), widget->size());
        stopOf.insert(widget, stop);
    }
    QVERIFY(!stops.isEmpty());
    const auto stopName = [&](const QObject *stop) { return nameOf(firstOf.value(stop)); };

    QWidget *first = firstOf.value(stops.constFirst());
    first->setFocus(Qt::TabFocusReason);
    QCOMPARE(QApplication::focusWidget(), first);
    QList<const QObject *> visited {stops.constFirst()};
    QStringList walk {nameOf(first)};
    QList<Problem> problems;
    for (int step = 0; step < 2 * int(stopOf.size()) + 10; ++step) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget *focused = QApplication::focusWidget();
        if (focused == before) {
            // The widget keeps Tab for itself (a table moving between its
            // cells): say so, and go on where Tab should have gone.
            problems << Problem {nameOf(before), QStringLiteral("keeps the Tab key")};
            focused = nextTabStop(before);
            if (focused)
                focused->setFocus(Qt::TabFocusReason);
        }
        if (!focused || !shown->isAncestorOf(focused))
            break;
        walk << nameOf(focused);
        const QObject *stop = stopOf.value(focused);
        if (stop && visited.constLast() != stop)
            visited << stop;
    }
    for (const QObject *stop : std::as_const(stops)) {
        const qsizetype times = visited.count(stop);
        if (times != 1)
            problems << Problem {stopName(stop), QStringLiteral("reached %1 times").arg(times)};
    }
    for (qsizetype i = 1; i < visited.size(); ++i) {
        const QRect before = where.value(visited[i - 1]);
        const QRect after = where.value(visited[i]);
        if (!sameRow(before, after) && after.top() < before.top())
            problems << Problem {stopName(visited[i]),
                QStringLiteral("comes after %1 but stands above it").arg(stopName(visited[i - 1]))};
    }
    verifyProblems(problems, QStringLiteral("\nTab went: ") + walk.join(QStringLiteral(", ")));
}

// Every visible label, button and choice in the window shows its whole text.
void TestAccessibility::textFits()
{
    UiInventory *inventory = showFetchedPage();
    QVERIFY(inventory);
    OnboardingWizard &wizard = inventory->wizard();
    // The 2× run must really be one.
    QCOMPARE(wizard.devicePixelRatio(), expectedScale());
    QList<Problem> problems;
    int checked = 0;
    for (const QWidget *widget : wizard.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&wizard))
            continue;
        QString why;
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            if (label->text().isEmpty())
                continue;
            why = labelClipping(label);
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            why = buttonClipping(button);
        } else if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            why = comboClipping(combo);
        } else if (const auto *scroll = qobject_cast<const QScrollArea *>(widget)) {
            // Content wider than a view that cannot scroll sideways is cut off.
            if (scroll->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff && scroll->widget()
                && scroll->widget()->width() > scroll->viewport()->width())
                why = QStringLiteral("content %1 px wide in a view of %2 px")
                          .arg(scroll->widget()->width())
                          .arg(scroll->viewport()->width());
        } else {
            continue;
        }
        ++checked;
        if (!why.isEmpty())
            problems << Problem {nameOf(widget),
                QStringLiteral("%1 %2").arg(QLatin1String(widget->metaObject()->className()), why)};
    }
    QVERIFY(checked > 5);
    verifyProblems(problems);
}

// textFits again, in a child process of this test at QT_SCALE_FACTOR=2.
void TestAccessibility::textFitsAtDoubleScale()
{
    if (qEnvironmentVariableIsSet("QT_SCALE_FACTOR"))
        QSKIP("already running at a fixed scale");
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_SCALE_FACTOR"), QStringLiteral("2"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("textFits")});
    QVERIFY2(child.waitForFinished(60000), "the 2× run did not finish within a minute");
    const QByteArray output = child.readAll();
    QVERIFY2(
        child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("Totals: "), output.constData());
}

// The tour at QT_SCALE_FACTOR=2 gives the same pictures at twice the size.
void TestAccessibility::tourDoublesAtDoubleScale()
{
    QTemporaryDir dir;
    const QString single = dir.filePath(QStringLiteral("1x"));
    const QString twice = dir.filePath(QStringLiteral("2x"));
    ProgramRun run = ProgramRun::start({QStringLiteral("--screenshots"), single});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QProcessEnvironment doubled;
    doubled.insert(QStringLiteral("QT_SCALE_FACTOR"), QStringLiteral("2"));
    run = ProgramRun::start({QStringLiteral("--screenshots"), twice}, doubled);
    QVERIFY2(run.exitCode == 0, run.err.constData());

    const QStringList files = picturesIn(single);
    QVERIFY(files.size() >= 28);
    QCOMPARE(picturesIn(twice), files);
    QStringList wrong;
    for (const QString &file : files) {
        const QSize one = QImageReader(QDir(single).filePath(file)).size();
        const QSize two = QImageReader(QDir(twice).filePath(file)).size();
        if (one.isEmpty() || two != 2 * one)
            wrong << QStringLiteral("%1: %2×%3 at 1×, %4×%5 at 2×")
                         .arg(file)
                         .arg(one.width())
                         .arg(one.height())
                         .arg(two.width())
                         .arg(two.height());
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

// The document external tools read must describe the wizard as it is.
void TestAccessibility::uiObjectsDocumentIsCurrent()
{
    QFile file(QStringLiteral(FINCLOUD_UI_OBJECTS));
    QVERIFY2(file.open(QIODevice::ReadOnly),
        "docs/ui-objects.md is missing: build the target update_ui_objects");
    const QString stored = QString::fromUtf8(file.readAll());
    m_inventory.reset();
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    Result<std::unique_ptr<UiInventory>> inventory = UiInventory::open(m_language);
    QVERIFY(inventory);
    const Result<QList<UiPage>> pages = inventory.value()->collect();
    QVERIFY2(pages, qPrintable(pages ? QString() : pages.error().message));
    const QString current = UiInventory::markdown(pages.value(), QStringLiteral("en"));
    if (stored != current) {
        const QStringList a = stored.split(QLatin1Char('\n'));
        const QStringList b = current.split(QLatin1Char('\n'));
        qsizetype line = 0;
        while (line < a.size() && line < b.size() && a[line] == b[line])
            ++line;
        QFAIL(qPrintable(QStringLiteral("docs/ui-objects.md is out of date (build the target "
                                        "update_ui_objects); first difference at line %1:\n"
                                        "document: %2\nwizard:   %3")
                             .arg(line + 1)
                             .arg(a.value(line), b.value(line))));
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
