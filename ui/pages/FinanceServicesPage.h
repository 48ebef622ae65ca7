// Step 4: account finance services: contract, top-up, invoice details and
// moving money from a public-cloud account.
#pragma once

#include "StepPage.h"

class AccountCheckPanel;
class CloudAccess;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class FinanceServicesStep;
class QLineEdit;
class QPushButton;
class QRadioButton;

class FinanceServicesPage : public StepPage
{
    Q_OBJECT
public:
    FinanceServicesPage(
        Profile &profile, UrlOpener opener, CloudAccess &cloud, QWidget *parent = nullptr);

    // The balance and the invoice title, read from the account.
    AccountCheckPanel *accountCheck();

    FinanceServicesStep &services() const { return m_model; }
    // Stores the invoice details the company data proposes (Alt+C).
    QPushButton *useProposalsButton();

protected:
    QString subTitleText() const override;
    void build() override;
    void retranslate() override;

private:
    void updateContract();
    void updateTransfer();
    // The proposals show as the empty fields' placeholders, and a button
    // takes them over.
    void updateProposals();

    FinanceServicesStep &m_model;
    CloudAccess &m_cloud;
    AccountCheckPanel *m_accountCheck;
    QLabel *m_intro;
    ConsolePathBox *m_path;
    QLabel *m_contractLabel;
    QButtonGroup *m_contract;
    QRadioButton *m_online;
    QRadioButton *m_offline;
    Callout *m_offlineNote;
    QCheckBox *m_topUp;
    QLabel *m_invoiceTitleLabel;
    QLineEdit *m_invoiceTitle;
    QLabel *m_taxpayerLabel;
    QLineEdit *m_taxpayer;
    QPushButton *m_useProposals;
    std::function<void(bool)> m_useProposalsRow;
    QLabel *m_transferLabel;
    QComboBox *m_transfer;
    QLabel *m_ticketLabel;
    QLineEdit *m_ticket;
    Callout *m_transferNote;
};
