// Step 3: Finance Cloud certification. Shows the Danger notice about
// public-cloud resources and records the explicit confirmation and the
// outcome of the submission.
#pragma once

#include "StepPage.h"

class CertificationStep;
class AccountCheckPanel;
class CloudAccess;
class PublicResourcePanel;
class QCheckBox;
class QComboBox;

class CertificationPage : public StepPage
{
    Q_OBJECT
public:
    CertificationPage(
        Profile &profile, UrlOpener opener, CloudAccess &cloud, QWidget *parent = nullptr);
    // Builds the page first when it is not built yet.
    PublicResourcePanel *precheck();
    // The finance regions the account sees (built with the page).
    AccountCheckPanel *accountCheck();
    CertificationStep &certification() const { return m_model; }

protected:
    QString subTitleText() const override;
    void build() override;
    void retranslate() override;

private:
    void updateConfirmation();
    void updateOutcome();
    void updateBlockers();
    void onOutcomeActivated(int index);

    CertificationStep &m_model;
    CloudAccess &m_cloud;
    QLabel *m_intro;
    Callout *m_danger;
    Callout *m_blockers;
    PublicResourcePanel *m_precheck;
    AccountCheckPanel *m_accountCheck;
    Callout *m_precheckFound;
    ConsolePathBox *m_path;
    QCheckBox *m_confirm;
    QLabel *m_confirmLocked;
    QLabel *m_outcomeLabel;
    QComboBox *m_outcome;
    Callout *m_outcomeRefusal;
    Callout *m_failed;
    Callout *m_rejected;
};
