#include "ChecklistPdf.h"

#include "ChecklistDocument.h"
#include "core/OutputFile.h"
#include "onboarding/FieldKey.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace {

// The layout's own resolution: fixed, so that the screen the program runs on
// (or none) does not change where lines and pages break.
constexpr int LayoutDpi = 96;
constexpr qreal FooterPointSize = 7.5;

} // namespace

Result<int> ChecklistPdf::write(
    const ProfileData &data, const QDateTime &now, const QTimeZone &zone, const QString &path)
{
    // Like an export it holds personal data (login name, mobile, e-mail):
    // owner only, all or nothing, never through a link or onto a device.
    OutputFile file(path);
    if (const Result<> created = file.create(); !created)
        return created.error();

    const std::unique_ptr<QTextDocument> document = ChecklistDocument::build(data, now, zone);
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(Resolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(MarginMillimetres, MarginMillimetres, MarginMillimetres, MarginMillimetres),
            QPageLayout::Millimeter));
        writer.setTitle(ChecklistDocument::title(data));
        writer.setCreator(QStringLiteral("fincloud-onboard " FINCLOUD_VERSION));

        QImage layoutDevice(1, 1, QImage::Format_RGB32);
        layoutDevice.setDotsPerMeterX(qRound(LayoutDpi / 0.0254));
        layoutDevice.setDotsPerMeterY(qRound(LayoutDpi / 0.0254));
        document->documentLayout()->setPaintDevice(&layoutDevice);

        const QRectF area = writer.pageLayout().paintRectPixels(Resolution);
        const qreal scale = qreal(Resolution) / LayoutDpi;
        QFont footerFont = document->defaultFont();
        footerFont.setPointSizeF(FooterPointSize);
        const qreal footerHeight = QFontMetricsF(footerFont, &writer).height() * 2.5;
        const QSizeF body((area.width()) / scale, (area.height() - footerHeight) / scale);
        document->setPageSize(body);
        pages = document->pageCount();

        QPainter painter(&writer);
        if (!painter.isActive())
            return Error {
                tr("Cannot write %1.", "@info checklist").arg(QDir::toNativeSeparators(path)),
                QStringLiteral("QPainter on QPdfWriter is not active")};
        const QString company = data.field(FieldKey::CompanyName);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.scale(scale, scale);
            painter.translate(0, -page * body.height());
            document->drawContents(&painter, QRectF(QPointF(0, page * body.height()), body));
            painter.restore();

            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QRectF footer(
                0, area.height() - footerHeight * 0.6, area.width(), footerHeight * 0.6);
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom,
                QFontMetricsF(footerFont, &writer)
                    .elidedText(company, Qt::ElideRight, area.width() * 0.7));
            painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                tr("Page %1 of %2", "@info checklist").arg(page + 1).arg(pages));
        }
        painter.end();
    }
    // QPdfWriter ignores failed writes; OutputFile remembers them.
    if (const Result<> written = file.commit(); !written)
        return written.error();
    return pages;
}
