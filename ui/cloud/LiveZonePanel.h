// Today's zones of each Finance Cloud region, read with DescribeZones, shown
// beside (never mixed into) the guide's table: each row says how the live list
// differs from the guide, and differences are highlighted.
// Runs asynchronously with a busy indicator and Cancel. Keeps what it shows
// as facts (the differences, their failures, the time) and words them anew
// on every language change; a region that could not be read says why in the
// visible line, the technical details sit in the row's tooltip.
#pragma once

#include "cloud/ZoneComparison.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class Callout;
class CloudAccess;
class LiveZoneQuery;
class OpenApiClient;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class TableFit;

class LiveZonePanel : public QWidget
{
    Q_OBJECT
public:
    explicit LiveZonePanel(CloudAccess &cloud, QWidget *parent = nullptr);
    ~LiveZonePanel() override;

    void refresh();
    void cancel();
    bool isRunning() const { return m_running != nullptr; }
    // Shows a result as if it had just arrived (the screenshot tour).
    void showDifferences(const QList<ZoneDifference> &differences, const QDateTime &at);
    QTableWidget *table() const { return m_table; }

signals:
    void refreshed();

private:
    void retranslate();
    void onFinished();
    // The caption, the table and the problem line, from the facts kept.
    void showResult();
    void setRunning(bool running);

    CloudAccess &m_cloud;
    QLabel *m_title;
    QPushButton *m_refresh;
    QPushButton *m_cancel;
    QProgressBar *m_busy;
    Callout *m_problem;
    QLabel *m_caption;
    QTableWidget *m_table;
    TableFit *m_fit = nullptr;
    std::unique_ptr<OpenApiClient> m_client;
    QPointer<LiveZoneQuery> m_running;
    QList<ZoneDifference> m_differences;
    QDateTime m_at;
    bool m_cancelled = false; // the last refresh was cancelled (shown until the next)
};
