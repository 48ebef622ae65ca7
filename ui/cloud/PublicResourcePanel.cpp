#include "PublicResourcePanel.h"
#include "widgets/Retranslation.h"

#include "AccessKeyDialog.h"
#include "cloud/CloudAccess.h"
#include "cloud/PublicResourceSummary.h"
#include "cloud/SystemKeychainVault.h"
#include "core/Clock.h"
#include "onboarding/Profile.h"
#include "widgets/Callout.h"
#include "widgets/Mnemonic.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

enum Column { RegionColumn, EcsColumn, RdsColumn, ColumnCount };

Callout::Level levelFor(PublicResourceReport::Verdict verdict)
{
    switch (verdict) {
    case PublicResourceReport::Verdict::Found:
        return Callout::Level::Danger;
    case PublicResourceReport::Verdict::NoneVisible:
        return Callout::Level::Warning;
    case PublicResourceReport::Verdict::Incomplete:
        return Callout::Level::Caution;
    }
    return Callout::Level::Caution;
}

QString countText(const std::optional<qint64> &count)
{
    return count ? QLocale().toString(*count) : QStringLiteral("?");
}

// Regions with something in them (or unknown) first: those are what matters.
bool worthShowingFirst(const RegionResources &region)
{
    return !region.ecs || !region.rds || *region.ecs > 0 || *region.rds > 0;
}

} // namespace

PublicResourcePanel::PublicResourcePanel(CloudAccess &cloud, Profile &profile, QWidget *parent)
    : QWidget(parent)
    , m_cloud(cloud)
    , m_profile(profile)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_keyLine(new QLabel(this))
    , m_checkButton(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_changeKey(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_stored(new QLabel(this))
    , m_verdict(new Callout(Callout::Level::Caution, this))
    , m_keychainNote(new Callout(Callout::Level::Note, this))
    , m_table(new QTableWidget(this))
    , m_detailsToggle(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("publicResourcePanel"));
    m_title->setObjectName(QStringLiteral("precheckTitle"));
    m_intro->setObjectName(QStringLiteral("precheckIntro"));
    m_keyLine->setObjectName(QStringLiteral("precheckKey"));
    m_checkButton->setObjectName(QStringLiteral("checkPublicResources"));
    m_cancel->setObjectName(QStringLiteral("cancelPublicResourceCheck"));
    m_changeKey->setObjectName(QStringLiteral("changeAccessKey"));
    m_progress->setObjectName(QStringLiteral("precheckProgress"));
    m_stored->setObjectName(QStringLiteral("precheckStored"));
    m_verdict->setObjectName(QStringLiteral("precheckVerdict"));
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_table->setObjectName(QStringLiteral("precheckTable"));
    m_detailsToggle->setObjectName(QStringLiteral("precheckDetailsToggle"));
    m_details->setObjectName(QStringLiteral("precheckDetails"));

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    for (QLabel *label : {m_intro, m_keyLine, m_stored})
        label->setWordWrap(true);
    m_progress->setTextVisible(true);
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RegionColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 9);
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(m_details->fontMetrics().height() * 8);
    connect(m_detailsToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_details->setVisible(shown);
        m_detailsToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_changeKey);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_keyLine);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_keychainNote);
    layout->addWidget(m_stored);
    layout->addWidget(m_verdict);
    layout->addWidget(m_table);
    layout->addWidget(m_detailsToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_details);

    for (QWidget *hidden : {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_verdict),
             static_cast<QWidget *>(m_keychainNote), static_cast<QWidget *>(m_table),
             static_cast<QWidget *>(m_detailsToggle), static_cast<QWidget *>(m_details)})
        hidden->hide();

    connect(m_checkButton, &QPushButton::clicked, this, &PublicResourcePanel::startCheck);
    connect(m_cancel, &QPushButton::clicked, this, &PublicResourcePanel::cancelCheck);
    connect(m_changeKey, &QPushButton::clicked, this, [this] {
        m_cloud.forgetKey();
        AccessKeyDialog::ensureKey(m_cloud, this, [](bool) {});
    });
    connect(&m_cloud, &CloudAccess::credentialsChanged, this, &PublicResourcePanel::updateKeyLine);
    connect(&m_cloud, &CloudAccess::keychainFailed, this, [this](const Error &error) {
        m_keychainProblem = error;
        updateKeychainNote();
    });
    connect(&m_cloud, &CloudAccess::keyRemembered, this, [this] {
        m_keychainProblem.reset();
        updateKeychainNote();
    });
    // The stored check: only its own fields (another check, an import).
    connect(&m_profile, &Profile::reset, this, &PublicResourcePanel::updateStored);
    connect(&m_profile, &Profile::fieldChanged, this, [this](const QString &key) {
        if (PublicResourceSummary::recordsField(key))
            updateStored();
    });
    setRunning(false);
    retranslate();
    Retranslation::follow(this, [this] { retranslate(); });
}

PublicResourcePanel::~PublicResourcePanel()
{
    // The check holds on to the client: it goes first.
    delete m_running.data();
}

void PublicResourcePanel::retranslate()
{
    m_title->setText(tr("Check the account automatically", "@title:group"));
    m_intro->setText(tr("With an AccessKey of the account, the wizard asks Alibaba Cloud how many "
                        "ECS and RDS instances the account holds in each public-cloud region. "
                        "Only the counts are kept.",
        "@info"));
    m_checkButton->setText(tr("Check the account no&w", "@action:button"));
    m_checkButton->setAccessibleName(withoutMnemonic(m_checkButton->text()));
    m_cancel->setText(tr("Cancel the chec&k", "@action:button"));
    m_cancel->setAccessibleName(withoutMnemonic(m_cancel->text()));
    m_changeKey->setText(tr("Use another AccessKe&y…", "@action:button"));
    m_changeKey->setAccessibleName(withoutMnemonic(m_changeKey->text()));
    m_progress->setAccessibleName(tr("Progress of the check", "@label"));
    m_table->setHorizontalHeaderLabels({tr("Region", "@title:column"),
        tr("ECS instances", "@title:column"), tr("RDS instances", "@title:column")});
    m_table->setAccessibleName(tr("Public-cloud instances per region", "@label table"));
    m_detailsToggle->setText(tr("Details for support", "@action:button"));
    m_detailsToggle->setAccessibleName(m_detailsToggle->text());
    m_details->setAccessibleName(tr("Details of the check for support", "@label"));
    updateKeyLine();
    updateKeychainNote();
    updateStored();
    updateProgress();
    showResult();
}

void PublicResourcePanel::updateKeychainNote()
{
    m_keychainNote->setVisible(m_keychainProblem.has_value());
    if (!m_keychainProblem)
        return;
    m_keychainNote->setText(SystemKeychainVault::message(*m_keychainProblem));
    m_keychainNote->setToolTip(m_keychainProblem->details);
}

void PublicResourcePanel::updateKeyLine()
{
    const std::optional<CloudCredentials> key = m_cloud.credentials();
    m_keyLine->setText(key
            ? tr("AccessKey: %1", "@info").arg(key->redactedDescription())
            : tr("No AccessKey yet: the wizard asks for one when you start the check.", "@info"));
    m_changeKey->setVisible(key.has_value() && !m_cloud.keyFromEnvironment());
}

void PublicResourcePanel::updateStored()
{
    const std::optional<StoredPrecheck> stored
        = PublicResourceSummary::fromProfile(m_profile.data());
    m_stored->setVisible(stored.has_value() && !m_lastReport);
    if (stored)
        m_stored->setText(PublicResourceSummary::describe(*stored, m_profile.clock().timeZone()));
}

void PublicResourcePanel::startCheck()
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
        m_running = new PublicResourceCheck(*m_client, m_cloud.endpoints(), this);
        connect(m_running, &PublicResourceCheck::progress, this, &PublicResourcePanel::onProgress);
        connect(m_running, &PublicResourceCheck::finished, this, &PublicResourcePanel::onFinished);
        m_done = -1;
        updateProgress();
        setRunning(true);
        m_running->start();
    });
}

void PublicResourcePanel::cancelCheck()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_running->cancel();
}

void PublicResourcePanel::onProgress(int done, int total)
{
    m_done = done;
    m_total = total;
    updateProgress();
}

void PublicResourcePanel::updateProgress()
{
    if (m_done < 0) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Asking for the list of regions…", "@info:progress"));
        return;
    }
    m_progress->setRange(0, m_total);
    m_progress->setValue(m_done);
    m_progress->setFormat(tr("%1 of %2 regions and products read", "@info:progress")
                              .arg(QLocale().toString(m_done), QLocale().toString(m_total)));
}

void PublicResourcePanel::onFinished()
{
    const PublicResourceReport report = m_running->report();
    m_running->deleteLater();
    m_running = nullptr;
    setRunning(false);
    if (m_cancelled) {
        m_lastReport.reset();
        showResult();
        updateStored();
    } else {
        const QHash<QString, QString> fields
            = PublicResourceSummary::profileFields(report, m_profile.clock().now());
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            m_profile.setField(it.key(), it.value());
        showReport(report);
    }
    m_client.reset();
    emit checkFinished();
}

void PublicResourcePanel::showReport(const PublicResourceReport &report)
{
    m_cancelled = false;
    m_lastReport = report;
    showResult();
}

void PublicResourcePanel::showResult()
{
    if (!m_lastReport) {
        m_verdict->setVisible(m_cancelled);
        if (m_cancelled) {
            m_verdict->setLevel(Callout::Level::Note);
            m_verdict->setText(tr("The check was cancelled; nothing was recorded.", "@info"));
        }
        for (QWidget *result : {static_cast<QWidget *>(m_table),
                 static_cast<QWidget *>(m_detailsToggle), static_cast<QWidget *>(m_details)})
            result->hide();
        return;
    }
    const PublicResourceReport &report = *m_lastReport;
    m_stored->hide();
    m_verdict->setLevel(levelFor(report.verdict));
    m_verdict->setText(PublicResourceSummary::verdictText(report));
    m_verdict->show();

    QList<RegionResources> regions = report.regions;
    std::stable_sort(
        regions.begin(), regions.end(), [](const RegionResources &a, const RegionResources &b) {
            return worthShowingFirst(a) && !worthShowingFirst(b);
        });
    m_table->setRowCount(int(regions.size()));
    const QBrush alert(
        Callout::accentColour(Callout::Level::Danger, m_table->palette(), QPalette::Base));
    int row = 0;
    for (const RegionResources &region : regions) {
        const QString name = region.localName.isEmpty()
            ? region.regionId
            : QStringLiteral("%1 (%2)").arg(region.localName, region.regionId);
        const QStringList cells = {name, countText(region.ecs), countText(region.rds)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *cell = new QTableWidgetItem(cells[column]);
            if (column != RegionColumn)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (worthShowingFirst(region)) {
                QFont font = cell->font();
                font.setBold(true);
                cell->setFont(font);
                cell->setForeground(alert);
            }
            m_table->setItem(row, column, cell);
        }
        ++row;
    }
    m_table->setVisible(!regions.isEmpty());

    const QString details = PublicResourceSummary::problemDetails(report);
    m_details->setPlainText(details);
    m_detailsToggle->setVisible(!details.isEmpty());
    m_details->setVisible(!details.isEmpty() && m_detailsToggle->isChecked());
}

void PublicResourcePanel::setRunning(bool running)
{
    m_checkButton->setEnabled(!running);
    m_changeKey->setEnabled(!running);
    m_cancel->setVisible(running);
    m_progress->setVisible(running);
}
