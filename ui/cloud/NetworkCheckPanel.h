// The network check on the region page (issue 21, item 3): reads the VPC
// and its vSwitches as built in the plan's region (NetworkCheck,
// asynchronous, with Cancel), stores the result with its time and
// RequestIds on the profile (and so in the timeline), and shows the
// profile's last result, whoever stored it (the CLI, a colleague on the
// shared store), each difference on its own line. A match suggests step 5
// done; "Use this…" asks the user to confirm, and the step's model applies
// it under the flow rules.
// Must never block the window, never change a status without the user's
// confirmation, and never offer the check while the plan has no VPC.
#pragma once

#include "cloud/NetworkCheck.h"
#include "onboarding/NetworkEvidence.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class Callout;
class CloudAccess;
class OpenApiClient;
class Profile;
class QLabel;
class QProgressBar;
class QPushButton;
class StepModel;

class NetworkCheckPanel : public QWidget
{
    Q_OBJECT
public:
    // `model`: the region step, which applies a confirmed status.
    NetworkCheckPanel(CloudAccess &cloud, StepModel &model, QWidget *parent = nullptr);
    ~NetworkCheckPanel() override;

    void startCheck();
    void cancelCheck();
    bool isRunning() const { return m_running != nullptr; }
    QPushButton *checkButton() const { return m_checkButton; }
    QPushButton *useButton() const { return m_use; }
    // Opens the question that confirms the suggestion (window-modal, not
    // blocking); Yes applies it.
    void proposeSuggestion();

signals:
    void checkFinished();

private:
    void retranslate();
    void updateKeyLine();
    void showResult();
    void onFinished();
    void setRunning(bool running);

    CloudAccess &m_cloud;
    StepModel &m_model;
    Profile &m_profile;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_keyLine;
    QPushButton *m_checkButton;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    Callout *m_noPlan; // why there is nothing to check yet
    Callout *m_finding;
    QLabel *m_suggestion;
    QPushButton *m_use;
    Callout *m_refusal; // a confirmed status the flow rules turned down, and why
    std::unique_ptr<OpenApiClient> m_client;
    QPointer<NetworkCheck> m_running;
};
