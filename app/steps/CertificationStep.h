// Step 3's state beyond the shared one: the recorded outcome of the
// application, which always agrees with the status (FlowRules::outcomeAgrees),
// the confirmation that the account holds no public-cloud resources and
// whether it may be changed, and whether the last automatic check contradicts it.
#pragma once

#include "StepModel.h"

class CertificationStep : public StepModel
{
    Q_OBJECT
    Q_PROPERTY(QString outcome READ outcome NOTIFY outcomeChanged)
    Q_PROPERTY(bool confirmed READ isConfirmed NOTIFY confirmationChanged)
    Q_PROPERTY(bool confirmationLocked READ isConfirmationLocked NOTIFY confirmationChanged)
    Q_PROPERTY(bool precheckContradicts READ precheckContradicts NOTIFY confirmationChanged)
public:
    // The outcomes, in the order a page offers them.
    static const QStringList &outcomes();

    explicit CertificationStep(Profile &profile, QObject *parent = nullptr);

    // The recorded outcome; "not submitted" when none is.
    QString outcome() const { return m_outcome; }
    bool isConfirmed() const { return m_confirmed; }
    // The confirmation is what a submitted or approved application rests on:
    // it cannot be withdrawn until the status goes back.
    bool isConfirmationLocked() const { return m_locked; }
    // The last automatic check found public-cloud instances, yet the box is
    // not ticked or may be ticked: ticking it would contradict the check.
    bool precheckContradicts() const { return m_precheckFound; }
    // Whether each outcome may be recorded now (the status it brings with
    // it must be allowed), with the reasons when not; keyed by outcome.
    Verdict outcomeVerdict(const QString &outcome) const;

    // Records what the provider said; the status follows.
    Verdict chooseOutcome(const QString &outcome);
    Verdict setConfirmed(bool confirmed);

signals:
    void outcomeChanged();
    void confirmationChanged();

protected:
    void recompute() override;

private:
    QString m_outcome;
    bool m_confirmed = false;
    bool m_locked = false;
    bool m_precheckFound = false;
};
