// The guide's zone/network table: region (named in the UI's language), region ID, zones,
// networks, and the guide's note, captioned with its source and version.
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;
class RegionCatalogue;
class TableFit;

class ZoneTable : public QWidget
{
    Q_OBJECT
public:
    explicit ZoneTable(const RegionCatalogue &catalogue, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString caption() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const RegionCatalogue &m_catalogue;
    QLabel *m_caption;
    QTableWidget *m_table;
    QLabel *m_note;
    TableFit *m_fit = nullptr;
};
