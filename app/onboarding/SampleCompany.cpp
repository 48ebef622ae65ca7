#include "SampleCompany.h"

#include "FieldKey.h"
#include "PlannedVSwitch.h"
#include "Profile.h"

QString SampleCompany::name()
{
    return QStringLiteral("北京示例金融科技有限公司");
}

const QList<QPair<QString, QString>> &SampleCompany::fields()
{
    // A unified social credit code with a valid check character, used as the
    // taxpayer ID too, as the finance-services page proposes.
    static const QString creditCode = QStringLiteral("91110108551385082Q");
    static const QList<QPair<QString, QString>> values = {
        {FieldKey::CreditCode, creditCode},
        {FieldKey::LoginName, QStringLiteral("example-fintech")},
        {FieldKey::Mobile, QStringLiteral("+8613800138000")},
        {FieldKey::Email, QStringLiteral("cloud-admin@example.com.cn")},
        {FieldKey::DedicatedAccount, FieldValue::True},
        {FieldKey::RealNameSubject, FieldValue::Enterprise},
        {FieldKey::RealNameMethod, FieldValue::MethodBankAccount},
        {FieldKey::BankName, QStringLiteral("中国工商银行 北京分行")},
        {FieldKey::BankAccount, QStringLiteral("0200001234567890123")},
        {FieldKey::InvoiceTitle, name()},
        {FieldKey::TaxpayerId, creditCode},
        {FieldKey::RegionId, QStringLiteral("cn-shanghai-finance-1")},
        {FieldKey::NetworkType, FieldValue::NetworkVpc},
        // Zone IDs are per account; these only show the form.
        {FieldKey::VpcCidr, QStringLiteral("10.10.0.0/16")},
        {FieldKey::VSwitches,
            PlannedVSwitch::listToJson({
                {QStringLiteral("cn-shanghai-finance-1f"), QStringLiteral("10.10.0.0/20")},
                {QStringLiteral("cn-shanghai-finance-1g"), QStringLiteral("10.10.16.0/20")},
            })},
    };
    return values;
}

QString SampleCompany::field(const QString &key)
{
    for (const auto &[fieldKey, value] : fields()) {
        if (fieldKey == key)
            return value;
    }
    return {};
}

void SampleCompany::fillIn(Profile &profile)
{
    for (const auto &[key, value] : fields())
        profile.setField(key, value);
}
