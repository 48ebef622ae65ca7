#include "RegionPage.h"

#include "steps/RegionStep.h"
#include "widgets/LabelledRows.h"
#include "widgets/Mnemonic.h"

#include "cloud/LiveZonePanel.h"
#include "cloud/NetworkCheckPanel.h"
#include "onboarding/FieldKey.h"
#include "onboarding/Profile.h"
#include "onboarding/ProviderUrl.h"
#include "onboarding/RegionCatalogue.h"
#include "widgets/ConsolePathBox.h"
#include "widgets/FaqPanel.h"
#include "widgets/FieldBinder.h"
#include "widgets/PlanSaveButtons.h"
#include "widgets/VpcPlanEditor.h"
#include "widgets/ZoneTable.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>

RegionPage::RegionPage(Profile &profile, UrlOpener opener, CloudAccess &cloud, QWidget *parent)
    : StepPage(new RegionStep(profile, RegionCatalogue::today(), RegionCatalogue::guide()),
        std::move(opener), parent)
    , m_model(static_cast<RegionStep &>(model()))
    , m_cloud(cloud)
{
    retranslateTitles();
}

LiveZonePanel *RegionPage::liveZones()
{
    ensureBuilt();
    return m_liveZones;
}

NetworkCheckPanel *RegionPage::networkCheck()
{
    ensureBuilt();
    return m_networkCheck;
}

void RegionPage::build()
{
    m_intro = addParagraph(QStringLiteral("regionIntro"));
    // The guide's table as it was, today's right after it: two sources, each
    // with its own caption, never merged.
    m_table = new ZoneTable(RegionCatalogue::guide(), ZoneTable::Source::Guide, this);
    body()->addWidget(m_table);
    m_todayTable = new ZoneTable(RegionCatalogue::today(), ZoneTable::Source::Today, this);
    body()->addWidget(m_todayTable);
    m_liveZones = new LiveZonePanel(m_cloud, this);
    body()->addWidget(m_liveZones);

    QFormLayout *form = addForm();
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("regionChoice"));
    m_region->addItem(QString(), QString());
    for (const RegionInfo &region : m_model.offered().regions())
        m_region->addItem(QString(), region.id);
    m_regionLabel = LabelledRows::add(form, m_region);

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
    m_networkLabel = LabelledRows::add(form, networkRow, m_vpc);

    m_classicRetired = addCallout(Callout::Level::Note, QStringLiteral("classicNoLongerOffered"));
    m_classicKept = addCallout(Callout::Level::Caution, QStringLiteral("classicKept"));
    m_preview = addCallout(Callout::Level::Caution, QStringLiteral("regionInvitationalPreview"));
    m_networkExplained = addCallout(Callout::Level::Note, QStringLiteral("networkExplained"));
    m_plan = addParagraph(QStringLiteral("regionPlan"));
    m_proposal = addCallout(Callout::Level::Note, QStringLiteral("vpcPlanProposal"));
    m_useProposal = new QPushButton(this);
    m_useProposal->setObjectName(QStringLiteral("useProposedPlan"));
    auto *proposalRow = new QHBoxLayout;
    proposalRow->addWidget(m_useProposal);
    proposalRow->addStretch(1);
    body()->addLayout(proposalRow);
    connect(m_useProposal, &QPushButton::clicked, &m_model, &RegionStep::acceptProposal);
    m_vpcPlan = new VpcPlanEditor(profile(), body()->parentWidget());
    body()->addWidget(m_vpcPlan);
    m_saveButtons = new PlanSaveButtons(profile(), QStringLiteral("regionPlan"), this);
    body()->addWidget(m_saveButtons);
    m_path = addConsolePath();
    // After the console path: the network is checked once it is built there.
    m_networkCheck = new NetworkCheckPanel(m_cloud, model(), this);
    body()->addWidget(m_networkCheck);

    binder().bind(m_network, FieldKey::NetworkType);
    // The region goes through the model: the network choice follows it.
    connect(m_region, &QComboBox::activated, this,
        [this](int index) { m_model.chooseRegion(m_region->itemData(index).toString()); });
    connect(&m_model, &RegionStep::choiceChanged, this, &RegionPage::updateChoice);
    connect(&m_model, &RegionStep::planChanged, this, &RegionPage::updateProposal);

    finishLayout();
    updateChoice();
}

QPushButton *RegionPage::useProposalButton()
{
    ensureBuilt();
    return m_useProposal;
}

PlanSaveButtons *RegionPage::planSaveButtons()
{
    ensureBuilt();
    return m_saveButtons;
}

void RegionPage::updateChoice()
{
    const RegionInfo *region = m_model.region();
    m_region->setCurrentIndex(std::max(0, m_region->findData(m_model.regionId())));
    // Not offered for a new choice; a profile that chose it still sees it chosen.
    m_classic->setEnabled(m_model.isClassicOffered() || m_model.isClassicKept());
    m_vpc->setEnabled(m_model.isVpcOffered());
    m_classicRetired->setVisible(!m_model.isClassicKept());
    m_classicKept->setVisible(m_model.isClassicKept());
    m_preview->setVisible(m_model.isInvitationalPreview());
    if (region && m_model.isInvitationalPreview()) {
        m_preview->setText(tr("%1 is in invitational preview: only accounts that Alibaba Cloud "
                              "invites can use it. Ask your account manager, or write to %2, "
                              "before planning on it.",
            "@info %1 region name; the console's label 邀测")
                               .arg(region->name(), QStringLiteral("jr@service.alibaba.com"))
                               .toHtmlEscaped());
    }
    m_vpcPlan->setVisible(m_model.isVpcPlanShown());
    m_networkCheck->setVisible(m_model.isVpcPlanShown());
    const QString network = m_model.network();
    if (region && !network.isEmpty()) {
        m_plan->setText(
            tr("Plan: region %1 (%2), %3.", "@info")
                .arg(region->name(), region->id,
                    network == FieldValue::NetworkClassic ? tr("classic network", "@info plan")
                                                          : tr("VPC", "@info plan")));
    } else {
        m_plan->setText(tr("Plan: choose a region and a network type.", "@info"));
    }
    updateProposal();
}

void RegionPage::updateProposal()
{
    const bool proposed = m_model.isVpcPlanProposed();
    m_proposal->setVisible(proposed);
    m_useProposal->setVisible(proposed);
    // Until a plan is stored there is nothing to save: the proposal is only shown.
    m_saveButtons->setVisible(m_model.isVpcPlanShown() && !proposed);
    if (!proposed)
        return;
    const VpcPlanProposal plan = RegionStep::proposal();
    m_proposal->setText(tr("No address plan yet. The proposal: the VPC %1 with one vSwitch per "
                           "zone, %2. Use it, or enter your own below.",
        "@info")
                            .arg(plan.vpcCidr, plan.vSwitchCidrs.join(QStringLiteral(", ")))
                            .toHtmlEscaped());
}

QString RegionPage::classicRegionNames()
{
    QStringList names;
    for (const RegionInfo &region : RegionCatalogue::guide().regions()) {
        if (region.classic)
            names << region.name();
    }
    return names.join(tr(", ", "@info list separator"));
}

QString RegionPage::regionItemText(const RegionInfo &region)
{
    // The name in the UI's language, and the ID the API and the plan use.
    const QString text
        = tr("%1 (%2)", "@item:inlistbox region name (region ID)").arg(region.name(), region.id);
    if (!region.invitationalPreview)
        return text;
    return tr("%1, invitational preview", "@item:inlistbox; the console's label 邀测").arg(text);
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
    const QList<RegionInfo> &regions = m_model.offered().regions();
    for (int i = 0; i < regions.size(); ++i)
        m_region->setItemText(i + 1, regionItemText(regions[i]));
    m_networkLabel->setText(tr("Net&work type:", "@label radio group"));
    m_vpc->setText(tr("VPC (virtual private cloud)", "@option:radio"));
    m_classic->setText(tr("Classic network", "@option:radio"));
    m_vpc->setAccessibleName(tr("Network type: VPC", "@option:radio"));
    m_classic->setAccessibleName(tr("Network type: classic", "@option:radio"));
    const RegionCatalogue &today = RegionCatalogue::today();
    const RegionCatalogue &guide = RegionCatalogue::guide();
    m_classicRetired->setText(
        tr("New environments are planned on VPC. The classic network was an option of the "
           "guide (version %1) in %2; it is no longer offered: today every Finance Cloud "
           "region is VPC only (%3, read %4).",
            "@info %1 guide version, %2 region names, %3 source, %4 month read")
            .arg(guide.version(), classicRegionNames(), today.source(), today.version())
            .toHtmlEscaped());
    m_classicKept->setText(
        tr("This profile chose the classic network, an option of the guide (version %1); the "
           "choice is kept as it was. The classic network is no longer offered for new "
           "environments: today every Finance Cloud region is VPC only (%2, read %3). An "
           "existing classic-network environment stays as it is; to plan a new one, choose VPC.",
            "@info %1 guide version, %2 source, %3 month read")
            .arg(guide.version(), today.source(), today.version())
            .toHtmlEscaped());
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
    m_useProposal->setText(tr("&Use the proposed plan", "@action:button"));
    m_useProposal->setAccessibleName(withoutMnemonic(m_useProposal->text()));
    updateChoice();
}
