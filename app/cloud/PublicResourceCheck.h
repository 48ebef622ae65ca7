// The pre-check before Finance Cloud certification: which public-cloud ECS
// and RDS instances can this AccessKey see? DescribeRegions, then per public
// region DescribeInstances and DescribeDBInstances (paged when the service
// gives no total), a few calls at a time.
// Must never report "clean": an all-zero result only means "none visible to
// this key" (a RAM user without read permission sees empty lists), and any
// region that could not be read makes the check incomplete, not zero.
#pragma once

#include "CloudErrorText.h"
#include "EndpointPolicy.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class OpenApiClient;
class OpenApiReply;

struct RegionResources
{
    QString regionId;
    QString localName;
    std::optional<qint64> ecs; // empty: could not be counted
    std::optional<qint64> rds;
};

// What went wrong, as facts: worded only when shown (CloudErrorText), so that
// it reads in the language of the moment.
struct ResourceProblem
{
    QString regionId; // empty: the region list itself
    QString product; // ECS, RDS or empty
    CloudFailure failure;
};

struct PublicResourceReport
{
    enum class Verdict { NoneVisible, Found, Incomplete };

    Verdict verdict = Verdict::Incomplete;
    QList<RegionResources> regions; // the public ones
    QList<ResourceProblem> problems;
    int regionsListed = 0; // by DescribeRegions, finance regions included

    qint64 instancesFound() const;
    // All zero: the key may simply lack the permission to see instances.
    bool mayLackPermission() const { return verdict == Verdict::NoneVisible; }
    // Found wins over problems: one instance is enough to block certification.
    static Verdict verdictFor(const QList<RegionResources> &regions, bool problems);
};

class PublicResourceCheck : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageSize = 100;
    static constexpr int MaxPages = 50; // 5,000 instances per region and product
    static constexpr int Parallel = 4;

    PublicResourceCheck(OpenApiClient &client, EndpointPolicy endpoints, QObject *parent = nullptr);

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    const PublicResourceReport &report() const { return m_report; }

signals:
    void progress(int done, int total);
    void finished();

private:
    struct Task
    {
        int region = 0;
        CloudProduct product = CloudProduct::Ecs;
        QString endpointHint;
        int page = 1;
        qint64 counted = 0;
    };

    void onRegions(OpenApiReply *reply);
    void pump();
    void onPage(OpenApiReply *reply, Task task);
    void recordProblem(const Task &task, const CloudFailure &failure);
    void complete();

    OpenApiClient &m_client;
    const EndpointPolicy m_endpoints;
    PublicResourceReport m_report;
    QList<Task> m_queue;
    QList<QPointer<OpenApiReply>> m_running;
    int m_tasksTotal = 0;
    int m_tasksDone = 0;
    bool m_finished = false;
};
