// The "status of this step" control: offers the statuses, greys out the ones
// the flow rules refuse and says why under the choice (and as tooltip), and
// explains a refusal in a Warning callout. A view of the step's model;
// decides nothing itself.
#pragma once

#include "onboarding/Step.h"

#include <QWidget>

class Callout;
class QComboBox;
class StepModel;
class QLabel;
class WrappingLabel;

class StatusSelector : public QWidget
{
    Q_OBJECT
public:
    explicit StatusSelector(StepModel &model, QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }
    // Why some statuses cannot be chosen now (hidden when all can).
    QLabel *unavailable() const { return m_unavailable; }
    Callout *refusal() const { return m_refusal; }
    // Chooses `status` as a user would; returns whether it was accepted.
    bool choose(StepStatus status);

private:
    void showStatus();
    void showChoices();
    void retranslate();

    StepModel &m_model;
    QLabel *m_label;
    QComboBox *m_combo;
    // Wraps rather than widen the page: "自 2026年11月2日 17:30 起" beside the
    // combo box is wider than a narrow page.
    WrappingLabel *m_since;
    QLabel *m_unavailable;
    Callout *m_refusal;
};
