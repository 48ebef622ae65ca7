#include "TerraformPlan.h"
#include "onboarding/NetworkComparison.h"

#include "NetworkPlan.h"

#include <QStringList>

const QByteArray TerraformPlan::Header
    = QByteArrayLiteral("# Written by fincloud-onboard (plan --format terraform).");

// Finance regions came to the provider piecemeal (PRs #3046, #5028, #5043);
// #5093 ("connectivity/client: fix the sdk region in WithEcsClient", the ECS
// endpoint of cn-beijing-finance-1) is first in v1.173.0 (June 26, 2022; its
// CHANGELOG, and `git tag --contains` of the merge). Any later 1.x keeps it;
// 2.0 may change the resources, so it is left out.
const QString TerraformPlan::ProviderVersion = QStringLiteral("~> 1.173");

namespace {

QString hexEscape(char32_t c)
{
    return c <= 0xFFFF ? QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'))
                       : QStringLiteral("\\U%1").arg(uint(c), 8, 16, QLatin1Char('0'));
}

// `name = value` lines of one block, the names padded as terraform fmt does.
QString attributes(const QList<std::pair<QString, QString>> &entries, const QString &indent)
{
    qsizetype width = 0;
    for (const auto &entry : entries)
        width = std::max(width, entry.first.size());
    QString lines;
    for (const auto &[name, value] : entries)
        lines += indent + name.leftJustified(width) + QStringLiteral(" = ") + value
            + QLatin1Char('\n');
    return lines;
}

QString tags(const NetworkPlan &plan, const QString &indent)
{
    const QString inner = indent + QStringLiteral("  ");
    return indent + QStringLiteral("tags = {\n")
        + attributes({{NetworkComparison::CreatedByKey,
                          TerraformPlan::quoted(NetworkComparison::CreatedByValue)},
                         {NetworkComparison::ProfileKey,
                             TerraformPlan::quoted(NetworkPlan::tagValue(plan.profileLabel()))}},
            inner)
        + indent + QStringLiteral("}\n");
}

QString vSwitchResource(int number)
{
    return QStringLiteral("vswitch_%1").arg(number);
}

} // namespace

QString TerraformPlan::quoted(const QString &text)
{
    QString result = QStringLiteral("\"");
    const QList<uint> ucs4 = text.toUcs4();
    for (qsizetype i = 0; i < ucs4.size(); ++i) {
        const char32_t c = ucs4[i];
        const bool opensBrace = i + 1 < ucs4.size() && ucs4[i + 1] == U'{';
        switch (c) {
        case U'"':
            result += QStringLiteral("\\\"");
            break;
        case U'\\':
            result += QStringLiteral("\\\\");
            break;
        case U'\n':
            result += QStringLiteral("\\n");
            break;
        case U'\r':
            result += QStringLiteral("\\r");
            break;
        case U'\t':
            result += QStringLiteral("\\t");
            break;
        case U'$':
        case U'%':
            // "$${" and "%%{" are the literal "${" and "%{".
            result += QChar(c);
            if (opensBrace)
                result += QChar(c);
            break;
        default:
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029
                || QChar::category(c) == QChar::Other_Format)
                result += hexEscape(c);
            else
                result += QString::fromUcs4(&c, 1);
        }
    }
    return result + QLatin1Char('"');
}

QByteArray TerraformPlan::text(const NetworkPlan &plan)
{
    QString hcl = QString::fromLatin1(Header) + QLatin1Char('\n');
    hcl += QStringLiteral(
        "# The network planned in step 5. Credentials are not in this file: the provider\n"
        "# takes them from its environment (ALICLOUD_ACCESS_KEY, ALICLOUD_SECRET_KEY or a\n"
        "# profile). Review, then: terraform init && terraform plan && terraform apply\n\n");
    hcl += QStringLiteral("terraform {\n  required_providers {\n    alicloud = {\n");
    hcl += QStringLiteral(
        "      # 1.173.0 (June 2022) is the first release with the finance regions' endpoints\n"
        "      # right (PR #5093, after #3046, #5028, #5043).\n");
    hcl += attributes({{QStringLiteral("source"), quoted(QStringLiteral("aliyun/alicloud"))},
                          {QStringLiteral("version"), quoted(ProviderVersion)}},
        QStringLiteral("      "));
    hcl += QStringLiteral("    }\n  }\n}\n\n");
    hcl += QStringLiteral("provider \"alicloud\" {\n")
        + attributes({{QStringLiteral("region"), quoted(plan.regionId())}}, QStringLiteral("  "))
        + QStringLiteral("}\n\n");

    hcl += QStringLiteral("resource \"alicloud_vpc\" \"main\" {\n")
        + attributes({{QStringLiteral("vpc_name"), quoted(plan.vpcName())},
                         {QStringLiteral("cidr_block"), quoted(plan.vpcCidr())}},
            QStringLiteral("  "))
        + tags(plan, QStringLiteral("  ")) + QStringLiteral("}\n");
    const QList<PlannedVSwitch> &vSwitches = plan.vSwitches();
    for (int i = 0; i < vSwitches.size(); ++i) {
        hcl += QStringLiteral("\nresource \"alicloud_vswitch\" \"%1\" {\n")
                   .arg(vSwitchResource(i + 1))
            + attributes({{QStringLiteral("vswitch_name"), quoted(plan.vSwitchName(i + 1))},
                             {QStringLiteral("vpc_id"), QStringLiteral("alicloud_vpc.main.id")},
                             {QStringLiteral("zone_id"), quoted(vSwitches[i].zone)},
                             {QStringLiteral("cidr_block"), quoted(vSwitches[i].cidr)}},
                QStringLiteral("  "))
            + tags(plan, QStringLiteral("  ")) + QStringLiteral("}\n");
    }

    hcl += QStringLiteral("\noutput \"vpc_id\" {\n  value = alicloud_vpc.main.id\n}\n");
    for (int i = 0; i < vSwitches.size(); ++i)
        hcl += QStringLiteral("\noutput \"%1_id\" {\n  value = alicloud_vswitch.%1.id\n}\n")
                   .arg(vSwitchResource(i + 1));
    return hcl.toUtf8();
}
