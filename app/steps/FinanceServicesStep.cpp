#include "FinanceServicesStep.h"

#include "onboarding/FieldKey.h"
#include "onboarding/Profile.h"

FinanceServicesStep::FinanceServicesStep(Profile &profile, QObject *parent)
    : StepModel(StepId::FinanceServices, profile, parent)
{
    FinanceServicesStep::recompute();
}

void FinanceServicesStep::acceptProposals()
{
    // Copied first: storing the title recomputes the proposals.
    const QString title = m_titleProposal;
    const QString taxpayer = m_taxpayerProposal;
    if (!title.isEmpty())
        profile().setField(FieldKey::InvoiceTitle, title);
    if (!taxpayer.isEmpty())
        profile().setField(FieldKey::TaxpayerId, taxpayer);
}

void FinanceServicesStep::recompute()
{
    const ProfileData &data = profile().data();
    if (assign(m_offline, data.field(FieldKey::ContractKind) == FieldValue::ContractOffline))
        emit contractChanged();
    const QString transfer = data.field(FieldKey::FundTransfer);
    const bool ticket = transfer == FieldValue::TransferTicketOpened;
    if (anyChanged({assign(m_transferring, ticket || transfer == FieldValue::TransferNeeded),
            assign(m_ticket, ticket)}))
        emit transferChanged();
    const auto proposal = [&data](const QString &key, const QString &from) {
        return data.field(key).trimmed().isEmpty() ? data.field(from).trimmed() : QString();
    };
    if (anyChanged(
            {assign(m_titleProposal, proposal(FieldKey::InvoiceTitle, FieldKey::CompanyName)),
                assign(m_taxpayerProposal, proposal(FieldKey::TaxpayerId, FieldKey::CreditCode))}))
        emit proposalsChanged();
    StepModel::recompute();
}
