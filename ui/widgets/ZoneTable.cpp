#include "ZoneTable.h"

#include "TableFit.h"
#include "WrappingLabel.h"
#include "onboarding/RegionCatalogue.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { RegionColumn, IdColumn, ZonesColumn, NetworksColumn, ColumnCount };
}

ZoneTable::ZoneTable(const RegionCatalogue &catalogue, QWidget *parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
    , m_caption(new WrappingLabel(this))
    , m_table(new QTableWidget(this))
    , m_note(new WrappingLabel(this))
{
    setObjectName(QStringLiteral("zoneTable"));
    m_table->setObjectName(QStringLiteral("zoneTableView"));
    m_caption->setObjectName(QStringLiteral("zoneTableCaption"));
    m_note->setObjectName(QStringLiteral("zoneTableNote"));
    m_table->setColumnCount(ColumnCount);
    m_table->setRowCount(int(catalogue.regions().size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab must leave a read-only table
    m_table->verticalHeader()->hide();
    // The region names are the longest cells: that column takes the width
    // left. Short of room (a larger font), names and networks wrap at their
    // spaces; the IDs and counts stay whole.
    m_fit = TableFit::apply(m_table, RegionColumn, {RegionColumn, NetworksColumn});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_table);
    layout->addWidget(m_note);
    retranslate();
}

QString ZoneTable::caption() const
{
    return m_caption->text();
}

void ZoneTable::retranslate()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Region", "@title:column"), tr("Region ID", "@title:column"),
            tr("Zones", "@title:column"), tr("Networks", "@title:column")});
    int row = 0;
    for (const RegionInfo &region : m_catalogue.regions()) {
        QStringList networks;
        if (region.classic)
            networks << tr("Classic network", "@item network type");
        if (region.vpc)
            networks << tr("VPC", "@item network type");
        const QStringList cells = {region.name(), region.id, QLocale().toString(region.zoneCount),
            networks.join(tr(", ", "@item list separator"))};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *cell = new QTableWidgetItem(cells[column]);
            cell->setToolTip(cells[column]);
            m_table->setItem(row, column, cell);
        }
        ++row;
    }
    m_table->setAccessibleName(tr("Finance Cloud regions, zones and networks", "@label table"));
    m_caption->setText(tr("From the provider's getting-started guide, version %1. The zones "
                          "available to your account today may differ.",
        "@info table caption")
                           .arg(m_catalogue.version()));
    m_note->setText(tr("Finance Cloud supports same-city active-active and disaster-recovery "
                       "architectures by default.",
        "@info table note"));
    m_fit->refit();
}

void ZoneTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        retranslate();
    QWidget::changeEvent(event);
}
