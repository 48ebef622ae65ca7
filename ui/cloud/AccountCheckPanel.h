// The account checks a step's page shows (issue 20, item 2): step 1 whose
// key it is, step 3 the finance regions the account sees, step 4 the balance
// and the invoice title. Reads them from Alibaba Cloud on request
// (AccountCheck, asynchronous, with Cancel), stores each finding with its
// time and RequestId on the profile (and so in the timeline), and shows the
// profile's findings, whoever stored them (the CLI, a colleague on the
// shared store). Each finding may suggest a status or a value; "Use this…"
// asks the user to confirm it, and the step's model applies it under the
// flow rules.
// Must never block the window, never change a status or a field without the
// user's confirmation, and never call an inference a confirmation.
#pragma once

#include "cloud/AccountCheck.h"
#include "onboarding/AccountEvidence.h"

#include <QList>
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

class AccountCheckPanel : public QWidget
{
    Q_OBJECT
public:
    // `model`: the page's step, which applies a confirmed status.
    AccountCheckPanel(CloudAccess &cloud, StepModel &model, QWidget *parent = nullptr);
    ~AccountCheckPanel() override;

    // The checks a step's page shows.
    static QList<AccountCheckKind> checksOf(StepId step);

    void startCheck();
    void cancelCheck();
    bool isRunning() const { return m_running != nullptr; }
    QPushButton *checkButton() const { return m_checkButton; }
    // The "Use this…" button of `check` (hidden when it suggests nothing).
    QPushButton *useButton(AccountCheckKind check) const;
    // Opens the question that confirms `check`'s suggestion (window-modal,
    // not blocking); Yes applies it.
    void proposeSuggestion(AccountCheckKind check);

signals:
    void checkFinished();

private:
    struct Row
    {
        AccountCheckKind check;
        QLabel *title;
        Callout *finding;
        QLabel *suggestion;
        QPushButton *use;
    };

    void retranslate();
    void updateKeyLine();
    void showFindings();
    void onFinished();
    void apply(const AccountSuggestion &suggestion);
    void setRunning(bool running);

    CloudAccess &m_cloud;
    StepModel &m_model;
    Profile &m_profile;
    QList<Row> m_rows;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_keyLine;
    QPushButton *m_checkButton;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    Callout *m_refusal; // a confirmed status the flow rules turned down, and why
    std::unique_ptr<OpenApiClient> m_client;
    QPointer<AccountCheck> m_running;
};
