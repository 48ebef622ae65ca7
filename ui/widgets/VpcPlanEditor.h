// The VPC address plan of the region step: the VPC's CIDR block and one
// vSwitch (zone and CIDR block) per zone, edited in place with each entry's
// verdict (inline, as on every page: InlineVerdict) and usable address count
// shown as the user types. It reads and
// writes the plan only through the Profile. It must never decide the address
// rules itself (VpcPlan does) nor query the account for zones.
#pragma once

#include "onboarding/PlannedVSwitch.h"
#include "validation/VpcPlan.h"

#include <QList>
#include <QString>
#include <QWidget>

class Profile;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

class VpcPlanEditor : public QWidget
{
    Q_OBJECT
public:
    explicit VpcPlanEditor(Profile &profile, QWidget *parent = nullptr);

    // True while the stored plan has an error the user must correct.
    bool hasBlockingErrors() const { return m_verdict.blocks(); }

signals:
    void blockingChanged(bool blocking);

private:
    struct Row
    {
        QLineEdit *zone;
        QLineEdit *cidr;
        QLabel *usable;
        QPushButton *remove;
        QLabel *verdict;
    };

    void retranslate();
    // Re-reads the plan; `force` also rewrites the line edit that has focus.
    void refresh(bool force);
    void syncRowCount(qsizetype count);
    void addRowWidgets();
    void retranslateRow(qsizetype index);
    void showVerdicts(const QList<PlannedVSwitch> &vSwitches);
    void writeVpcCidr(const QString &text);
    void writeVSwitch(qsizetype index, QString PlannedVSwitch::*part, const QString &value);
    void writeVSwitches(const QList<PlannedVSwitch> &vSwitches);
    void addVSwitch();
    void removeVSwitch(qsizetype index);
    QList<PlannedVSwitch> storedVSwitches() const;

    Profile &m_profile;
    QLabel *m_heading;
    QLabel *m_intro;
    QLabel *m_vpcLabel;
    QLineEdit *m_vpcCidr;
    QLabel *m_vpcVerdict;
    QLabel *m_vSwitchesLabel;
    QGridLayout *m_grid;
    QLabel *m_zoneHeader;
    QLabel *m_cidrHeader;
    QList<Row> m_rows;
    QPushButton *m_add;
    QLabel *m_planVerdict;
    VpcPlanVerdict m_verdict;
    bool m_blocking = false;
    bool m_writing = false; // our own write: the line edits already show it
};
