#include "RegionPage.h"

#include "cloud/LiveZonePanel.h"
#include "onboarding/FieldKey.h"
#include "onboarding/Profile.h"
#include "onboarding/ProviderUrl.h"
#include "onboarding/RegionCatalogue.h"
#include "widgets/ConsolePathBox.h"
#include "widgets/FaqPanel.h"
#include "widgets/FieldBinder.h"
#include "widgets/VpcPlanEditor.h"
#include "widgets/ZoneTable.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>

RegionPage::RegionPage(Profile &profile, UrlOpener opener, CloudAccess &cloud, QWidget *parent)
    : StepPage(StepId::Region, profile, std::move(opener), parent)
    , m_cloud(cloud)
{
    retranslateTitles();
}

LiveZonePanel *RegionPage::liveZones()
{
    ensureBuilt();
    return m_liveZones;
}

void RegionPage::build()
{
    m_intro = addParagraph(QStringLiteral("regionIntro"));
    m_table = new ZoneTable(RegionCatalogue::guide(), this);
    body()->addWidget(m_table);
    m_liveZones = new LiveZonePanel(m_cloud, this);
    body()->addWidget(m_liveZones);

    QFormLayout *form = addForm();
    m_regionLabel = new QLabel(this);
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("regionChoice"));
    m_region->addItem(QString(), QString());
    for (const RegionInfo &region : RegionCatalogue::guide().regions())
        m_region->addItem(QString(), region.id);
    m_regionLabel->setBuddy(m_region);
    form->addRow(m_regionLabel, m_region);

    m_networkLabel = new QLabel(this);
    m_network = new QButtonGroup(this);
    m_classic = new QRadioButton(this);
    m_classic->setObjectName(QStringLiteral("networkClassic"));
    m_classic->setProperty("fieldValue", FieldValue::NetworkClassic);
    m_vpc = new QRadioButton(this);
    m_vpc->setObjectName(QStringLiteral("networkVpc"));
    m_vpc->setProperty("fieldValue", FieldValue::NetworkVpc);
    m_network->addButton(m_classic);
    m_network->addButton(m_vpc);
    auto *networkRow = new QHBoxLayout;
    networkRow->addWidget(m_vpc);
    networkRow->addWidget(m_classic);
    networkRow->addStretch(1);
    m_networkLabel->setBuddy(m_vpc);
    form->addRow(m_networkLabel, networkRow);

    m_classicOnly = addCallout(Callout::Level::Caution, QStringLiteral("classicOnlyHangzhou"));
    m_networkExplained = addCallout(Callout::Level::Note, QStringLiteral("networkExplained"));
    m_plan = addParagraph(QStringLiteral("regionPlan"));
    m_vpcPlan = new VpcPlanEditor(profile(), body()->parentWidget());
    body()->addWidget(m_vpcPlan);
    m_path = addConsolePath();

    binder().bind(m_region, FieldKey::RegionId);
    binder().bind(m_network, FieldKey::NetworkType);
    connect(m_region, &QComboBox::activated, this, &RegionPage::onRegionChosen);
    refreshOnProfileChange([this] { updateState(); });
    connect(m_vpcPlan, &VpcPlanEditor::blockingChanged, this, &RegionPage::updateCompleteness);

    finishLayout();
    updateState();
}

void RegionPage::initializePage()
{
    // A profile saved before the plan existed gets the proposal on its first visit.
    VpcPlanEditor::proposeIfEmpty(profile());
}

void RegionPage::updateCompleteness()
{
    const bool complete = isComplete();
    if (complete == m_complete)
        return;
    m_complete = complete;
    emit completeChanged();
}

void RegionPage::onRegionChosen()
{
    // Keep the network choice possible: a region without the classic network
    // leaves VPC as the only option.
    Profile &p = profile();
    const QString region = p.field(FieldKey::RegionId);
    const QString network = p.field(FieldKey::NetworkType);
    if (!region.isEmpty() && !network.isEmpty()
        && !RegionCatalogue::guide().allowsNetwork(region, network))
        p.setField(FieldKey::NetworkType, FieldValue::NetworkVpc);
}

void RegionPage::updateState()
{
    const ProfileData &data = profile().data();
    const RegionCatalogue &catalogue = RegionCatalogue::guide();
    const QString regionId = data.field(FieldKey::RegionId);
    const RegionInfo *region = catalogue.find(regionId);
    m_classic->setEnabled(!region || region->classic);
    m_vpc->setEnabled(!region || region->vpc);
    m_classicOnly->setVisible(region && !region->classic);

    const QString network = data.field(FieldKey::NetworkType);
    m_vpcPlan->setVisible(network == FieldValue::NetworkVpc);
    updateCompleteness();
    if (region && !network.isEmpty()) {
        m_plan->setText(
            tr("Plan: region %1 (%2), %3.", "@info")
                .arg(region->id, region->consoleName,
                    network == FieldValue::NetworkClassic ? tr("classic network", "@info plan")
                                                          : tr("VPC", "@info plan")));
    } else {
        m_plan->setText(tr("Plan: choose a region and a network type.", "@info"));
    }
}

QString RegionPage::subTitleText() const
{
    return tr("Choose where the Finance Cloud environment will run.", "@title");
}

void RegionPage::retranslate()
{
    m_intro->setText(tr("Finance Cloud runs in its own clusters in a few regions. Each region "
                        "has several availability zones; pick the region first, then the "
                        "network type it offers.",
        "@info"));
    m_regionLabel->setText(tr("&Region:", "@label:listbox"));
    m_region->setAccessibleName(tr("Region", "@label:listbox"));
    m_region->setItemText(0, tr("Choose a region…", "@item:inlistbox"));
    // The console's name and the ID; the table above gives the English name.
    const QList<RegionInfo> &regions = RegionCatalogue::guide().regions();
    for (int i = 0; i < regions.size(); ++i)
        m_region->setItemText(i + 1, regions[i].consoleName + QStringLiteral("  ") + regions[i].id);
    m_networkLabel->setText(tr("Net&work type:", "@label radio group"));
    m_vpc->setText(tr("VPC (virtual private cloud)", "@option:radio"));
    m_classic->setText(tr("Classic network", "@option:radio"));
    m_vpc->setAccessibleName(tr("Network type: VPC", "@option:radio"));
    m_classic->setAccessibleName(tr("Network type: classic", "@option:radio"));
    m_classicOnly->setText(tr("This region offers only VPC. In the guide, the classic network "
                              "is available only in 华东1金融云（杭州）.",
        "@info"));
    m_networkExplained->setText(
        tr("<b>Classic network:</b> your products sit in the provider's shared base network, "
           "which the provider plans and runs; the easy choice. <b>VPC:</b> an isolated network "
           "you define inside the provider's network, with your own topology and IP addresses; "
           "for teams that manage networks themselves.",
            "@info"));
    m_path->setPath(tr("Build the environment in the console of each product, for example ECS, "
                       "after choosing the region in its region list.",
                        "@info"),
        {});
    m_path->setUrl(
        ProviderUrl::ecsConsole(), tr("&Open the ECS console in the browser", "@action:button"));
    faq()->setEntries({
        {tr("What is the difference between a VPC and the classic network?", "@info FAQ"),
            tr("Classic-network products are deployed in the provider's common base network, "
               "which the provider plans and manages: best for customers who want it simple. A VPC "
               "is a private, isolated network inside the provider's network whose topology and "
               "addresses you define yourself: best for customers with network skills and needs.",
                "@info FAQ")},
    });
    updateState();
}
