#include "RosTemplate.h"
#include "onboarding/NetworkComparison.h"

#include "NetworkPlan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

const QString RosTemplate::DescriptionStart
    = QStringLiteral("Written by fincloud-onboard (plan --format ros)");

namespace {

QJsonArray tags(const NetworkPlan &plan)
{
    return {
        // The tags verify-network looks for first (NetworkComparison::byTag).
        QJsonObject {{QStringLiteral("Key"), NetworkComparison::CreatedByKey},
            {QStringLiteral("Value"), NetworkComparison::CreatedByValue}},
        QJsonObject {{QStringLiteral("Key"), NetworkComparison::ProfileKey},
            {QStringLiteral("Value"), NetworkPlan::tagValue(plan.profileLabel())}},
    };
}

QJsonObject attribute(const QString &resource, const QString &name)
{
    return {{QStringLiteral("Fn::GetAtt"), QJsonArray {resource, name}}};
}

QJsonObject output(const QString &description, const QJsonObject &value)
{
    return {{QStringLiteral("Description"), description}, {QStringLiteral("Value"), value}};
}

} // namespace

QString RosTemplate::vpcId()
{
    return QStringLiteral("Vpc");
}

QString RosTemplate::vSwitchId(int number)
{
    return QStringLiteral("VSwitch%1").arg(number);
}

QByteArray RosTemplate::json(const NetworkPlan &plan)
{
    QJsonObject resources;
    resources.insert(vpcId(),
        QJsonObject {{QStringLiteral("Type"), QStringLiteral("ALIYUN::ECS::VPC")},
            {QStringLiteral("Properties"),
                QJsonObject {{QStringLiteral("CidrBlock"), plan.vpcCidr()},
                    {QStringLiteral("VpcName"), plan.vpcName()},
                    {QStringLiteral("Tags"), tags(plan)}}}});
    QJsonObject outputs;
    outputs.insert(QStringLiteral("VpcId"),
        output(QStringLiteral("The VPC's ID"), attribute(vpcId(), QStringLiteral("VpcId"))));
    const QList<PlannedVSwitch> &vSwitches = plan.vSwitches();
    for (int i = 0; i < vSwitches.size(); ++i) {
        const QString id = vSwitchId(i + 1);
        resources.insert(id,
            QJsonObject {{QStringLiteral("Type"), QStringLiteral("ALIYUN::ECS::VSwitch")},
                {QStringLiteral("Properties"),
                    QJsonObject {
                        {QStringLiteral("VpcId"), attribute(vpcId(), QStringLiteral("VpcId"))},
                        {QStringLiteral("ZoneId"), vSwitches[i].zone},
                        {QStringLiteral("CidrBlock"), vSwitches[i].cidr},
                        {QStringLiteral("VSwitchName"), plan.vSwitchName(i + 1)},
                        {QStringLiteral("Tags"), tags(plan)}}}});
        outputs.insert(id + QStringLiteral("Id"),
            output(QStringLiteral("The ID of vSwitch %1 (%2, %3)")
                       .arg(QString::number(i + 1), vSwitches[i].zone, vSwitches[i].cidr),
                attribute(id, QStringLiteral("VSwitchId"))));
    }
    const QJsonObject document {
        {QStringLiteral("ROSTemplateFormatVersion"), QLatin1String(FormatVersion)},
        {QStringLiteral("Description"),
            QStringLiteral("%1: the network planned in step 5, for the region %2.")
                .arg(DescriptionStart, plan.regionId())},
        {QStringLiteral("Resources"), resources},
        {QStringLiteral("Outputs"), outputs},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}
