// The "status of this step" control: offers the four statuses, greys out the
// ones the flow rules refuse (with the reason as tooltip), and explains a
// refusal in a Warning callout. Asks the profile; decides nothing itself.
#pragma once

#include "onboarding/Step.h"

#include <QWidget>

class Callout;
class Profile;
class QComboBox;
class QLabel;

class StatusSelector : public QWidget
{
    Q_OBJECT
public:
    StatusSelector(Profile &profile, StepId step, QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }
    Callout *refusal() const { return m_refusal; }
    // Chooses `status` as a user would; returns whether it was accepted.
    bool choose(StepStatus status);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();

    Profile &m_profile;
    StepId m_step;
    QLabel *m_label;
    QComboBox *m_combo;
    QLabel *m_since;
    Callout *m_refusal;
};
