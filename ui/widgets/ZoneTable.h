// A zone/network table: region (named in the UI's language), region ID, zones,
// networks, captioned with its source and date. Two are shown side by side on
// the region page: the guide's (labelled with its version, with the guide's
// note) and today's documentation (its own caption; a region in invitational
// preview says so in its row).
// Must never mix the two sources in one table.
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
    enum class Source { Guide, Today };

    ZoneTable(const RegionCatalogue &catalogue, Source source, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString caption() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const RegionCatalogue &m_catalogue;
    const Source m_source;
    QLabel *m_caption;
    QTableWidget *m_table;
    QLabel *m_note;
    TableFit *m_fit = nullptr;
};
