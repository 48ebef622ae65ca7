#include "LiveZonePanel.h"
#include "widgets/Retranslation.h"

#include "AccessKeyDialog.h"
#include "cloud/CloudAccess.h"
#include "cloud/LiveZoneQuery.h"
#include "core/Clock.h"
#include "i18n/DateText.h"
#include "onboarding/RegionCatalogue.h"
#include "widgets/Callout.h"
#include "widgets/Mnemonic.h"
#include "widgets/TableFit.h"
#include "widgets/WrappingLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { RegionColumn, GuideColumn, LiveColumn, DifferenceColumn, ColumnCount };

// Zone ids are the region id plus a letter: "5 (b, c, d, j, k)" fits a cell
// where five full ids do not. Ids of another shape are shown whole.
QString compactZones(const ZoneDifference &difference)
{
    QStringList shown;
    const QString prefix = difference.regionId + QLatin1Char('-');
    for (const QString &zone : difference.liveZones)
        shown.append(zone.startsWith(prefix) ? zone.mid(prefix.size()) : zone);
    return LiveZonePanel::tr("%1 (%2)", "@item zone count (zone letters)")
        .arg(QLocale().toString(difference.liveZones.size()),
            shown.join(LiveZonePanel::tr(", ", "@item list separator")));
}

} // namespace

LiveZonePanel::LiveZonePanel(CloudAccess &cloud, QWidget *parent)
    : QWidget(parent)
    , m_cloud(cloud)
    , m_title(new WrappingLabel(this))
    , m_refresh(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_busy(new QProgressBar(this))
    , m_problem(new Callout(Callout::Level::Caution, this))
    , m_caption(new WrappingLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("liveZonePanel"));
    m_title->setObjectName(QStringLiteral("liveZonesTitle"));
    m_refresh->setObjectName(QStringLiteral("refreshLiveZones"));
    m_cancel->setObjectName(QStringLiteral("cancelLiveZones"));
    m_busy->setObjectName(QStringLiteral("liveZonesProgress"));
    m_problem->setObjectName(QStringLiteral("liveZonesProblem"));
    m_caption->setObjectName(QStringLiteral("liveZonesCaption"));
    m_table->setObjectName(QStringLiteral("liveZonesTable"));
    m_busy->setRange(0, 0);
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // The differences are the long, wrapping text, and take the width left;
    // the zone letters wrap too when short of room, the region IDs never.
    m_fit = TableFit::apply(m_table, DifferenceColumn, {LiveColumn, DifferenceColumn});

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_busy, 1);
    buttons->addStretch(0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addWidget(m_caption);
    layout->addWidget(m_table);
    m_problem->hide();
    m_caption->hide();
    m_table->hide();

    connect(m_refresh, &QPushButton::clicked, this, &LiveZonePanel::refresh);
    connect(m_cancel, &QPushButton::clicked, this, &LiveZonePanel::cancel);
    setRunning(false);
    retranslate();
    Retranslation::follow(this, [this] { retranslate(); });
}

LiveZonePanel::~LiveZonePanel()
{
    // The query holds on to the client: it goes first.
    delete m_running.data();
}

void LiveZonePanel::retranslate()
{
    m_title->setText(tr("The tables above come from documents: the guide's from 2020, today's "
                        "from the documentation. Zones change: ask Alibaba Cloud which zones each "
                        "Finance Cloud region offers this account today.",
        "@info"));
    m_refresh->setText(tr("Read to&day's zones", "@action:button"));
    m_refresh->setAccessibleName(withoutMnemonic(m_refresh->text()));
    m_cancel->setText(tr("Cancel", "@action:button"));
    m_cancel->setAccessibleName(tr("Cancel reading the zones", "@action:button"));
    m_busy->setAccessibleName(tr("Reading the zones", "@label"));
    m_table->setHorizontalHeaderLabels(
        {tr("Region ID", "@title:column"), tr("In the guide", "@title:column"),
            tr("Today", "@title:column"), tr("Difference", "@title:column")});
    m_table->setAccessibleName(tr("Zones today compared with the guide", "@label table"));
    showResult();
}

void LiveZonePanel::refresh()
{
    if (m_running)
        return;
    AccessKeyDialog::ensureKey(m_cloud, this, [this](bool haveKey) {
        if (!haveKey || m_running)
            return;
        m_client = m_cloud.makeClient();
        if (!m_client)
            return;
        m_cancelled = false;
        m_problem->hide();
        QStringList regionIds;
        for (const RegionInfo &region : RegionCatalogue::today().regions())
            regionIds.append(region.id);
        m_running = new LiveZoneQuery(*m_client, m_cloud.endpoints(), this);
        connect(m_running, &LiveZoneQuery::finished, this, &LiveZonePanel::onFinished);
        setRunning(true);
        m_running->start(regionIds);
    });
}

void LiveZonePanel::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_running->cancel();
}

void LiveZonePanel::onFinished()
{
    const QList<RegionZones> regions = m_running->regions();
    m_running->deleteLater();
    m_running = nullptr;
    m_client.reset();
    setRunning(false);
    if (m_cancelled)
        showResult();
    else
        showDifferences(
            ZoneComparison::compare(RegionCatalogue::guide(), regions), m_cloud.clock().now());
    emit refreshed();
}

void LiveZonePanel::showDifferences(const QList<ZoneDifference> &differences, const QDateTime &at)
{
    m_cancelled = false;
    m_differences = differences;
    m_at = at;
    showResult();
}

void LiveZonePanel::showResult()
{
    if (m_cancelled) {
        m_problem->setLevel(Callout::Level::Note);
        m_problem->setText(tr("Cancelled. The guide's table above is unchanged.", "@info"));
        m_problem->show();
    }
    if (!m_at.isValid())
        return;
    const QString when = DateText::dateTime(m_at, m_cloud.clock().timeZone());
    m_caption->setText(
        tr("Source: Alibaba Cloud OpenAPI (DescribeZones), read on %1. Highlighted rows differ "
           "from the guide.",
            "@info %1 a date and time")
            .arg(when));
    m_caption->show();

    const QBrush highlight(
        Callout::accentColour(Callout::Level::Caution, m_table->palette(), QPalette::Base));
    m_table->setRowCount(int(m_differences.size()));
    int row = 0;
    for (const ZoneDifference &difference : std::as_const(m_differences)) {
        const QString guide = difference.kind == ZoneDifference::Kind::NotInGuide
            ? tr("—", "@item not in the guide")
            : QLocale().toString(difference.guideCount);
        const QString live = difference.kind == ZoneDifference::Kind::Unavailable
            ? tr("?", "@item could not be read")
            : compactZones(difference);
        const QStringList cells
            = {difference.regionId, guide, live, ZoneComparison::describe(difference)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *cell = new QTableWidgetItem(cells[column]);
            cell->setToolTip(cells[column]);
            if (column == LiveColumn)
                cell->setToolTip(difference.liveZones.join(QLatin1Char('\n')));
            if (column == DifferenceColumn && difference.failure)
                cell->setToolTip(CloudErrorText::message(*difference.failure) + QLatin1Char('\n')
                    + CloudErrorText::details(*difference.failure));
            if (difference.differs()) {
                QFont font = cell->font();
                font.setBold(true);
                cell->setFont(font);
                cell->setForeground(highlight);
            }
            m_table->setItem(row, column, cell);
        }
        ++row;
    }
    m_table->show();
    m_fit->refit();
    if (m_cancelled)
        return;
    const QString problems = ZoneComparison::problemsText(m_differences);
    m_problem->setVisible(!problems.isEmpty());
    if (!problems.isEmpty()) {
        m_problem->setLevel(Callout::Level::Caution);
        m_problem->setText(tr(
            "%1 The guide's table above stays as it is.", "@info %1 what could not be read and why")
                               .arg(problems));
    }
}

void LiveZonePanel::setRunning(bool running)
{
    m_refresh->setEnabled(!running);
    m_cancel->setVisible(running);
    m_busy->setVisible(running);
}
