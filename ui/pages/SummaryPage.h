// The last page: every step with its status, what to do next, and the chosen
// region and network as a plan (with a VPC: Save as Terraform… and Save as
// ROS template…). Each part follows the changes of the values
// it shows (the step models' signals, the plan's fields), whether the page is
// shown or not; a keystroke in any other field costs it nothing.
#pragma once

#include "OnDemandPage.h"
#include "onboarding/Step.h"
#include "steps/StepModel.h"

class PlanSaveButtons;
class Profile;
class QLabel;
class QTableWidget;

class SummaryPage : public OnDemandPage
{
    Q_OBJECT
public:
    SummaryPage(Profile &profile, const StepModels &models, QString storeLocation,
        QWidget *parent = nullptr);

    // What the page names as the database's place (the screenshot tour shows
    // a fixed one instead of its temporary file).
    void setStoreLocation(const QString &location);

signals:
    // A part of the page was updated. Every update compares before it sets,
    // so one that changes nothing leaves no trace on the widgets: this is how
    // a test sees that a keystroke elsewhere did not update the page at all.
    void refreshed();

protected:
    void build() override;
    void changeEvent(QEvent *event) override;

private:
    // The title and the line under it (it names the company): also while
    // the page is not built.
    void retranslateTitles();
    // The widgets of the parts below exist: from within build() on (isBuilt()
    // turns true only after it).
    bool hasParts() const { return m_table != nullptr; }
    // Every part (nothing but the titles while the page is not built).
    void refresh();
    // The parts, each when what it shows changed.
    void showSteps();
    // One row of the table; true when a cell changed.
    bool showStep(StepId step);
    void showNext();
    // A waiting step's situation and what to do now (its model's advice).
    QString waitingText(StepId step) const;
    void showPlan();
    void showStorage();
    // Column widths and a height that shows every row without scrolling.
    void fitTable();

    Profile &m_profile;
    StepModels m_models;
    QString m_storeLocation;
    QTableWidget *m_table = nullptr;
    QLabel *m_nextHeading = nullptr;
    QLabel *m_next = nullptr;
    QLabel *m_planHeading = nullptr;
    QLabel *m_plan = nullptr;
    PlanSaveButtons *m_saveButtons = nullptr; // shown with a VPC plan
    QLabel *m_storage = nullptr;
};
