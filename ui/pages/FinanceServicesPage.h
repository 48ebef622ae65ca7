// Step 4: account finance services: contract, top-up, invoice details and
// moving money from a public-cloud account.
#pragma once

#include "StepPage.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;

class FinanceServicesPage : public StepPage
{
    Q_OBJECT
public:
    FinanceServicesPage(Profile &profile, UrlOpener opener, QWidget *parent = nullptr);

    // Fills the invoice title and taxpayer number from the company data when
    // they are still empty.
    void initializePage() override;

protected:
    QString subTitleText() const override;
    void build() override;
    void retranslate() override;

private:
    void updateState();

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
    QLabel *m_transferLabel;
    QComboBox *m_transfer;
    QLabel *m_ticketLabel;
    QLineEdit *m_ticket;
    Callout *m_transferNote;
};
