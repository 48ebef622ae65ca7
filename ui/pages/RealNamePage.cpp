#include "RealNamePage.h"

#include "onboarding/FieldKey.h"
#include "onboarding/Profile.h"
#include "onboarding/ProviderUrl.h"
#include "widgets/ConsolePathBox.h"
#include "widgets/FaqPanel.h"
#include "widgets/FieldBinder.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

RealNamePage::RealNamePage(Profile &profile, UrlOpener opener, QWidget *parent)
    : StepPage(StepId::RealName, profile, std::move(opener), parent)
{
    m_intro = addParagraph(QStringLiteral("realNameIntro"));
    m_path = addConsolePath();

    QFormLayout *form = addForm();
    m_subjectLabel = new QLabel(this);
    m_subject = new QButtonGroup(this);
    auto *subjectRow = new QHBoxLayout;
    const auto addSubject = [&](const QString &value, const QString &name) {
        auto *button = new QRadioButton(this);
        button->setObjectName(name);
        button->setProperty("fieldValue", value);
        m_subject->addButton(button);
        subjectRow->addWidget(button);
        return button;
    };
    m_enterprise = addSubject(FieldValue::Enterprise, QStringLiteral("subjectEnterprise"));
    m_government = addSubject(FieldValue::Government, QStringLiteral("subjectGovernment"));
    m_personal = addSubject(FieldValue::Personal, QStringLiteral("subjectPersonal"));
    subjectRow->addStretch(1);
    m_subjectLabel->setBuddy(m_enterprise);
    form->addRow(m_subjectLabel, subjectRow);

    m_methodLabel = new QLabel(this);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("realNameMethod"));
    for (const QString &value : {QString(), FieldValue::MethodLegalRepFace,
             FieldValue::MethodEnterpriseAlipay, FieldValue::MethodBankAccount})
        m_method->addItem(QString(), value);
    m_methodLabel->setBuddy(m_method);
    form->addRow(m_methodLabel, m_method);

    m_company
        = addLine(form, m_companyLabel, QStringLiteral("companyName"), FieldKey::CompanyName, 200);
    m_creditCode
        = addLine(form, m_creditCodeLabel, QStringLiteral("creditCode"), FieldKey::CreditCode, 18);
    m_bankName
        = addLine(form, m_bankNameLabel, QStringLiteral("bankName"), FieldKey::BankName, 100);
    m_bankAccount = addLine(
        form, m_bankAccountLabel, QStringLiteral("bankAccount"), FieldKey::BankAccount, 40);

    m_personalWarning = addCallout(Callout::Level::Warning, QStringLiteral("personalWarning"));
    m_bankNote = addCallout(Callout::Level::Note, QStringLiteral("bankMethodNote"));

    binder().bind(m_subject, FieldKey::RealNameSubject);
    binder().bind(m_method, FieldKey::RealNameMethod);
    connect(&profile, &Profile::changed, this, &RealNamePage::updateVisibility);

    finishLayout();
    updateVisibility();
}

QLineEdit *RealNamePage::addLine(
    QFormLayout *form, QLabel *&label, const QString &objectName, const QString &key, int maxLength)
{
    label = new QLabel(this);
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    label->setBuddy(edit);
    form->addRow(label, edit);
    binder().bind(edit, key);
    return edit;
}

void RealNamePage::updateVisibility()
{
    const ProfileData &data = profile().data();
    const bool bank = data.field(FieldKey::RealNameMethod) == FieldValue::MethodBankAccount;
    const bool personal = data.field(FieldKey::RealNameSubject) == FieldValue::Personal;
    m_personalWarning->setVisible(personal);
    m_bankNote->setVisible(bank);
    for (QWidget *widget :
        {static_cast<QWidget *>(m_bankNameLabel), static_cast<QWidget *>(m_bankName),
            static_cast<QWidget *>(m_bankAccountLabel), static_cast<QWidget *>(m_bankAccount)})
        widget->setVisible(bank);
}

void RealNamePage::retranslate()
{
    setSubTitle(
        tr("Prove who owns the account. For Finance Cloud this must be the organisation, not a "
           "person.",
            "@title"));
    m_intro->setText(tr("Whoever the account is verified for owns it. A company account that is "
                        "verified for a person causes disputes when staff change, can lead to "
                        "financial loss, and makes withdrawals and invoices difficult. Finance "
                        "Cloud expects an enterprise (or government) verification.",
        "@info"));
    m_path->setPath(
        tr("Sign in, click your account name to open account management, then:", "@info"),
        {QStringLiteral("实名认证"), QStringLiteral("企业/政府实名认证"),
            tr("(choose a method)", "@info console path placeholder"), QStringLiteral("立即认证")});
    m_path->setUrl(ProviderUrl::accountConsole(),
        tr("&Open account management in the browser", "@action:button"));

    m_subjectLabel->setText(tr("Verified &for:", "@label radio group"));
    m_enterprise->setText(tr("Enterprise", "@option:radio"));
    m_government->setText(tr("Government body", "@option:radio"));
    m_personal->setText(tr("Person", "@option:radio"));
    for (QRadioButton *button : {m_enterprise, m_government, m_personal})
        button->setAccessibleName(tr("Verified for: %1", "@label").arg(button->text()));

    m_methodLabel->setText(tr("&Method:", "@label:listbox"));
    m_method->setAccessibleName(tr("Verification method", "@label:listbox"));
    m_method->setItemText(0, tr("Choose a method…", "@item:inlistbox"));
    m_method->setItemText(1,
        QStringLiteral("法定代表人扫脸认证 ")
            + tr("(legal representative's face scan; instant)", "@item:inlistbox"));
    m_method->setItemText(2,
        QStringLiteral("企业支付宝认证 ") + tr("(enterprise Alipay; instant)", "@item:inlistbox"));
    m_method->setItemText(3,
        QStringLiteral("企业银行卡信息认证 ")
            + tr("(corporate bank account; 2–3 working days)", "@item:inlistbox"));

    m_companyLabel->setText(tr("&Company name:", "@label:textbox"));
    m_company->setAccessibleName(tr("Company name", "@label:textbox"));
    m_company->setPlaceholderText(tr("As on the business licence", "@info:placeholder"));
    m_creditCodeLabel->setText(tr("Unified social &credit code:", "@label:textbox"));
    m_creditCode->setAccessibleName(tr("Unified social credit code", "@label:textbox"));
    m_creditCode->setPlaceholderText(
        tr("18 characters, on the business licence", "@info:placeholder"));
    m_bankNameLabel->setText(tr("&Bank:", "@label:textbox"));
    m_bankName->setAccessibleName(tr("Bank of the corporate account", "@label:textbox"));
    m_bankAccountLabel->setText(tr("Corporate &account number:", "@label:textbox"));
    m_bankAccount->setAccessibleName(tr("Corporate account number", "@label:textbox"));

    m_personalWarning->setText(
        tr("A personal verification is not enough for Finance Cloud: step 3 needs an "
           "enterprise or government verification. A company account verified for a person "
           "also causes trouble later with ownership, withdrawals and invoices.",
            "@info"));
    m_bankNote->setText(tr("With the bank-account method the provider sends a small amount to "
                           "the corporate account. Banks take 2–3 working days to deliver it. "
                           "When it arrives, enter the exact amount in the console to finish. "
                           "Meanwhile, set this step to \"Submitted, waiting for review\".",
        "@info"));
    faq()->setEntries({
        {tr("What happens if the account is not verified yet?", "@info FAQ"),
            tr("Pay-as-you-go resources cannot be opened, but prepaid ones such as ECS and RDS "
               "can. You may buy prepaid servers and deploy while the verification is pending.",
                "@info FAQ")},
        {tr("The deposit could not be credited. Can it be refunded?", "@info FAQ"),
            tr("Yes, a deposit that could not be credited can be refunded.", "@info FAQ")},
        {tr("How long does the bank-account method take?", "@info FAQ"),
            tr("The transfer starts as soon as the request is received, but the bank may need 2–3 "
               "days to deliver it.",
                "@info FAQ")},
        {tr("We cannot complete the verification online. What now?", "@info FAQ"),
            tr("Contact Finance Cloud staff who can confirm your identity (jr@service.alibaba.com) "
               "and give them the company name and the business-licence registration number "
               "(营业执照注册号); they can complete it for you.",
                "@info FAQ")},
        {tr("Can we verify as a person instead?", "@info FAQ"),
            tr("Enterprise customers are required to use an enterprise verification; a personal "
               "one leads to avoidable problems later.",
                "@info FAQ")},
    });
}
