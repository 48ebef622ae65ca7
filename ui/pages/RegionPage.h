// Step 5: choose the region and network type for the Finance Cloud
// environment, with the guide's zone/network table beside the choice.
#pragma once

#include "StepPage.h"

class QButtonGroup;
class QComboBox;
class QRadioButton;
class ZoneTable;

class RegionPage : public StepPage
{
    Q_OBJECT
public:
    RegionPage(Profile &profile, UrlOpener opener, QWidget *parent = nullptr);

protected:
    void retranslate() override;

private:
    void updateState();
    void onRegionChosen();

    QLabel *m_intro;
    ZoneTable *m_table;
    QLabel *m_regionLabel;
    QComboBox *m_region;
    QLabel *m_networkLabel;
    QButtonGroup *m_network;
    QRadioButton *m_classic;
    QRadioButton *m_vpc;
    Callout *m_classicOnly;
    Callout *m_networkExplained;
    QLabel *m_plan;
    ConsolePathBox *m_path;
};
