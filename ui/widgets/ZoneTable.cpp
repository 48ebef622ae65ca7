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

ZoneTable::ZoneTable(const RegionCatalogue &catalogue, Source source, QWidget *parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
    , m_source(source)
    , m_caption(new WrappingLabel(this))
    , m_table(new QTableWidget(this))
    , m_note(new WrappingLabel(this))
{
    // The guide's table keeps the names it always had.
    const QString prefix
        = source == Source::Guide ? QStringLiteral("zoneTable") : QStringLiteral("todayZoneTable");
    setObjectName(prefix);
    m_table->setObjectName(prefix + QStringLiteral("View"));
    m_caption->setObjectName(prefix + QStringLiteral("Caption"));
    m_note->setObjectName(prefix + QStringLiteral("Note"));
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
        const QString name = region.invitationalPreview
            ? tr("%1, invitational preview", "@item region name; the console's label 邀测")
                  .arg(region.name())
            : region.name();
        const QStringList cells = {name, region.id, QLocale().toString(region.zoneCount),
            networks.join(tr(", ", "@item list separator"))};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *cell = new QTableWidgetItem(cells[column]);
            cell->setToolTip(cells[column]);
            m_table->setItem(row, column, cell);
        }
        ++row;
    }
    if (m_source == Source::Guide) {
        m_table->setAccessibleName(tr("Finance Cloud regions, zones and networks", "@label table"));
        m_caption->setText(tr("From the provider's getting-started guide, version %1. The zones "
                              "available to your account today may differ.",
            "@info table caption")
                               .arg(m_catalogue.version()));
        m_note->setText(tr("Finance Cloud supports same-city active-active and disaster-recovery "
                           "architectures by default.",
            "@info table note"));
    } else {
        m_table->setAccessibleName(
            tr("Finance Cloud regions, zones and networks today", "@label table"));
        // The source is the page's title and address, as the data file names it.
        m_caption->setText(tr("Today, from the provider's documentation (%1), read %2:",
            "@info table caption, %1 the page, %2 the month read")
                               .arg(m_catalogue.source(), m_catalogue.version()));
        m_note->setText(tr("Documented zone counts; the zones of your account come from the "
                           "API (below). Only the VPC build path is documented today.",
            "@info table note"));
    }
    m_fit->refit();
}

void ZoneTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        retranslate();
    QWidget::changeEvent(event);
}
