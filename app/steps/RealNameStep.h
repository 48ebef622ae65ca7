// Step 2's state beyond the shared one: whom the account is verified for,
// the method, and the deposit of the bank-account method (attempts used,
// whether another may be tried, how urgent the warning is). Recording what
// the console said about an amount is the only way the attempts change.
#pragma once

#include "StepModel.h"

class RealNameStep : public StepModel
{
    Q_OBJECT
    Q_PROPERTY(bool personal READ isPersonal NOTIFY subjectChanged)
    Q_PROPERTY(bool bankMethod READ isBankMethod NOTIFY methodChanged)
    Q_PROPERTY(int depositAttemptsUsed READ depositAttemptsUsed NOTIFY depositChanged)
    Q_PROPERTY(bool depositShown READ isDepositShown NOTIFY depositChanged)
    Q_PROPERTY(bool mayRecordDeposit READ mayRecordDeposit NOTIFY depositChanged)
public:
    // How strongly the deposit box warns.
    enum class DepositWarning { None, OneAttemptLeft, AllAttemptsUsed };
    Q_ENUM(DepositWarning)

    explicit RealNameStep(Profile &profile, QObject *parent = nullptr);

    static constexpr int maxDepositAttempts() { return FlowRules::MaxDepositAttempts; }

    // A personal verification: never enough for step 3 (shown as a warning).
    bool isPersonal() const { return m_personal; }
    bool isBankMethod() const { return m_bank; }
    int depositAttemptsUsed() const { return m_used; }
    // The deposit box is shown while the bank-account method waits or failed.
    bool isDepositShown() const { return m_depositShown; }
    // What the console said may be recorded: an attempt is left, the step
    // waits, and the amount typed is well-formed.
    bool mayRecordDeposit() const { return m_mayRecord; }
    DepositWarning depositWarning() const { return m_warning; }

    // The console accepted the amount: the step is done (when the rules allow).
    Verdict recordDepositAccepted();
    // The console refused it: one attempt more is used; the last one makes
    // the step fail (FlowRules::statusAfterDepositRefusal).
    Verdict recordDepositRefused();

signals:
    void subjectChanged();
    void methodChanged();
    void depositChanged();

protected:
    void recompute() override;

private:
    bool m_personal = false;
    bool m_bank = false;
    int m_used = 0;
    bool m_depositShown = false;
    bool m_mayRecord = false;
    DepositWarning m_warning = DepositWarning::None;
};
