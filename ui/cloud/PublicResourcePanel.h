// The automatic part of the certification step: asks Alibaba Cloud which
// public-cloud ECS and RDS instances the account's AccessKey can see, shows
// them per region with a verdict, and records the counts and the time on the
// profile. Runs asynchronously with progress and Cancel. Keeps what it shows
// as facts (the report, the stored counts, the progress) and words them anew
// on every language change; the verdict line names the cause of anything that
// could not be read, the technical details sit behind "Details for support".
// Must never call an all-zero result "clean" (see PublicResourceCheck), and
// never store anything but counts.
#pragma once

#include "cloud/PublicResourceCheck.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class Callout;
class CloudAccess;
class OpenApiClient;
class Profile;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QToolButton;

class PublicResourcePanel : public QWidget
{
    Q_OBJECT
public:
    PublicResourcePanel(CloudAccess &cloud, Profile &profile, QWidget *parent = nullptr);
    ~PublicResourcePanel() override;

    // Starts the check (asking for a key first when there is none).
    void startCheck();
    void cancelCheck();
    bool isRunning() const { return m_running != nullptr; }
    // Shows a finished report as if it had just arrived (the screenshot tour).
    void showReport(const PublicResourceReport &report);

signals:
    void checkFinished();

private:
    void retranslate();
    void onProgress(int done, int total);
    void onFinished();
    void updateKeyLine();
    void updateKeychainNote();
    void updateStored();
    void updateProgress();
    // The verdict, the table and the details, from m_lastReport or m_cancelled.
    void showResult();
    void setRunning(bool running);

    CloudAccess &m_cloud;
    Profile &m_profile;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_keyLine;
    QPushButton *m_checkButton;
    QPushButton *m_cancel;
    QPushButton *m_changeKey;
    QProgressBar *m_progress;
    QLabel *m_stored;
    Callout *m_verdict;
    Callout *m_keychainNote;
    QTableWidget *m_table;
    QToolButton *m_detailsToggle;
    QPlainTextEdit *m_details;
    std::unique_ptr<OpenApiClient> m_client;
    QPointer<PublicResourceCheck> m_running;
    std::optional<Error> m_keychainProblem; // worded anew (SystemKeychainVault::message())
    std::optional<PublicResourceReport> m_lastReport;
    bool m_cancelled = false; // the last check was cancelled (shown until the next)
    int m_done = -1; // progress: -1 while the region list is being asked for
    int m_total = 0;
};
