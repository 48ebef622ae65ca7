// Step 5: choose the region and network type for the Finance Cloud
// environment, with the guide's zone/network table and today's beside the
// choice, and with a VPC the address plan. Next stays disabled while that
// plan has an error. The regions offered are today's; the classic network is
// explained as the guide's option that is no longer offered, and a profile
// that chose it keeps it and is told why it is not offered any more. Below a
// stored VPC plan: Save as Terraform… and Save as ROS template….
#pragma once

#include "StepPage.h"

class CloudAccess;
class LiveZonePanel;
class NetworkCheckPanel;
class PlanSaveButtons;
class QButtonGroup;
class QComboBox;
class QPushButton;
class RegionStep;
class QRadioButton;
class VpcPlanEditor;
class ZoneTable;
struct RegionInfo;

class RegionPage : public StepPage
{
    Q_OBJECT
public:
    RegionPage(Profile &profile, UrlOpener opener, CloudAccess &cloud, QWidget *parent = nullptr);
    // Builds the page first when it is not built yet.
    LiveZonePanel *liveZones();
    // The built network beside the plan (built with the page).
    NetworkCheckPanel *networkCheck();
    RegionStep &region() const { return m_model; }
    // Stores the proposed address plan; shown while a VPC has no plan yet.
    QPushButton *useProposalButton();
    // Shown while a VPC plan is stored.
    PlanSaveButtons *planSaveButtons();

protected:
    QString subTitleText() const override;
    void build() override;
    void retranslate() override;

private:
    void updateChoice();
    void updateProposal();
    // The regions the guide offers the classic network in, named in the UI's language.
    static QString classicRegionNames();
    static QString regionItemText(const RegionInfo &region);

    RegionStep &m_model;
    CloudAccess &m_cloud;
    QLabel *m_intro;
    ZoneTable *m_table;
    ZoneTable *m_todayTable;
    LiveZonePanel *m_liveZones;
    QLabel *m_regionLabel;
    QComboBox *m_region;
    QLabel *m_networkLabel;
    QButtonGroup *m_network;
    QRadioButton *m_classic;
    QRadioButton *m_vpc;
    Callout *m_classicRetired;
    Callout *m_classicKept;
    Callout *m_preview;
    Callout *m_networkExplained;
    QLabel *m_plan;
    Callout *m_proposal;
    QPushButton *m_useProposal;
    VpcPlanEditor *m_vpcPlan;
    PlanSaveButtons *m_saveButtons;
    ConsolePathBox *m_path;
    NetworkCheckPanel *m_networkCheck;
};
