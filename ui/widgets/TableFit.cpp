#include "TableFit.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>

TableFit *TableFit::apply(QTableView *table, int stretchColumn, Narrow narrow)
{
    return new TableFit(table, stretchColumn, narrow);
}

TableFit::TableFit(QTableView *table, int stretchColumn, Narrow narrow)
    : QObject(table)
    , m_table(table)
    , m_stretchColumn(stretchColumn)
    , m_narrow(narrow)
{
    setObjectName(QStringLiteral("tableFit"));
    QHeaderView *columns = m_table->horizontalHeader();
    // Measured by the header when the contents or the font change; for a
    // table of a few rows that costs nothing.
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    columns->setStretchLastSection(false);
    m_table->setWordWrap(true);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // A row's height depends on the stretched column's width: measured again
    // whenever a column's width changes.
    connect(columns, &QHeaderView::sectionResized, this, &TableFit::scheduleRefit);
    connect(columns, &QHeaderView::geometriesChanged, this, &TableFit::scheduleRefit);
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

int TableFit::contentWidth(int column) const
{
    // QTableView hides the measure that QAbstractItemView offers publicly.
    const QAbstractItemView *view = m_table;
    return qMax(
        view->sizeHintForColumn(column), m_table->horizontalHeader()->sectionSizeHint(column));
}

void TableFit::fitStretchColumn()
{
    if (m_narrow != Narrow::KeepWhole)
        return;
    QHeaderView *columns = m_table->horizontalHeader();
    int needed = 0;
    for (int column = 0; column < columns->count(); ++column) {
        if (!columns->isSectionHidden(column))
            needed += contentWidth(column);
    }
    // Decided from the room and the texts only, never from the widths the
    // columns have now: the choice cannot flip back and forth.
    const bool roomForAll = m_table->viewport()->width() >= needed;
    const QHeaderView::ResizeMode mode = roomForAll ? QHeaderView::Stretch : QHeaderView::Fixed;
    if (columns->sectionResizeMode(m_stretchColumn) != mode)
        columns->setSectionResizeMode(m_stretchColumn, mode);
    const int whole = contentWidth(m_stretchColumn);
    if (!roomForAll && columns->sectionSize(m_stretchColumn) != whole)
        columns->resizeSection(m_stretchColumn, whole);
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
        const QVariant cellFont = index.data(Qt::FontRole);
        const QFontMetrics metrics(cellFont.isValid() ? cellFont.value<QFont>() : m_table->font());
        const int width = qMax(1, m_table->columnWidth(column) - 2 * margin);
        needed = qMax(needed,
            metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, text).height()
                + 2 * margin);
    }
    return needed;
}

void TableFit::refit()
{
    fitStretchColumn();
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
