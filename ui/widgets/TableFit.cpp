#include "TableFit.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QTextBoundaryFinder>
#include <QTimer>

#include <cmath>

namespace {

QFont cellFont(const QModelIndex &index, const QFont &fallback)
{
    const QVariant font = index.data(Qt::FontRole);
    return font.isValid() ? font.value<QFont>() : fallback;
}

// The painter lays text out in fractions of a pixel and breaks a line that is
// wider than its room by any fraction: rounded up, never to the nearest.
int textWidth(const QFontMetricsF &metrics, const QString &text)
{
    return int(std::ceil(metrics.horizontalAdvance(text)));
}

} // namespace

TableFit *TableFit::apply(QTableView *table, int stretchColumn, const QList<int> &wrapping)
{
    return new TableFit(table, stretchColumn, wrapping);
}

TableFit::TableFit(QTableView *table, int stretchColumn, const QList<int> &wrapping)
    : QObject(table)
    , m_table(table)
    , m_stretchColumn(stretchColumn)
    , m_wrapping(wrapping)
{
    setObjectName(QStringLiteral("tableFit"));
    QHeaderView *columns = m_table->horizontalHeader();
    // Every width is set here: the header measures nothing by itself.
    columns->setSectionResizeMode(QHeaderView::Fixed);
    columns->setStretchLastSection(false);
    m_table->setWordWrap(true);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // A row's height depends on its columns' widths, and the widths on the
    // texts: both measured again whenever either changes. For a table of a
    // few rows that costs nothing.
    connect(columns, &QHeaderView::sectionResized, this, &TableFit::scheduleRefit);
    connect(columns, &QHeaderView::geometriesChanged, this, &TableFit::scheduleRefit);
    const QAbstractItemModel *model = m_table->model();
    connect(model, &QAbstractItemModel::dataChanged, this, &TableFit::scheduleRefit);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &TableFit::scheduleRefit);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TableFit::scheduleRefit);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TableFit::scheduleRefit);
    connect(model, &QAbstractItemModel::columnsInserted, this, &TableFit::scheduleRefit);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TableFit::scheduleRefit);
    connect(model, &QAbstractItemModel::modelReset, this, &TableFit::scheduleRefit);
    m_table->installEventFilter(this);
    m_table->horizontalScrollBar()->installEventFilter(this);
    scheduleRefit();
}

bool TableFit::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::Resize:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        if (watched == m_table || watched == m_table->horizontalScrollBar())
            scheduleRefit();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void TableFit::scheduleRefit()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        refit();
    });
}

int TableFit::padding() const
{
    // The item delegate keeps this margin on either side of its text.
    const int margin
        = m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1;
    return 2 * margin + (m_table->showGrid() ? 1 : 0);
}

int TableFit::wholeWidth(int column) const
{
    const QAbstractItemModel *model = m_table->model();
    int widest = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        const QFontMetricsF metrics(cellFont(index, m_table->font()));
        const QStringList lines = index.data(Qt::DisplayRole).toString().split(QLatin1Char('\n'));
        for (const QString &line : lines)
            widest = qMax(widest, textWidth(metrics, line));
    }
    return qMax(widest + padding(), m_table->horizontalHeader()->sectionSizeHint(column));
}

int TableFit::narrowestWidth(int column) const
{
    // The pieces between the places where a line may break (Unicode line
    // breaking, as the painter does: at spaces, and between Chinese
    // characters but not before a closing bracket).
    const QAbstractItemModel *model = m_table->model();
    int widest = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        const QFontMetricsF metrics(cellFont(index, m_table->font()));
        const QString text = index.data(Qt::DisplayRole).toString();
        QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, text);
        qsizetype start = 0;
        while (breaks.toNextBoundary() != -1) {
            const qsizetype end = breaks.position();
            widest = qMax(widest, textWidth(metrics, text.mid(start, end - start).trimmed()));
            start = end;
        }
    }
    return qMax(widest + padding(), m_table->horizontalHeader()->sectionSizeHint(column));
}

void TableFit::fitColumns()
{
    QHeaderView *columns = m_table->horizontalHeader();
    const int count = columns->count();
    QList<int> widths(count, 0);
    QList<int> least(count, 0);
    int needed = 0;
    int canGive = 0;
    for (int column = 0; column < count; ++column) {
        if (columns->isSectionHidden(column))
            continue;
        widths[column] = wholeWidth(column);
        least[column] = m_wrapping.contains(column) ? qMin(widths[column], narrowestWidth(column))
                                                    : widths[column];
        needed += widths[column];
        canGive += widths[column] - least[column];
    }
    const int room = m_table->viewport()->width();
    if (needed <= room) {
        widths[m_stretchColumn] += room - needed;
    } else if (canGive > 0) {
        // Each wrapping column gives in proportion to what it can give; what
        // the rounding leaves comes from the stretched column first.
        const int shortBy = qMin(needed - room, canGive);
        int given = 0;
        for (int column = 0; column < count; ++column) {
            const int share = int(qint64(widths[column] - least[column]) * shortBy / canGive);
            widths[column] -= share;
            given += share;
        }
        QList<int> order {m_stretchColumn};
        for (int column = 0; column < count; ++column) {
            if (column != m_stretchColumn)
                order << column;
        }
        for (const int column : std::as_const(order)) {
            const int more = qMin(shortBy - given, widths[column] - least[column]);
            widths[column] -= more;
            given += more;
        }
    }
    for (int column = 0; column < count; ++column) {
        if (!columns->isSectionHidden(column) && columns->sectionSize(column) != widths[column])
            columns->resizeSection(column, widths[column]);
    }
}

int TableFit::rowHeightNeeded(int row) const
{
    // The delegate measures with the cell's font alone; a name in Chinese
    // inside an English interface is drawn with a fallback font whose lines
    // are taller, and its last line was elided. Laid out like the painter
    // does, with the fallback, as well.
    const QAbstractItemModel *model = m_table->model();
    const int margin
        = m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1;
    int needed = 0;
    for (int column = 0; column < model->columnCount(); ++column) {
        const QModelIndex index = model->index(row, column);
        const QString text = index.data(Qt::DisplayRole).toString();
        if (text.isEmpty())
            continue;
        const QFontMetrics metrics(cellFont(index, m_table->font()));
        const int width = qMax(1, m_table->columnWidth(column) - padding());
        needed = qMax(needed,
            metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, text).height()
                + 2 * margin);
    }
    return needed;
}

void TableFit::refit()
{
    fitColumns();
    m_table->resizeRowsToContents();
    for (int row = 0; row < m_table->model()->rowCount(); ++row) {
        const int needed = rowHeightNeeded(row);
        if (m_table->rowHeight(row) < needed)
            m_table->setRowHeight(row, needed);
    }
    const QHeaderView *columns = m_table->horizontalHeader();
    int height
        = (columns->isHidden() ? 0 : columns->sizeHint().height()) + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->model()->rowCount(); ++row)
        height += m_table->rowHeight(row);
    const QScrollBar *sideways = m_table->horizontalScrollBar();
    if (sideways->isVisibleTo(m_table))
        height += sideways->sizeHint().height();
    if (m_table->height() != height || m_table->minimumHeight() != height)
        m_table->setFixedHeight(height);
}
