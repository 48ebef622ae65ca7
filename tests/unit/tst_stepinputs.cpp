// StepInputs: which inputs each step checks and when its page may be left,
// decided on the profile alone (no widgets): the rule the wizard asks for a
// page whose widgets are not built yet.
#include "onboarding/FieldKey.h"
#include "onboarding/PlannedVSwitch.h"
#include "onboarding/StepInputs.h"

#include <QTest>

namespace {

const QDate Today(2026, 11, 2);

// "company.credit_code=9144-03 real_name.method=bank_account" → fields
// ('+' stands for a space, '~' for an empty value).
ProfileData profileWith(const QString &fields)
{
    ProfileData data;
    for (const QString &pair : fields.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int equals = pair.indexOf(QLatin1Char('='));
        QString value = pair.mid(equals + 1).replace(QLatin1Char('+'), QLatin1Char(' '));
        if (value == QLatin1String("~"))
            value.clear();
        data.fields.insert(pair.left(equals), value);
    }
    return data;
}

QString vSwitches(const QStringList &cidrs)
{
    QList<PlannedVSwitch> list;
    for (const QString &cidr : cidrs)
        list.append({QStringLiteral("cn-shanghai-finance-1a"), cidr});
    return PlannedVSwitch::listToJson(list);
}

} // namespace

class TestStepInputs : public QObject
{
    Q_OBJECT
private slots:
    void mayLeave_data();
    void mayLeave();
    void everyCheckedKeyHasARule();
    void reasonOnlyWhereTheStepAsksForOne();
    void vpcPlanCountsOnlyForAVpc();
};

void TestStepInputs::mayLeave_data()
{
    QTest::addColumn<StepId>("step");
    QTest::addColumn<QString>("fields");
    QTest::addColumn<bool>("expected");

    QTest::newRow("register, nothing typed") << StepId::Register << QString() << true;
    QTest::newRow("register, mobile with a letter")
        << StepId::Register << QStringLiteral("register.mobile=1380013800x") << false;
    QTest::newRow("register, good mobile")
        << StepId::Register << QStringLiteral("register.mobile=+8613800138000") << true;
    QTest::newRow("register, e-mail without @")
        << StepId::Register << QStringLiteral("register.email=boss.qq.com") << false;
    QTest::newRow("register, free-mail address is only a note")
        << StepId::Register << QStringLiteral("register.email=boss@qq.com") << true;

    QTest::newRow("real name, company name missing") << StepId::RealName << QString() << false;
    QTest::newRow("real name, company name only")
        << StepId::RealName << QStringLiteral("company.name=ACME+Ltd") << true;
    QTest::newRow("real name, broken credit code")
        << StepId::RealName << QStringLiteral("company.name=ACME company.credit_code=9144-03")
        << false;
    QTest::newRow("real name, check character off, no reason")
        << StepId::RealName
        << QStringLiteral("company.name=ACME company.credit_code=914403001922038217") << false;
    QTest::newRow("real name, check character off, with a reason")
        << StepId::RealName
        << QStringLiteral("company.name=ACME company.credit_code=914403001922038217 "
                          "company.credit_code_override=printed+so+on+the+licence")
        << true;
    QTest::newRow("real name, check character off, blank reason")
        << StepId::RealName
        << QStringLiteral("company.name=ACME company.credit_code=914403001922038217 "
                          "company.credit_code_override=++")
        << false;
    QTest::newRow("real name, bad bank account, other method")
        << StepId::RealName
        << QStringLiteral("company.name=ACME real_name.method=legal_rep_face "
                          "real_name.bank_account=12x")
        << true;
    QTest::newRow("real name, bad bank account, bank method")
        << StepId::RealName
        << QStringLiteral("company.name=ACME real_name.method=bank_account "
                          "real_name.bank_account=12x")
        << false;
    QTest::newRow("real name, bad deposit amount")
        << StepId::RealName << QStringLiteral("company.name=ACME real_name.deposit_amount=0.3.5")
        << false;
    QTest::newRow("real name, resident ID with a bad check digit")
        << StepId::RealName
        << QStringLiteral("company.name=ACME company.legal_rep_id=110101199003074515") << false;

    QTest::newRow("services, no invoice yet") << StepId::FinanceServices << QString() << true;
    QTest::newRow("services, empty invoice title")
        << StepId::FinanceServices << QStringLiteral("services.invoice_title=~") << true;
    QTest::newRow("services, broken taxpayer ID")
        << StepId::FinanceServices << QStringLiteral("services.taxpayer_id=9144-03") << false;

    QTest::newRow("certification checks no text")
        << StepId::Certification << QStringLiteral("company.credit_code=9144-03") << true;
}

void TestStepInputs::mayLeave()
{
    QFETCH(StepId, step);
    QFETCH(QString, fields);
    QFETCH(bool, expected);
    QCOMPARE(StepInputs::mayLeave(step, profileWith(fields), Today), expected);
}

void TestStepInputs::everyCheckedKeyHasARule()
{
    // A checked key must be one check-data knows, or its page would check nothing.
    for (StepId step : AllSteps) {
        for (const CheckedInput &input : StepInputs::checked(step)) {
            QVERIFY2(FieldKey::All.contains(input.key), qPrintable(input.key));
            const FieldVerdict verdict = StepInputs::verdict(input.key, QStringLiteral("x"), Today);
            QVERIFY2(verdict.level != FieldVerdict::Note || !verdict.message.contains("checked"),
                qPrintable(input.key + QStringLiteral(": ") + verdict.message));
            QCOMPARE(StepInputs::find(step, input.key)->key, input.key);
        }
    }
    QVERIFY(!StepInputs::find(StepId::Register, FieldKey::CreditCode));
}

void TestStepInputs::reasonOnlyWhereTheStepAsksForOne()
{
    // The same warning passes on its own where no reason is kept for it.
    const ProfileData data
        = profileWith(QStringLiteral("company.name=ACME company.credit_code=914403001922038217 "
                                     "services.taxpayer_id=914403001922038217"));
    QCOMPARE(
        StepInputs::verdict(FieldKey::TaxpayerId, data.field(FieldKey::TaxpayerId), Today).level,
        FieldVerdict::Warning);
    QVERIFY(StepInputs::mayLeave(StepId::FinanceServices, data, Today));
    QVERIFY(!StepInputs::mayLeave(StepId::RealName, data, Today));
}

void TestStepInputs::vpcPlanCountsOnlyForAVpc()
{
    ProfileData data = profileWith(QStringLiteral("region.region_id=cn-shanghai-finance-1"));
    data.fields.insert(FieldKey::VpcCidr, QStringLiteral("8.8.0.0/16")); // not a private range
    data.fields.insert(FieldKey::VSwitches, vSwitches({QStringLiteral("8.8.0.0/24")}));
    data.fields.insert(FieldKey::NetworkType, FieldValue::NetworkClassic);
    QVERIFY(StepInputs::mayLeave(StepId::Region, data, Today));
    data.fields.insert(FieldKey::NetworkType, FieldValue::NetworkVpc);
    QVERIFY(!StepInputs::mayLeave(StepId::Region, data, Today));
    data.fields.insert(FieldKey::VpcCidr, QStringLiteral("10.0.0.0/16"));
    data.fields.insert(FieldKey::VSwitches,
        vSwitches({QStringLiteral("10.0.0.0/24"), QStringLiteral("10.0.1.0/24")}));
    QVERIFY(StepInputs::mayLeave(StepId::Region, data, Today));
    // Overlapping vSwitches are an error of the plan as a whole.
    data.fields.insert(FieldKey::VSwitches,
        vSwitches({QStringLiteral("10.0.0.0/24"), QStringLiteral("10.0.0.0/25")}));
    QVERIFY(!StepInputs::mayLeave(StepId::Region, data, Today));
}

QTEST_GUILESS_MAIN(TestStepInputs)
#include "tst_stepinputs.moc"
