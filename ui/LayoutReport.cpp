#include "LayoutReport.h"

#include "WizardFrame.h"
#include "widgets/Callout.h"
#include "widgets/StepSidebar.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSaveFile>
#include <QScreen>
#include <QTextDocument>
#include <QTimer>
#include <QtMath>

namespace {

QString describeRect(const QRect &rect)
{
    return QStringLiteral("%1×%2+%3+%4")
        .arg(rect.width())
        .arg(rect.height())
        .arg(rect.x())
        .arg(rect.y());
}

// The size the label's text needs at its width.
QSize neededSize(const QLabel *label, const QRect &area)
{
    const bool rich = label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (rich) {
        QTextDocument document;
        document.setDocumentMargin(0);
        document.setDefaultFont(label->font());
        document.setHtml(label->text());
        if (label->wordWrap())
            document.setTextWidth(area.width());
        return {qCeil(label->wordWrap() ? document.size().width() : document.idealWidth()),
            qCeil(document.size().height())};
    }
    const int flags = Qt::AlignLeft | Qt::AlignTop | (label->wordWrap() ? Qt::TextWordWrap : 0);
    return QFontMetrics(label->font())
        .boundingRect(
            QRect(0, 0, label->wordWrap() ? area.width() : 1 << 20, 1 << 20), flags, label->text())
        .size();
}

} // namespace

LayoutReport::LayoutReport(WizardFrame &window, QString file)
    : QObject(&window)
    , m_window(window)
    , m_file(std::move(file))
{
    // Often enough for a test that waits for it, rarely enough to cost nothing.
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &LayoutReport::write);
    timer->start(250);
}

QString LayoutReport::clipping(const QLabel *label)
{
    if (!label->isVisible())
        return QStringLiteral("hidden");
    const int margin = label->margin();
    const QRect area = label->contentsRect().adjusted(margin, margin, -margin, -margin);
    const QSize needed = neededSize(label, area);
    if (needed.width() > area.width() || needed.height() > area.height())
        return QStringLiteral("needs %1×%2, has %3")
            .arg(needed.width())
            .arg(needed.height())
            .arg(describeRect(area));
    // Cut off by a parent: a scroll area's view, the sidebar, the window.
    const QRect shown = label->visibleRegion().boundingRect();
    if (!shown.contains(label->rect()))
        return QStringLiteral("shown %1 of %2")
            .arg(describeRect(shown), describeRect(label->rect()));
    return {};
}

QJsonObject LayoutReport::describe(const WizardFrame &window)
{
    QJsonObject report;
    const QRect frame = window.frameGeometry();
    const QRect available = window.screen() ? window.screen()->availableGeometry() : QRect();
    report.insert(QStringLiteral("window"), describeRect(frame));
    report.insert(QStringLiteral("screen"), describeRect(available));
    report.insert(QStringLiteral("windowFitsScreen"), available.contains(frame));
    report.insert(QStringLiteral("shown"), window.isVisible());
    // Where the keyboard is: a test that types waits for the page and field.
    report.insert(QStringLiteral("page"),
        window.currentPage() ? window.currentPage()->objectName() : QString());
    const QWidget *focus = QApplication::focusWidget();
    report.insert(QStringLiteral("focus"), focus ? focus->objectName() : QString());
    QJsonObject notice;
    const Callout *pending = window.sidebar() ? window.sidebar()->pendingNotice() : nullptr;
    notice.insert(QStringLiteral("visible"), pending && pending->isVisible());
    if (pending && pending->isVisible()) {
        notice.insert(QStringLiteral("text"), pending->text());
        QJsonArray problems;
        for (const QLabel *label : pending->findChildren<QLabel *>()) {
            if (label->text().isEmpty())
                continue;
            if (const QString why = clipping(label); !why.isEmpty())
                problems.append(QStringLiteral("%1: %2").arg(label->objectName(), why));
        }
        notice.insert(QStringLiteral("clipped"), problems);
        notice.insert(QStringLiteral("whole"), problems.isEmpty());
    }
    report.insert(QStringLiteral("pendingNotice"), notice);
    return report;
}

void LayoutReport::write()
{
    const QByteArray json = QJsonDocument(describe(m_window)).toJson();
    if (json == m_written)
        return;
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return;
    m_written = json;
}
