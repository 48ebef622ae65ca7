// Keeps a short read-only table sized to its contents: every column as wide
// as its widest cell (so names are not elided while there is room), one
// column taking the width that is left, each row as high as its cells at the
// widths the columns have now, and the table as high as its rows (it never
// scrolls up and down; the page around it does).
// Widths and heights follow the table's own size and contents. It changes no
// cell and must never be used for a long or editable table.
#pragma once

#include <QObject>

class QTableView;

class TableFit : public QObject
{
    Q_OBJECT
public:
    // What the column that takes the remaining width does when there is
    // less room than its text needs: wrap its text onto more lines (long
    // sentences), or keep its whole width and let the table scroll sideways
    // (names that must be read whole).
    enum class Narrow { Wrap, KeepWhole };

    // `table` owns the fit; `stretchColumn` takes the remaining width.
    static TableFit *apply(QTableView *table, int stretchColumn, Narrow narrow = Narrow::Wrap);

    // Rows and height anew, now (after the contents changed while hidden,
    // for example); otherwise they follow by themselves.
    void refit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TableFit(QTableView *table, int stretchColumn, Narrow narrow);
    // Once the column widths have settled, not on every step of a resize.
    void scheduleRefit();
    // KeepWhole: stretched while the table is wide enough for every
    // column's text, else at its text's width.
    void fitStretchColumn();
    // The width of a column's widest cell or its header.
    int contentWidth(int column) const;
    // The height the row's text needs at the widths the columns have now.
    int rowHeightNeeded(int row) const;

    QTableView *m_table;
    int m_stretchColumn;
    Narrow m_narrow;
    bool m_scheduled = false;
};
