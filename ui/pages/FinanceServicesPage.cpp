#include "FinanceServicesPage.h"

#include "cloud/AccountCheckPanel.h"
#include "steps/FinanceServicesStep.h"
#include "widgets/LabelledRows.h"
#include "widgets/Mnemonic.h"

#include "onboarding/FieldKey.h"
#include "onboarding/Profile.h"
#include "onboarding/ProviderUrl.h"
#include "widgets/ConsolePathBox.h"
#include "widgets/FaqPanel.h"
#include "widgets/FieldBinder.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

FinanceServicesPage::FinanceServicesPage(
    Profile &profile, UrlOpener opener, CloudAccess &cloud, QWidget *parent)
    : StepPage(new FinanceServicesStep(profile), std::move(opener), parent)
    , m_model(static_cast<FinanceServicesStep &>(model()))
    , m_cloud(cloud)
{
    retranslateTitles();
}

AccountCheckPanel *FinanceServicesPage::accountCheck()
{
    ensureBuilt();
    return m_accountCheck;
}

void FinanceServicesPage::build()
{
    m_intro = addParagraph(QStringLiteral("servicesIntro"));
    m_path = addConsolePath();
    QFormLayout *form = addForm();

    m_contract = new QButtonGroup(this);
    m_online = new QRadioButton(this);
    m_online->setObjectName(QStringLiteral("contractOnline"));
    m_online->setProperty("fieldValue", FieldValue::ContractOnline);
    m_offline = new QRadioButton(this);
    m_offline->setObjectName(QStringLiteral("contractOffline"));
    m_offline->setProperty("fieldValue", FieldValue::ContractOffline);
    m_contract->addButton(m_online);
    m_contract->addButton(m_offline);
    auto *contractRow = new QHBoxLayout;
    contractRow->addWidget(m_online);
    contractRow->addWidget(m_offline);
    contractRow->addStretch(1);
    m_contractLabel = LabelledRows::add(form, contractRow, m_online);

    m_topUp = new QCheckBox(this);
    m_topUp->setObjectName(QStringLiteral("topUpDone"));
    form->addRow(m_topUp);

    // Optional until the user starts an invoice; then checked like the company data.
    m_invoiceTitle = addCheckedLine(
        form, m_invoiceTitleLabel, QStringLiteral("invoiceTitle"), FieldKey::InvoiceTitle, 200);
    m_taxpayer = addCheckedLine(
        form, m_taxpayerLabel, QStringLiteral("taxpayerId"), FieldKey::TaxpayerId, 40);
    m_useProposals = new QPushButton(this);
    m_useProposals->setObjectName(QStringLiteral("useCompanyData"));
    auto *useRow = new QHBoxLayout;
    useRow->addWidget(m_useProposals);
    useRow->addStretch(1);
    form->addRow(QString(), useRow);
    // A hidden button alone would still leave its row's gap.
    m_useProposalsRow = [form, useRow](bool visible) { form->setRowVisible(useRow, visible); };
    connect(m_useProposals, &QPushButton::clicked, &m_model, &FinanceServicesStep::acceptProposals);

    m_transfer = new QComboBox(this);
    m_transfer->setObjectName(QStringLiteral("fundTransfer"));
    for (const QString &value :
        {FieldValue::TransferNone, FieldValue::TransferNeeded, FieldValue::TransferTicketOpened})
        m_transfer->addItem(QString(), value);
    m_transferLabel = LabelledRows::add(form, m_transfer);
    m_ticket = new QLineEdit(this);
    m_ticket->setObjectName(QStringLiteral("fundTicketId"));
    m_ticket->setMaxLength(64);
    m_ticketLabel = LabelledRows::add(form, m_ticket);

    m_offlineNote = addCallout(Callout::Level::Note, QStringLiteral("offlineContractNote"));
    m_transferNote = addCallout(Callout::Level::Note, QStringLiteral("fundTransferNote"));
    m_accountCheck = new AccountCheckPanel(m_cloud, model(), this);
    body()->addWidget(m_accountCheck);

    binder().bind(m_contract, FieldKey::ContractKind);
    binder().bind(m_topUp, FieldKey::TopUpDone);
    binder().bind(m_transfer, FieldKey::FundTransfer);
    binder().bind(m_ticket, FieldKey::FundTicketId);
    connect(&m_model, &FinanceServicesStep::contractChanged, this,
        &FinanceServicesPage::updateContract);
    connect(&m_model, &FinanceServicesStep::transferChanged, this,
        &FinanceServicesPage::updateTransfer);
    connect(&m_model, &FinanceServicesStep::proposalsChanged, this,
        &FinanceServicesPage::updateProposals);

    finishLayout();
    updateContract();
    updateTransfer();
}

QPushButton *FinanceServicesPage::useProposalsButton()
{
    ensureBuilt();
    return m_useProposals;
}

void FinanceServicesPage::updateContract()
{
    m_offlineNote->setVisible(m_model.isOfflineContract());
}

void FinanceServicesPage::updateTransfer()
{
    m_transferNote->setVisible(m_model.isTransferring());
    m_ticketLabel->setVisible(m_model.isTicketShown());
    m_ticket->setVisible(m_model.isTicketShown());
}

void FinanceServicesPage::updateProposals()
{
    const auto placeholder = [](const QString &proposal, const QString &otherwise) {
        return proposal.isEmpty() ? otherwise
                                  : tr("From step 2: %1", "@info:placeholder").arg(proposal);
    };
    m_invoiceTitle->setPlaceholderText(placeholder(m_model.invoiceTitleProposal(),
        tr("The company name, unless the invoice must differ", "@info:placeholder")));
    m_taxpayer->setPlaceholderText(placeholder(m_model.taxpayerIdProposal(),
        tr("The unified social credit code, as a rule", "@info:placeholder")));
    m_useProposalsRow(m_model.hasProposals());
}

QString FinanceServicesPage::subTitleText() const
{
    return tr("Contract, top-up and invoices for the Finance Cloud account.", "@title");
}

void FinanceServicesPage::retranslate()
{
    m_intro->setText(tr("Arrange the contract, put money on the account and set up invoicing. "
                        "The invoice details start from the company data of step 2; change "
                        "them here if the invoice must differ.",
        "@info"));
    m_path->setPaths({
        {tr("Top-up, in the billing console:", "@info"), {QStringLiteral("账户资产")}},
        {tr("Invoices, following the provider's guide:", "@info"),
            {QStringLiteral("发票申请指南")}},
        {tr("Moving money from a public-cloud account (sign in to that account):", "@info"),
            {QStringLiteral("工单"), QStringLiteral("财务类")}},
    });
    m_path->setUrl(ProviderUrl::billingConsole(),
        tr("&Open the billing console in the browser", "@action:button"));
    m_contractLabel->setText(tr("Contr&act:", "@label radio group"));
    m_online->setText(tr("Online", "@option:radio contract"));
    m_offline->setText(tr("On paper (offline)", "@option:radio contract"));
    m_online->setAccessibleName(tr("Contract: online", "@option:radio"));
    m_offline->setAccessibleName(tr("Contract: on paper", "@option:radio"));
    m_topUp->setText(tr("The account has been topped &up", "@option:check"));
    m_topUp->setAccessibleName(withoutMnemonic(m_topUp->text()));
    m_invoiceTitleLabel->setText(tr("&Invoice title:", "@label:textbox"));
    m_invoiceTitle->setAccessibleName(tr("Invoice title", "@label:textbox"));
    m_taxpayerLabel->setText(tr("Ta&xpayer number:", "@label:textbox"));
    m_taxpayer->setAccessibleName(tr("Taxpayer identification number", "@label:textbox"));
    m_useProposals->setText(tr("Use the company &data of step 2", "@action:button"));
    m_useProposals->setAccessibleName(withoutMnemonic(m_useProposals->text()));
    m_useProposals->setToolTip(tr(
        "Copies the company name and credit code into the empty invoice fields.", "@info:tooltip"));
    updateProposals();
    m_transferLabel->setText(tr("&Money on a public-cloud account:", "@label:listbox"));
    m_transfer->setAccessibleName(tr("Money on a public-cloud account", "@label:listbox"));
    m_transfer->setItemText(0, tr("Nothing to move", "@item:inlistbox"));
    m_transfer->setItemText(1, tr("Needs to be moved", "@item:inlistbox"));
    m_transfer->setItemText(2, tr("Ticket opened", "@item:inlistbox"));
    m_ticketLabel->setText(tr("Tic&ket number:", "@label:textbox"));
    m_ticket->setAccessibleName(tr("Ticket number", "@label:textbox"));
    m_offlineNote->setText(tr("For a paper contract, write to jr@service.alibaba.com.", "@info"));
    m_transferNote->setText(tr("Money can be moved from a public-cloud account to Finance Cloud: "
                               "sign in with the original account, open a ticket (工单) of type "
                               "财务类 and describe what should be moved where.",
        "@info"));
    faq()->setEntries({
        {tr("Can the provider move our public-cloud servers to Finance Cloud?", "@info FAQ"),
            tr("No. The two are completely separate, so servers have to be migrated by hand. For "
               "technical help write to jr@service.alibaba.com; they arrange an authorised "
               "partner.",
                "@info FAQ")},
        {tr("Can money on a public-cloud account be moved?", "@info FAQ"),
            tr("Yes: from the original account, open a ticket of type 财务类 (finance) and "
               "describe "
               "the request.",
                "@info FAQ")},
    });
}
