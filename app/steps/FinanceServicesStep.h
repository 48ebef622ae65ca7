// Step 4's state beyond the shared one: the contract kind, the move of money
// from a public-cloud account, and the invoice details the company data of
// step 2 proposes. A proposal is only shown; it is stored when the user
// accepts it or types the value.
#pragma once

#include "StepModel.h"

class FinanceServicesStep : public StepModel
{
    Q_OBJECT
    Q_PROPERTY(bool offlineContract READ isOfflineContract NOTIFY contractChanged)
    Q_PROPERTY(bool transferring READ isTransferring NOTIFY transferChanged)
    Q_PROPERTY(bool ticketShown READ isTicketShown NOTIFY transferChanged)
    Q_PROPERTY(QString invoiceTitleProposal READ invoiceTitleProposal NOTIFY proposalsChanged)
    Q_PROPERTY(QString taxpayerIdProposal READ taxpayerIdProposal NOTIFY proposalsChanged)
public:
    explicit FinanceServicesStep(Profile &profile, QObject *parent = nullptr);

    bool isOfflineContract() const { return m_offline; }
    // Money is to be moved, or a ticket for it is open: the note says how.
    bool isTransferring() const { return m_transferring; }
    bool isTicketShown() const { return m_ticket; }
    // The company's name and credit code while the invoice fields are empty;
    // empty when there is nothing to propose.
    QString invoiceTitleProposal() const { return m_titleProposal; }
    QString taxpayerIdProposal() const { return m_taxpayerProposal; }
    bool hasProposals() const
    {
        return !m_titleProposal.isEmpty() || !m_taxpayerProposal.isEmpty();
    }
    // Stores the proposals shown (the user accepted them).
    void acceptProposals();

signals:
    void contractChanged();
    void transferChanged();
    void proposalsChanged();

protected:
    void recompute() override;

private:
    bool m_offline = false;
    bool m_transferring = false;
    bool m_ticket = false;
    QString m_titleProposal;
    QString m_taxpayerProposal;
};
