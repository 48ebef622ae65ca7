// "Save as Terraform…" and "Save as ROS template…" of the region page and the
// summary: the open profile's network plan as code (PlanFile), through a file
// dialog, every result and refusal in a message box. A plan that is
// incomplete or breaks a rule is refused with the reasons NetworkPlan gives
// (the wizard's rules), before any dialog. The dialog asks before it replaces
// a file, so a file the user chose there is replaced even if another program
// wrote it; a symbolic link never is. It must never decide the plan's rules
// or write code itself (NetworkPlan, PlanFile do), and never touch the store.
#pragma once

#include "plan/PlanFile.h"

#include <QWidget>

class Profile;
class QPushButton;

class PlanSaveButtons : public QWidget
{
    Q_OBJECT
public:
    // `objectPrefix` keeps the buttons' names unique in one window
    // ("regionPlan" → regionPlanSaveTerraform, regionPlanSaveRos).
    PlanSaveButtons(Profile &profile, const QString &objectPrefix, QWidget *parent = nullptr);

    QPushButton *button(PlanFile::Format format) const;

    // What a button does once a file was chosen (tests call it directly):
    // writes the plan, then says how it went in a message box (object name
    // planSaveResult). True when written.
    bool saveTo(PlanFile::Format format, const QString &path);

signals:
    void finished(bool written);

private:
    void retranslate();
    void choose(PlanFile::Format format);
    // The refusal box; false when the plan cannot be written.
    bool planIsWritable();
    void tell(bool success, const QString &title, const QString &text, const QString &details);

    Profile &m_profile;
    QPushButton *m_terraform;
    QPushButton *m_ros;
};
