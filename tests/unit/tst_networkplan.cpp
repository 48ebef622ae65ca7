// The network plan as code without a parser of its own: the refusals are the
// wizard's rules (the same sentences the region page shows), the names
// derived from the company fit the provider's limits, the ROS template holds
// exactly the documented properties of its two resource types, neither
// format holds a secret or changes between runs, and PlanFile replaces only
// its own files. (The Terraform is read by HashiCorp's parser in
// tests/cloud/tst_terraformhcl.)
#include "onboarding/FieldKey.h"
#include "onboarding/PlannedVSwitch.h"
#include "onboarding/ProfileData.h"
#include "onboarding/StepInputs.h"
#include "plan/NetworkPlan.h"
#include "plan/PlanFile.h"
#include "plan/RosTemplate.h"
#include "plan/TerraformPlan.h"
#include "validation/VpcPlan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Region = QStringLiteral("cn-shanghai-finance-1");

ProfileData completeProfile(const QString &company = QStringLiteral("北京示例金融科技有限公司"))
{
    ProfileData data;
    data.fields.insert(FieldKey::CompanyName, company);
    data.fields.insert(FieldKey::RegionId, Region);
    data.fields.insert(FieldKey::NetworkType, FieldValue::NetworkVpc);
    data.fields.insert(FieldKey::VpcCidr, QStringLiteral("10.10.0.0/16"));
    data.fields.insert(FieldKey::VSwitches,
        PlannedVSwitch::listToJson({{Region + u'f', QStringLiteral("10.10.0.0/20")},
            {Region + u'g', QStringLiteral("10.10.16.0/20")}}));
    return data;
}

// ROS's documented properties (ALIYUN::ECS::VPC, ALIYUN::ECS::VSwitch;
// guide/FACTS.md "Building the environment as code" and the ROS resource
// reference): the required ones, and every one the type knows.
struct RosType
{
    QSet<QString> required;
    QSet<QString> known;
};
const QHash<QString, RosType> &rosTypes()
{
    static const QHash<QString, RosType> types {
        {QStringLiteral("ALIYUN::ECS::VPC"),
            {{},
                {"CidrBlock", "VpcName", "Description", "EnableIpv6", "Ipv6CidrBlock",
                    "ResourceGroupId", "SecondaryCidrBlocks", "Tags", "UserCidr"}}},
        {QStringLiteral("ALIYUN::ECS::VSwitch"),
            {{"VpcId", "ZoneId", "CidrBlock"},
                {"VpcId", "ZoneId", "CidrBlock", "VSwitchName", "Description", "Ipv6CidrBlock",
                    "Tags"}}},
    };
    return types;
}

QSet<QString> keySet(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return {keys.begin(), keys.end()};
}

} // namespace

class TestNetworkPlan : public QObject
{
    Q_OBJECT
private slots:
    void completePlanIsRead();
    void refusalsAreTheWizardsRules_data();
    void refusalsAreTheWizardsRules();
    void namesFitTheProvider_data();
    void namesFitTheProvider();
    void rosTemplateHasTheDocumentedProperties();
    void sameBytesAndNoSecrets();
    void quotedEscapes_data();
    void quotedEscapes();
    void fileReplacesOnlyItsOwn();
};

void TestNetworkPlan::completePlanIsRead()
{
    const Result<NetworkPlan> plan = NetworkPlan::read(completeProfile());
    QVERIFY(plan);
    QCOMPARE(plan.value().regionId(), Region);
    QCOMPARE(plan.value().vpcCidr(), QStringLiteral("10.10.0.0/16"));
    QCOMPARE(plan.value().vSwitches().size(), 2);
    QCOMPARE(plan.value().profileLabel(), QStringLiteral("北京示例金融科技有限公司"));
    QCOMPARE(plan.value().vpcName(), QStringLiteral("北京示例金融科技有限公司-vpc"));
    QCOMPARE(plan.value().vSwitchName(2), QStringLiteral("北京示例金融科技有限公司-vsw-2"));
    QVERIFY(NetworkPlan::reasons(completeProfile()).isEmpty());
    // The wizard lets the same profile leave step 5.
    QVERIFY(StepInputs::mayLeave(StepId::Region, completeProfile(), QDate(2026, 3, 2)));
}

void TestNetworkPlan::refusalsAreTheWizardsRules_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // a part of one reason
    QTest::addColumn<bool>("wizardBlocks"); // StepInputs::mayLeave refuses it too

    const auto vSwitches = [](const QString &zone, const QString &cidr) {
        return PlannedVSwitch::listToJson({{zone, cidr}});
    };
    QTest::newRow("no region") << FieldKey::RegionId << QString() << "No region" << false;
    QTest::newRow("unknown region")
        << FieldKey::RegionId << QStringLiteral("cn-nowhere-9") << "offers no VPC" << false;
    QTest::newRow("no network") << FieldKey::NetworkType << QString() << "No network" << false;
    QTest::newRow("classic") << FieldKey::NetworkType << FieldValue::NetworkClassic
                             << "classic network" << false;
    QTest::newRow("public VPC block")
        << FieldKey::VpcCidr << QStringLiteral("8.8.0.0/16") << "8.8.0.0/16" << true;
    QTest::newRow("VPC mask") << FieldKey::VpcCidr << QStringLiteral("10.0.0.0/25") << "/25"
                              << true;
    QTest::newRow("vSwitch outside")
        << FieldKey::VSwitches << vSwitches(Region + u'f', QStringLiteral("10.99.0.0/24"))
        << "vSwitch 1: " << true;
    QTest::newRow("vSwitch shared space")
        << FieldKey::VSwitches << vSwitches(Region + u'f', QStringLiteral("100.64.0.0/24"))
        << "100.64.0.0/10" << true;
    QTest::newRow("no vSwitch") << FieldKey::VSwitches << QStringLiteral("[]")
                                << "at least one vSwitch" << true;
    QTest::newRow("no zone") << FieldKey::VSwitches
                             << vSwitches(QStringLiteral("  "), QStringLiteral("10.10.0.0/24"))
                             << "no zone ID" << false;
}

void TestNetworkPlan::refusalsAreTheWizardsRules()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QFETCH(bool, wizardBlocks);
    ProfileData data = completeProfile();
    data.fields.insert(key, value);
    const Result<NetworkPlan> plan = NetworkPlan::read(data);
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, NetworkPlan::IncompleteCode);
    const QStringList reasons = NetworkPlan::reasons(data);
    QCOMPARE(plan.error().details, reasons.join(u'\n'));
    QVERIFY2(reasons.join(u'\n').contains(expected), qPrintable(reasons.join(u'\n')));
    if (wizardBlocks) {
        // The page refuses Next for it, and the reason is the page's own verdict.
        QVERIFY(!StepInputs::mayLeave(StepId::Region, data, QDate(2026, 3, 2)));
        const VpcPlanVerdict verdict = VpcPlan::check(data.field(FieldKey::VpcCidr),
            PlannedVSwitch::cidrs(PlannedVSwitch::listFromJson(data.field(FieldKey::VSwitches))));
        QStringList messages;
        for (const FieldVerdict &v :
            QList<FieldVerdict> {verdict.vpc, verdict.plan} + verdict.vSwitches) {
            if (v.blocks())
                messages << v.message;
        }
        QVERIFY(!messages.isEmpty());
        for (const QString &message : messages)
            QVERIFY2(reasons.join(u'\n').contains(message), qPrintable(message));
    }
}

void TestNetworkPlan::namesFitTheProvider_data()
{
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("vpcName");
    QTest::newRow("Chinese") << QStringLiteral("示例金融有限公司") << "示例金融有限公司-vpc";
    QTest::newRow("spaces and brackets")
        << QStringLiteral("Example (Shanghai) Bank, Ltd.") << "Example-Shanghai-Bank-Ltd.-vpc";
    QTest::newRow("quotes and templates")
        << QStringLiteral("\"A\" ${x} %{y} \\ B") << "A-x-y-B-vpc";
    QTest::newRow("starts with a digit")
        << QStringLiteral("365 Finance") << "fincloud-365-Finance-vpc";
    QTest::newRow("nothing left") << QStringLiteral("\"\" !!") << "fincloud-vpc";
    QTest::newRow("empty") << QString() << "fincloud-vpc";
    QTest::newRow("http") << QStringLiteral("https://x.example") << "fincloud-https-x.example-vpc";
}

void TestNetworkPlan::namesFitTheProvider()
{
    QFETCH(QString, company);
    QFETCH(QString, vpcName);
    const Result<NetworkPlan> plan = NetworkPlan::read(completeProfile(company));
    QVERIFY(plan);
    QCOMPARE(plan.value().vpcName(), vpcName);
    // Long names: cut, still within 128 characters and 128 bytes.
    const Result<NetworkPlan> longPlan = NetworkPlan::read(completeProfile(company.repeated(40)));
    QVERIFY(longPlan);
    static const QRegularExpression allowed(QStringLiteral("^\\p{L}[\\p{L}\\p{N}._-]*$"));
    for (const QString &name : {plan.value().vpcName(), plan.value().vSwitchName(256),
             longPlan.value().vpcName(), longPlan.value().vSwitchName(256)}) {
        QVERIFY2(allowed.match(name).hasMatch(), qPrintable(name));
        QVERIFY2(name.toUtf8().size() <= NetworkPlan::MaxNameLength, qPrintable(name));
        QVERIFY(name.size() >= 2);
        QVERIFY(!name.contains(QStringLiteral("--")));
    }
}

void TestNetworkPlan::rosTemplateHasTheDocumentedProperties()
{
    const QString company = QStringLiteral("A \"B\" ${x} 公司");
    const Result<NetworkPlan> plan = NetworkPlan::read(completeProfile(company));
    QVERIFY(plan);
    QJsonParseError error;
    const QJsonObject root
        = QJsonDocument::fromJson(RosTemplate::json(plan.value()), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(keySet(root),
        QSet<QString>({"ROSTemplateFormatVersion", "Description", "Resources", "Outputs"}));
    QCOMPARE(root.value("ROSTemplateFormatVersion").toString(), "2015-09-01");
    QVERIFY(root.value("Description").toString().contains(Region));

    const QJsonObject resources = root.value("Resources").toObject();
    QCOMPARE(keySet(resources), QSet<QString>({"Vpc", "VSwitch1", "VSwitch2"}));
    for (const QString &id : resources.keys()) {
        const QJsonObject resource = resources.value(id).toObject();
        QCOMPARE(keySet(resource), QSet<QString>({"Type", "Properties"}));
        const QString type = resource.value("Type").toString();
        QVERIFY2(rosTypes().contains(type), qPrintable(type));
        const QSet<QString> properties = keySet(resource.value("Properties").toObject());
        QVERIFY2(properties.contains(rosTypes()[type].required), qPrintable(id));
        QVERIFY2(rosTypes()[type].known.contains(properties), qPrintable(id));
        const QJsonArray tags = resource.value("Properties").toObject().value("Tags").toArray();
        QCOMPARE(tags,
            QJsonArray({QJsonObject {{"Key", "CreatedBy"}, {"Value", "fincloud-onboard"}},
                QJsonObject {{"Key", "FincloudProfile"}, {"Value", company}}}));
    }
    const QJsonObject vpc = resources.value("Vpc").toObject().value("Properties").toObject();
    QCOMPARE(vpc.value("CidrBlock").toString(), "10.10.0.0/16");
    QCOMPARE(vpc.value("VpcName").toString(), plan.value().vpcName());
    const QJsonObject vpcId {{"Fn::GetAtt", QJsonArray {"Vpc", "VpcId"}}};
    for (int i = 1; i <= 2; ++i) {
        const QJsonObject vSwitch
            = resources.value(RosTemplate::vSwitchId(i)).toObject().value("Properties").toObject();
        QCOMPARE(vSwitch.value("VpcId").toObject(), vpcId);
        QCOMPARE(vSwitch.value("ZoneId").toString(), plan.value().vSwitches()[i - 1].zone);
        QCOMPARE(vSwitch.value("CidrBlock").toString(), plan.value().vSwitches()[i - 1].cidr);
        QCOMPARE(vSwitch.value("VSwitchName").toString(), plan.value().vSwitchName(i));
    }
    const QJsonObject outputs = root.value("Outputs").toObject();
    QCOMPARE(keySet(outputs), QSet<QString>({"VpcId", "VSwitch1Id", "VSwitch2Id"}));
    QCOMPARE(outputs.value("VpcId").toObject().value("Value").toObject(), vpcId);
    QCOMPARE(outputs.value("VSwitch2Id").toObject().value("Value").toObject(),
        QJsonObject({{"Fn::GetAtt", QJsonArray {"VSwitch2", "VSwitchId"}}}));
}

void TestNetworkPlan::sameBytesAndNoSecrets()
{
    ProfileData data = completeProfile();
    // Values a profile may hold that must never reach the code.
    data.fields.insert(FieldKey::BankAccount, QStringLiteral("6222020200112233445"));
    data.fields.insert(FieldKey::LegalRepresentativeId, QStringLiteral("11010519491231002X"));
    data.fields.insert(FieldKey::Mobile, QStringLiteral("13800138000"));
    const Result<NetworkPlan> plan = NetworkPlan::read(data);
    QVERIFY(plan);
    for (const PlanFile::Format format : {PlanFile::Format::Terraform, PlanFile::Format::Ros}) {
        const QByteArray first = PlanFile::bytes(format, plan.value());
        QVERIFY(!first.isEmpty());
        QCOMPARE(PlanFile::bytes(format, NetworkPlan::read(data).value()), first);
        QVERIFY(PlanFile::isOurs(first));
        for (const char *secret : {"6222020200112233445", "11010519491231002X", "13800138000",
                 "access_key", "secret_key", "AccessKey", "Secret", "password"})
            QVERIFY2(!first.contains(secret), secret);
    }
    QVERIFY(!PlanFile::isOurs("terraform {}\n"));
    QVERIFY(!PlanFile::isOurs("{\"ROSTemplateFormatVersion\": \"2015-09-01\"}"));
}

void TestNetworkPlan::quotedEscapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("\"abc\"");
    QTest::newRow("quote, backslash")
        << QStringLiteral("a\"b\\c") << QStringLiteral("\"a\\\"b\\\\c\"");
    QTest::newRow("interpolation") << QStringLiteral("${x}") << QStringLiteral("\"$${x}\"");
    QTest::newRow("directive") << QStringLiteral("%{x}") << QStringLiteral("\"%%{x}\"");
    QTest::newRow("signs alone") << QStringLiteral("$ % $$") << QStringLiteral("\"$ % $$\"");
    QTest::newRow("control") << QStringLiteral("a\nb\x01") << QStringLiteral("\"a\\nb\\u0001\"");
    QTest::newRow("Chinese") << QStringLiteral("公司") << QStringLiteral("\"公司\"");
}

void TestNetworkPlan::quotedEscapes()
{
    QFETCH(QString, text);
    QFETCH(QString, quoted);
    QCOMPARE(TerraformPlan::quoted(text), quoted);
}

void TestNetworkPlan::fileReplacesOnlyItsOwn()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const NetworkPlan plan = NetworkPlan::read(completeProfile()).value();
    const QString tf = dir.filePath("main.tf");
    QVERIFY(PlanFile::write(tf, PlanFile::Format::Terraform, plan, false));
    QFile written(tf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), TerraformPlan::text(plan));
    written.close();
    // Its own file: replaced (here by the ROS template).
    QVERIFY(PlanFile::write(tf, PlanFile::Format::Ros, plan, false));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), RosTemplate::json(plan));
    written.close();

    // Someone else's: left alone, unless the user says so.
    const QString handWritten = dir.filePath("hand.tf");
    QFile other(handWritten);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("resource \"x\" \"y\" {}\n");
    other.close();
    const Result<> refused = PlanFile::write(handWritten, PlanFile::Format::Terraform, plan, false);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, PlanFile::NotOursCode);
    QVERIFY(other.open(QIODevice::ReadOnly));
    QCOMPARE(other.readAll(), QByteArray("resource \"x\" \"y\" {}\n"));
    other.close();
    QVERIFY(PlanFile::write(handWritten, PlanFile::Format::Terraform, plan, true));
    QVERIFY(other.open(QIODevice::ReadOnly));
    QCOMPARE(other.readAll(), TerraformPlan::text(plan));
    other.close();

    // A symbolic link: refused even with force, its target untouched.
    const QString link = dir.filePath("link.tf");
    QVERIFY(QFile::link(handWritten, link));
    QVERIFY(!PlanFile::write(link, PlanFile::Format::Ros, plan, true));
    QVERIFY(other.open(QIODevice::ReadOnly));
    QCOMPARE(other.readAll(), TerraformPlan::text(plan));
    QVERIFY(QFileInfo(link).isSymLink());
}

QTEST_GUILESS_MAIN(TestNetworkPlan)
#include "tst_networkplan.moc"
