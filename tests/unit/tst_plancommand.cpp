// `plan` end to end: the real program on a real database prepared with the
// store's own save calls (the sample profile: a VPC plan in Shanghai). Both
// formats written, byte-identical on every run; an incomplete plan refused
// with its reasons (exit 2, no file); the options checked; a file the
// program did not write left alone without --force, a symbolic link always.
#include "common/ProgramRun.h"
#include "common/SampleProfile.h"
#include "onboarding/FieldKey.h"
#include "plan/NetworkPlan.h"
#include "plan/PlanFile.h"
#include "storage/ProgressStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPlanCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void writesBothFormats();
    void refusesAnIncompletePlan();
    void checksItsOptions();
    void leavesOtherFilesAlone();

private:
    ProgramRun plan(const QString &format, const QString &out, QStringList more = {}) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_database;
    qint64 m_incompleteId = 0;
};

void TestPlanCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = path("progress.sqlite");
    Result<std::unique_ptr<ProgressStore>> store = ProgressStore::openSqlite(m_database);
    QVERIFY(store);
    QVERIFY(SampleProfile::create(*store.value()) > 0);
    // A second company whose plan breaks the rules: a public block, no zone.
    const Result<ProfileData> other
        = store.value()->createProfile(QStringLiteral("Other Ltd"), SampleProfile::Start);
    QVERIFY(other);
    m_incompleteId = other.value().id;
    QVERIFY(
        store.value()
            ->saveFields(m_incompleteId,
                {{FieldKey::RegionId, QStringLiteral("cn-shanghai-finance-1")},
                    {FieldKey::NetworkType, FieldValue::NetworkVpc},
                    {FieldKey::VpcCidr, QStringLiteral("8.8.0.0/16")},
                    {FieldKey::VSwitches,
                        PlannedVSwitch::listToJson({{QString(), QStringLiteral("10.0.0.0/24")}})}},
                SampleProfile::Start)
            .ok());
}

ProgramRun TestPlanCommand::plan(const QString &format, const QString &out, QStringList more) const
{
    QStringList arguments {"plan", "--database", m_database, "--profile", SampleProfile::company()};
    if (!format.isEmpty())
        arguments << "--format" << format;
    if (!out.isEmpty())
        arguments << "--out" << out;
    return ProgramRun::start(arguments + more);
}

void TestPlanCommand::writesBothFormats()
{
    for (const QString &format : {QStringLiteral("terraform"), QStringLiteral("ros")}) {
        const QString first = path(format + "-1");
        const QString second = path(format + "-2");
        const ProgramRun written = plan(format, first);
        QVERIFY2(written.exitCode == 0, written.err.constData());
        QVERIFY2(written.out.contains("Wrote the network plan"), written.out.constData());
        // The same plan, the same bytes; and again over its own file.
        QCOMPARE(plan(format, second).exitCode, 0);
        QCOMPARE(contentOf(second), contentOf(first));
        QCOMPARE(plan(format, first).exitCode, 0);
        QCOMPARE(contentOf(second), contentOf(first));
        QVERIFY(PlanFile::isOurs(contentOf(first)));
        QCOMPARE(QFileInfo(first).permissions() & (QFile::ReadGroup | QFile::ReadOther),
            QFile::Permissions());
        const QByteArray bytes = contentOf(first);
        QVERIFY(bytes.contains("cn-shanghai-finance-1"));
        for (const PlannedVSwitch &vSwitch : SampleProfile::vSwitches()) {
            QVERIFY(bytes.contains(vSwitch.zone.toUtf8()));
            QVERIFY(bytes.contains(vSwitch.cidr.toUtf8()));
        }
        QVERIFY(!bytes.contains(SampleProfile::creditCode().toUtf8()));
    }
    const QJsonObject ros = QJsonDocument::fromJson(contentOf(path("ros-1"))).object();
    QCOMPARE(ros.value(u"ROSTemplateFormatVersion").toString(), "2015-09-01");
    QVERIFY(contentOf(path("terraform-1")).contains("resource \"alicloud_vpc\" \"main\""));
}

void TestPlanCommand::refusesAnIncompletePlan()
{
    const QString out = path("refused.tf");
    const ProgramRun refused = ProgramRun::start({"plan", "--database", m_database, "--profile",
        QString::number(m_incompleteId), "--format", "terraform", "--out", out});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("cannot be written as code yet"), refused.err.constData());
    QVERIFY2(
        refused.err.contains("- VPC CIDR block: A VPC must lie inside"), refused.err.constData());
    QVERIFY2(refused.err.contains("- vSwitch 1: no zone ID"), refused.err.constData());
    QVERIFY2(refused.err.contains("not inside the VPC's block"), refused.err.constData());
    QVERIFY(!QFile::exists(out));

    const ProgramRun nobody = ProgramRun::start({"plan", "--database", m_database, "--profile",
        "Nobody Ltd", "--format", "ros", "--out", out});
    QCOMPARE(nobody.exitCode, 1);
    QVERIFY(!QFile::exists(out));
}

void TestPlanCommand::checksItsOptions()
{
    for (const auto &[format, out] :
        {std::pair {QString(), path("x.tf")}, std::pair {QStringLiteral("yaml"), path("x.tf")},
            std::pair {QStringLiteral("terraform"), QString()}}) {
        const ProgramRun refused = plan(format, out);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("usage: fincloud-onboard plan --format terraform|ros --out"),
            refused.err.constData());
    }
    // ValidateTemplate checks ROS templates only.
    const ProgramRun terraformValidated = plan("terraform", path("x.tf"), {"--validate"});
    QCOMPARE(terraformValidated.exitCode, 2);
    QVERIFY2(terraformValidated.err.contains("[--validate]"), terraformValidated.err.constData());
    QVERIFY(!QFile::exists(path("x.tf")));
    const ProgramRun help = ProgramRun::start({"--help"});
    QVERIFY(help.out.contains("plan"));
    QVERIFY(help.out.contains("--format"));
    QVERIFY(help.out.contains("--force"));
    QVERIFY(help.out.contains("--validate"));
}

void TestPlanCommand::leavesOtherFilesAlone()
{
    const QString mine = path("main.tf");
    const QByteArray handWritten = "# mine\nresource \"alicloud_vpc\" \"x\" {}\n";
    QFile file(mine);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(handWritten);
    file.close();
    const ProgramRun refused = plan("terraform", mine);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("was not written by this program"), refused.err.constData());
    QCOMPARE(contentOf(mine), handWritten);
    const ProgramRun forced = plan("terraform", mine, {"--force"});
    QVERIFY2(forced.exitCode == 0, forced.err.constData());
    QVERIFY(PlanFile::isOurs(contentOf(mine)));

    const QString target = path("target.json");
    QVERIFY(QFile::link(mine, target));
    const QByteArray before = contentOf(mine);
    const ProgramRun linked = plan("ros", target, {"--force"});
    QCOMPARE(linked.exitCode, 2);
    QVERIFY2(linked.err.contains("symbolic link"), linked.err.constData());
    QCOMPARE(contentOf(mine), before);
}

QTEST_GUILESS_MAIN(TestPlanCommand)
#include "tst_plancommand.moc"
