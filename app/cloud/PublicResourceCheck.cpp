#include "PublicResourceCheck.h"

#include "InstanceCount.h"
#include "OpenApiClient.h"
#include "OpenApiReply.h"
#include "RegionList.h"

namespace {

QString productName(CloudProduct product)
{
    return product == CloudProduct::Ecs ? QStringLiteral("ECS") : QStringLiteral("RDS");
}

} // namespace

qint64 PublicResourceReport::instancesFound() const
{
    qint64 sum = 0;
    for (const RegionResources &region : regions)
        sum += region.ecs.value_or(0) + region.rds.value_or(0);
    return sum;
}

PublicResourceReport::Verdict PublicResourceReport::verdictFor(
    const QList<RegionResources> &regions, bool problems)
{
    for (const RegionResources &region : regions) {
        if (region.ecs.value_or(0) > 0 || region.rds.value_or(0) > 0)
            return Verdict::Found;
    }
    return problems ? Verdict::Incomplete : Verdict::NoneVisible;
}

PublicResourceCheck::PublicResourceCheck(
    OpenApiClient &client, EndpointPolicy endpoints, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_endpoints(std::move(endpoints))
{ }

void PublicResourceCheck::start()
{
    // The regions' names are shown: in the interface's language.
    OpenApiRequest request = OpenApiRequest::ecs(
        m_endpoints.centralEndpoint(CloudProduct::Ecs), QStringLiteral("DescribeRegions"));
    request.with(QStringLiteral("AcceptLanguage"), OpenApiRequest::acceptLanguage(QLocale()));
    OpenApiReply *reply = m_client.send(request);
    m_running.append(reply);
    connect(reply, &OpenApiReply::finished, this, [this, reply] { onRegions(reply); });
}

void PublicResourceCheck::cancel()
{
    m_queue.clear();
    const QList<QPointer<OpenApiReply>> running = m_running;
    for (const QPointer<OpenApiReply> &reply : running) {
        if (reply)
            reply->cancel();
    }
}

void PublicResourceCheck::onRegions(OpenApiReply *reply)
{
    m_running.removeAll(reply);
    reply->deleteLater();
    const Result<QJsonObject> answer = reply->result();
    const Result<QList<CloudRegion>> regions
        = answer ? RegionList::parse(answer.value()) : Result<QList<CloudRegion>>(answer.error());
    if (!regions) {
        m_report.problems.append({QString(), QString(),
            reply->failure() ? *reply->failure() : reply->unexpectedShape(regions.error())});
        return complete();
    }
    m_report.regionsListed = int(regions.value().size());
    for (const CloudRegion &region : regions.value()) {
        if (EndpointPolicy::isFinanceRegion(region.id))
            continue;
        const int index = int(m_report.regions.size());
        m_report.regions.append({region.id, region.localName, std::nullopt, std::nullopt});
        m_queue.append({index, CloudProduct::Ecs, region.endpoint, 1, 0});
        m_queue.append({index, CloudProduct::Rds, QString(), 1, 0});
    }
    m_tasksTotal = int(m_queue.size());
    emit progress(0, m_tasksTotal);
    pump();
}

void PublicResourceCheck::pump()
{
    while (!m_queue.isEmpty() && m_running.size() < Parallel) {
        const Task task = m_queue.takeFirst();
        const RegionResources &region = m_report.regions.at(task.region);
        const QUrl endpoint
            = m_endpoints.endpoint(task.product, region.regionId, task.endpointHint);
        OpenApiRequest request = task.product == CloudProduct::Ecs
            ? OpenApiRequest::ecs(endpoint, QStringLiteral("DescribeInstances"))
            : OpenApiRequest::rds(endpoint, QStringLiteral("DescribeDBInstances"));
        request.with(QStringLiteral("RegionId"), region.regionId)
            .with(QStringLiteral("PageSize"), QString::number(PageSize))
            .with(QStringLiteral("PageNumber"), QString::number(task.page));
        OpenApiReply *reply = m_client.send(request);
        m_running.append(reply);
        connect(reply, &OpenApiReply::finished, this, [this, reply, task] { onPage(reply, task); });
    }
    if (m_queue.isEmpty() && m_running.isEmpty())
        complete();
}

void PublicResourceCheck::onPage(OpenApiReply *reply, Task task)
{
    m_running.removeAll(reply);
    reply->deleteLater();
    const Result<QJsonObject> answer = reply->result();
    const Result<InstancePage> page = !answer ? Result<InstancePage>(answer.error())
        : task.product == CloudProduct::Ecs   ? InstanceCount::parseEcs(answer.value())
                                              : InstanceCount::parseRds(answer.value());
    if (!page) {
        recordProblem(
            task, reply->failure() ? *reply->failure() : reply->unexpectedShape(page.error()));
    } else {
        task.counted += page.value().itemsOnPage;
        // Without a total, keep paging while pages come back full.
        const bool more
            = !page.value().total && page.value().itemsOnPage >= PageSize && task.page < MaxPages;
        if (more) {
            ++task.page;
            m_queue.prepend(task);
            return pump();
        }
        RegionResources &region = m_report.regions[task.region];
        const qint64 count = page.value().total.value_or(task.counted);
        (task.product == CloudProduct::Ecs ? region.ecs : region.rds) = count;
    }
    emit progress(++m_tasksDone, m_tasksTotal);
    pump();
}

void PublicResourceCheck::recordProblem(const Task &task, const CloudFailure &failure)
{
    m_report.problems.append(
        {m_report.regions.at(task.region).regionId, productName(task.product), failure});
}

void PublicResourceCheck::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    m_report.verdict = PublicResourceReport::verdictFor(
        m_report.regions, !m_report.problems.isEmpty() || m_report.regions.isEmpty());
    emit finished();
}
