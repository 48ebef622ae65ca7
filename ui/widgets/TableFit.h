// Keeps a short read-only table sized to its contents: every column as wide
// as its widest cell (so names are not elided while there is room), one
// column taking the width that is left, each row as high as its cells at the
// widths the columns have now, and the table as high as its rows (it never
// scrolls up and down; the page around it does).
// When the table is narrower than its cells on one line (a larger font, a
// narrow window), the columns that may wrap give up width, each in
// proportion to what it can give, down to their longest unbreakable piece
// (a word; a Chinese character); only when even that does not fit does the
// table scroll sideways. Identifiers and numbers
// stay whole: a region ID is never broken at its hyphens.
// Widths and heights follow the table's own size and contents. It changes no
// cell and must never be used for a long or editable table.
#pragma once

#include <QList>
#include <QObject>

class QTableView;

class TableFit : public QObject
{
    Q_OBJECT
public:
    // `table` owns the fit; `stretchColumn` takes the remaining width;
    // `wrapping` are the columns whose text may go onto more lines when
    // there is not room for every cell on one line.
    static TableFit *apply(QTableView *table, int stretchColumn, const QList<int> &wrapping);

    // Rows and height anew, now (after the contents changed while hidden,
    // for example); otherwise they follow by themselves.
    void refit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TableFit(QTableView *table, int stretchColumn, const QList<int> &wrapping);
    // Once the column widths have settled, not on every step of a resize.
    void scheduleRefit();
    // Column widths from the room and the texts only, never from the widths
    // the columns have now: the outcome cannot flip back and forth.
    void fitColumns();
    // What a cell's text needs around it: the delegate's margins and the
    // grid line.
    int padding() const;
    // The width of a column's cells on one line, or its header if wider.
    int wholeWidth(int column) const;
    // The width of a column's longest piece between two places where a
    // line may break, or its header if wider.
    int narrowestWidth(int column) const;
    // The height the row's text needs at the widths the columns have now.
    int rowHeightNeeded(int row) const;

    QTableView *m_table;
    int m_stretchColumn;
    QList<int> m_wrapping;
    bool m_scheduled = false;
};
