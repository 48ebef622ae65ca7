// The flow rules: every allowed and refused status change, decided by
// FlowRules alone (no widgets, no database).
#include "core/Clock.h"
#include "onboarding/FieldKey.h"
#include "onboarding/FlowRules.h"
#include "onboarding/Profile.h"

#include <QSignalSpy>
#include <QTest>

namespace {

// "register=done real_name=waiting" → step statuses.
// "company.name=ACME real_name.subject=enterprise" → fields ('_' stands for a space).
ProfileData makeProfile(const QString &statuses, const QString &fields)
{
    ProfileData data;
    data.id = 1;
    for (const QString &pair : statuses.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = pair.split(QLatin1Char('='));
        const auto step = stepFromKey(parts.value(0));
        const auto status = statusFromKey(parts.value(1));
        if (!step || !status)
            qFatal("bad status spec %s", qPrintable(pair));
        data.step(*step).status = *status;
    }
    for (const QString &pair : fields.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int equals = pair.indexOf(QLatin1Char('='));
        data.fields.insert(
            pair.left(equals), pair.mid(equals + 1).replace(QLatin1Char('_'), QLatin1Char(' ')));
    }
    return data;
}

const QString Done = QStringLiteral("done");

// Profiles that satisfy everything up to the given step.
const QString RegisterOk = QStringLiteral("register.login_name=acme");
const QString RealNameOk = RegisterOk
    + QStringLiteral(" real_name.subject=enterprise real_name.method=legal_rep_face"
                     " company.name=ACME_Ltd");
const QString CertOk = RealNameOk + QStringLiteral(" certification.no_public_resources=true");

} // namespace

class TestFlowRules : public QObject
{
    Q_OBJECT
private slots:
    void statusChange_data();
    void statusChange();
    void refusalsExplainThemselves();
    void nextStep();
    void personalVerificationBlocksCertification();
    void needsAttentionAfterLaterEdit();
    void profileAppliesOnlyAllowedChanges();
};

void TestFlowRules::statusChange_data()
{
    QTest::addColumn<QString>("statuses");
    QTest::addColumn<QString>("fields");
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("allowed");

    const auto row = [](const char *name, const QString &statuses, const QString &fields,
                         const char *step, const char *target, bool allowed) {
        QTest::newRow(name) << statuses << fields << QString::fromLatin1(step)
                            << QString::fromLatin1(target) << allowed;
    };
    // Step 1
    row("register: start without data", "", "", "register", "in_progress", true);
    row("register: done needs login name", "", "", "register", "done", false);
    row("register: waiting needs login name", "", "", "register", "waiting", false);
    row("register: blank login name is no login name", "", "register.login_name=__", "register",
        "done", false);
    row("register: done with login name", "", RegisterOk, "register", "done", true);
    row("register: same status is a no-op", "register=done", "", "register", "done", true);
    row("register: back to not started", "register=in_progress", "", "register", "not_started",
        true);
    // Step 2
    row("real name: start before registration", "", "", "real_name", "in_progress", true);
    row("real name: done needs registration done", "register=in_progress", RealNameOk, "real_name",
        "done", false);
    row("real name: waiting needs registration done", "register=in_progress", RealNameOk,
        "real_name", "waiting", false);
    row("real name: done needs subject", "register=done",
        RegisterOk + QStringLiteral(" real_name.method=bank_account company.name=A"), "real_name",
        "done", false);
    row("real name: done needs method", "register=done",
        RegisterOk + QStringLiteral(" real_name.subject=enterprise company.name=A"), "real_name",
        "done", false);
    row("real name: enterprise needs company name", "register=done",
        RegisterOk + QStringLiteral(" real_name.subject=enterprise real_name.method=bank_account"),
        "real_name", "done", false);
    row("real name: personal needs no company name", "register=done",
        RegisterOk + QStringLiteral(" real_name.subject=personal real_name.method=bank_account"),
        "real_name", "done", true);
    row("real name: enterprise done", "register=done", RealNameOk, "real_name", "done", true);
    row("real name: enterprise waiting (bank deposit)", "register=done", RealNameOk, "real_name",
        "waiting", true);
    // Step 3
    row("certification: start any time", "", "", "certification", "in_progress", true);
    row("certification: done needs real name done", "register=done real_name=waiting", CertOk,
        "certification", "done", false);
    row("certification: personal verification is not enough", "register=done real_name=done",
        RegisterOk
            + QStringLiteral(" real_name.subject=personal real_name.method=legal_rep_face"
                             " certification.no_public_resources=true"),
        "certification", "done", false);
    row("certification: needs the confirmation", "register=done real_name=done", RealNameOk,
        "certification", "done", false);
    row("certification: waiting needs the confirmation", "register=done real_name=done", RealNameOk,
        "certification", "waiting", false);
    row("certification: unticked confirmation", "register=done real_name=done",
        RealNameOk + QStringLiteral(" certification.no_public_resources=false"), "certification",
        "waiting", false);
    row("certification: waiting with everything", "register=done real_name=done", CertOk,
        "certification", "waiting", true);
    row("certification: done with everything", "register=done real_name=done", CertOk,
        "certification", "done", true);
    row("certification: government verification is enough", "register=done real_name=done",
        RegisterOk
            + QStringLiteral(" real_name.subject=government real_name.method=legal_rep_face"
                             " company.name=Bureau certification.no_public_resources=true"),
        "certification", "done", true);
    row("certification: in progress despite personal", "register=done real_name=done",
        RegisterOk + QStringLiteral(" real_name.subject=personal real_name.method=legal_rep_face"),
        "certification", "in_progress", true);
    // Step 4
    row("services: done needs certification done",
        "register=done real_name=done certification=waiting",
        CertOk + QStringLiteral(" services.contract=online"), "finance_services", "done", false);
    row("services: done needs a contract kind", "register=done real_name=done certification=done",
        CertOk, "finance_services", "done", false);
    row("services: waiting needs no contract kind",
        "register=done real_name=done certification=done", CertOk, "finance_services", "waiting",
        true);
    row("services: done", "register=done real_name=done certification=done",
        CertOk + QStringLiteral(" services.contract=offline"), "finance_services", "done", true);
    // Step 5
    row("region: done needs certification done", "register=done real_name=done",
        CertOk + QStringLiteral(" region.region_id=cn-shanghai-finance-1 region.network=vpc"),
        "region", "done", false);
    row("region: done needs a region", "register=done real_name=done certification=done",
        CertOk + QStringLiteral(" region.network=vpc"), "region", "done", false);
    row("region: done needs a network", "register=done real_name=done certification=done",
        CertOk + QStringLiteral(" region.region_id=cn-shanghai-finance-1"), "region", "done",
        false);
    row("region: no classic network in Shenzhen", "register=done real_name=done certification=done",
        CertOk + QStringLiteral(" region.region_id=cn-shenzhen-finance-1 region.network=classic"),
        "region", "done", false);
    row("region: classic network in Hangzhou", "register=done real_name=done certification=done",
        CertOk + QStringLiteral(" region.region_id=cn-hangzhou-finance region.network=classic"),
        "region", "done", true);
    row("region: VPC in Shanghai", "register=done real_name=done certification=done",
        CertOk + QStringLiteral(" region.region_id=cn-shanghai-finance-1 region.network=vpc"),
        "region", "done", true);
    row("region: unknown region", "register=done real_name=done certification=done",
        CertOk + QStringLiteral(" region.region_id=cn-nowhere-1 region.network=vpc"), "region",
        "done", false);
    // Going back must not pull the ground from under a later step.
    row("back: registration while real name is done", "register=done real_name=done", RealNameOk,
        "register", "in_progress", false);
    row("back: registration while real name is in progress", "register=done real_name=in_progress",
        RealNameOk, "register", "in_progress", true);
    row("back: real name while certification waits",
        "register=done real_name=done certification=waiting", CertOk, "real_name", "in_progress",
        false);
    row("back: real name to waiting while certification done",
        "register=done real_name=done certification=done", CertOk, "real_name", "waiting", false);
    row("back: certification while services done",
        "register=done real_name=done certification=done finance_services=done",
        CertOk + QStringLiteral(" services.contract=online"), "certification", "waiting", false);
    row("back: certification while services in progress",
        "register=done real_name=done certification=done finance_services=in_progress", CertOk,
        "certification", "waiting", true);
}

void TestFlowRules::statusChange()
{
    QFETCH(QString, statuses);
    QFETCH(QString, fields);
    QFETCH(QString, step);
    QFETCH(QString, target);
    QFETCH(bool, allowed);
    const ProfileData data = makeProfile(statuses, fields);
    const Verdict verdict
        = FlowRules::canSetStatus(data, *stepFromKey(step), *statusFromKey(target));
    QCOMPARE(verdict.allowed, allowed);
    QCOMPARE(verdict.reasons.isEmpty(), allowed);
}

void TestFlowRules::refusalsExplainThemselves()
{
    const ProfileData data = makeProfile(QStringLiteral("register=done real_name=done"),
        RegisterOk
            + QStringLiteral(" real_name.subject=personal"
                             " real_name.method=legal_rep_face"));
    const Verdict verdict = FlowRules::canSetStatus(data, StepId::Certification, StepStatus::Done);
    QVERIFY(!verdict.allowed);
    QCOMPARE(verdict.reasons.size(), 2); // personal verification, missing confirmation
    QVERIFY(verdict.reasons.join(QLatin1Char(' ')).contains(QLatin1String("personal")));
    QVERIFY(verdict.reasons.join(QLatin1Char(' ')).contains(QLatin1String("public-cloud")));
}

void TestFlowRules::nextStep()
{
    QCOMPARE(FlowRules::nextStep(makeProfile({}, {})), StepId::Register);
    QCOMPARE(
        FlowRules::nextStep(makeProfile(QStringLiteral("register=done real_name=waiting"), {})),
        StepId::RealName);
    QCOMPARE(FlowRules::nextStep(makeProfile(
                 QStringLiteral("register=done real_name=done certification=done"), {})),
        StepId::FinanceServices);
    QCOMPARE(FlowRules::nextStep(makeProfile(QStringLiteral("register=done real_name=done "
                                                            "certification=done "
                                                            "finance_services=done region=done"),
                 {})),
        std::nullopt);
}

void TestFlowRules::personalVerificationBlocksCertification()
{
    const ProfileData personal = makeProfile(QStringLiteral("register=done real_name=done"),
        RegisterOk + QStringLiteral(" real_name.subject=personal real_name.method=legal_rep_face"));
    QVERIFY(FlowRules::isPersonalVerification(personal));
    QCOMPARE(FlowRules::blockers(personal, StepId::Certification).size(), 1);
    const ProfileData enterprise
        = makeProfile(QStringLiteral("register=done real_name=done"), RealNameOk);
    QVERIFY(!FlowRules::isPersonalVerification(enterprise));
    QVERIFY(FlowRules::blockers(enterprise, StepId::Certification).isEmpty());
}

void TestFlowRules::needsAttentionAfterLaterEdit()
{
    ProfileData data
        = makeProfile(QStringLiteral("register=done real_name=done certification=done"), CertOk);
    QVERIFY(!FlowRules::needsAttention(data, StepId::Certification));
    data.fields.insert(FieldKey::RealNameSubject, FieldValue::Personal);
    QVERIFY(FlowRules::needsAttention(data, StepId::Certification));
    QVERIFY(!FlowRules::needsAttention(data, StepId::Register));
}

void TestFlowRules::profileAppliesOnlyAllowedChanges()
{
    FixedClock clock(QDateTime(QDate(2026, 3, 6), QTime(17, 45), Qt::UTC));
    Profile profile(clock);
    profile.load(makeProfile({}, {}));
    QSignalSpy changes(&profile, &Profile::stepStateChanged);

    QVERIFY(!profile.requestStatus(StepId::Register, StepStatus::Done).allowed);
    QCOMPARE(profile.stepState(StepId::Register).status, StepStatus::NotStarted);
    QCOMPARE(changes.count(), 0);

    // Entering data starts the step; then the rules allow it to be done.
    profile.setField(FieldKey::LoginName, QStringLiteral("acme"));
    QCOMPARE(profile.stepState(StepId::Register).status, StepStatus::InProgress);
    QVERIFY(profile.requestStatus(StepId::Register, StepStatus::Done).allowed);
    QCOMPARE(profile.stepState(StepId::Register).status, StepStatus::Done);
    QCOMPARE(profile.stepState(StepId::Register).since, clock.now());
    QCOMPARE(changes.count(), 2);
    QCOMPARE(changes.at(0).at(2).value<StepStatus>(), StepStatus::NotStarted);
    QCOMPARE(changes.at(1).at(2).value<StepStatus>(), StepStatus::InProgress);
}

QTEST_GUILESS_MAIN(TestFlowRules)
#include "tst_flowrules.moc"
