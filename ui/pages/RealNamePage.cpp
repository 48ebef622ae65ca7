#include "RealNamePage.h"

#include "steps/RealNameStep.h"
#include "widgets/LabelledRows.h"
#include "widgets/Mnemonic.h"

#include "onboarding/FieldKey.h"
#include "onboarding/Profile.h"
#include "onboarding/ProviderUrl.h"
#include "validation/DepositAmount.h"
#include "widgets/ConsolePathBox.h"
#include "widgets/FaqPanel.h"
#include "widgets/FieldBinder.h"
#include "widgets/StatusSelector.h"
#include "widgets/WrappingLabel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

RealNamePage::RealNamePage(Profile &profile, UrlOpener opener, QWidget *parent)
    : StepPage(new RealNameStep(profile), std::move(opener), parent)
    , m_model(static_cast<RealNameStep &>(model()))
{
    retranslateTitles();
}

void RealNamePage::build()
{
    m_intro = addParagraph(QStringLiteral("realNameIntro"));
    m_path = addConsolePath();

    QFormLayout *form = addForm();
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
    m_subjectLabel = LabelledRows::add(form, subjectRow, m_enterprise);

    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("realNameMethod"));
    for (const QString &value : {QString(), FieldValue::MethodLegalRepFace,
             FieldValue::MethodEnterpriseAlipay, FieldValue::MethodBankAccount})
        m_method->addItem(QString(), value);
    // Its items are long (console label and explanation): the full width.
    m_methodLabel = LabelledRows::addAbove(form, m_method);

    m_company = addCheckedLine(
        form, m_companyLabel, QStringLiteral("companyName"), FieldKey::CompanyName, 200);
    m_creditCode = addCheckedLine(
        form, m_creditCodeLabel, QStringLiteral("creditCode"), FieldKey::CreditCode, 40);
    m_override = new QLineEdit(this);
    m_override->setObjectName(QStringLiteral("creditCodeOverride"));
    m_override->setMaxLength(300);
    m_overrideLabel = LabelledRows::add(form, m_override);
    binder().bind(m_override, FieldKey::CreditCodeOverride);
    checks().setOverride(m_creditCode, m_override, m_overrideLabel);
    m_licence = addCheckedLine(
        form, m_licenceLabel, QStringLiteral("licenceNumber"), FieldKey::LicenceNumber, 40);
    m_legalRepId = addCheckedLine(form, m_legalRepIdLabel, QStringLiteral("legalRepresentativeId"),
        FieldKey::LegalRepresentativeId, 40);
    m_bankName
        = addLine(form, m_bankNameLabel, QStringLiteral("bankName"), FieldKey::BankName, 100);
    m_bankAccount = addCheckedLine(
        form, m_bankAccountLabel, QStringLiteral("bankAccount"), FieldKey::BankAccount, 60);
    buildDepositBox();

    m_personalWarning = addCallout(Callout::Level::Warning, QStringLiteral("personalWarning"));
    m_bankNote = addCallout(Callout::Level::Note, QStringLiteral("bankMethodNote"));

    binder().bind(m_subject, FieldKey::RealNameSubject);
    binder().bind(m_method, FieldKey::RealNameMethod);
    connect(&m_model, &RealNameStep::subjectChanged, this, &RealNamePage::updateVisibility);
    connect(&m_model, &RealNameStep::methodChanged, this, &RealNamePage::updateVisibility);
    connect(&m_model, &RealNameStep::depositChanged, this, &RealNamePage::updateDeposit);

    finishLayout();
    updateVisibility();
}

QLineEdit *RealNamePage::addLine(
    QFormLayout *form, QLabel *&label, const QString &objectName, const QString &key, int maxLength)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    label = LabelledRows::add(form, edit);
    binder().bind(edit, key);
    return edit;
}

void RealNamePage::buildDepositBox()
{
    m_deposit = new QGroupBox(this);
    m_deposit->setObjectName(QStringLiteral("depositBox"));
    auto *layout = new QVBoxLayout(m_deposit);
    m_depositIntro = new WrappingLabel(m_deposit);
    layout->addWidget(m_depositIntro);
    QFormLayout *form = LabelledRows::form();
    layout->addLayout(form);
    m_amount = addCheckedLine(
        form, m_amountLabel, QStringLiteral("depositAmount"), FieldKey::DepositAmount, 20);
    m_attempts = new QLabel(m_deposit);
    m_attempts->setObjectName(QStringLiteral("depositAttempts"));
    layout->addWidget(m_attempts);
    auto *buttons = new QHBoxLayout;
    m_accepted = new QPushButton(m_deposit);
    m_accepted->setObjectName(QStringLiteral("depositAccepted"));
    m_refused = new QPushButton(m_deposit);
    m_refused->setObjectName(QStringLiteral("depositRefused"));
    buttons->addWidget(m_accepted);
    buttons->addWidget(m_refused);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_depositWarning = new Callout(Callout::Level::Warning, m_deposit);
    m_depositWarning->setObjectName(QStringLiteral("depositWarning"));
    layout->addWidget(m_depositWarning);
    body()->addWidget(m_deposit);
    connect(m_accepted, &QPushButton::clicked, this,
        [this] { showDepositVerdict(m_model.recordDepositAccepted()); });
    connect(m_refused, &QPushButton::clicked, this,
        [this] { showDepositVerdict(m_model.recordDepositRefused()); });
}

void RealNamePage::showDepositVerdict(const Verdict &verdict)
{
    // A refusal reads as the status selector's does: the same callout.
    if (!verdict.allowed)
        statusSelector()->refusal()->setText(tr("This cannot be recorded yet:", "@info")
            + QLatin1Char(' ') + verdict.reasons.join(QLatin1Char(' ')).toHtmlEscaped());
    statusSelector()->refusal()->setVisible(!verdict.allowed);
}

void RealNamePage::updateDeposit()
{
    const int used = m_model.depositAttemptsUsed();
    const int max = RealNameStep::maxDepositAttempts();
    m_deposit->setVisible(m_model.isDepositShown());
    m_attempts->setText(tr("Attempts used: %1 of %2", "@info deposit").arg(used).arg(max));
    m_accepted->setEnabled(m_model.mayRecordDeposit());
    m_refused->setEnabled(m_model.mayRecordDeposit());
    switch (m_model.depositWarning()) {
    case RealNameStep::DepositWarning::AllAttemptsUsed:
        m_depositWarning->setLevel(Callout::Level::Danger);
        m_depositWarning->setText(
            tr("All %1 attempts are used, so this verification has failed. Start a new "
               "verification in the console, or choose another method.",
                "@info deposit")
                .arg(max));
        m_depositWarning->show();
        break;
    case RealNameStep::DepositWarning::OneAttemptLeft:
        m_depositWarning->setLevel(Callout::Level::Warning);
        m_depositWarning->setText(tr("Only one attempt is left. Compare the amount with the "
                                     "bank statement, to the fen, before you enter it.",
            "@info deposit"));
        m_depositWarning->show();
        break;
    case RealNameStep::DepositWarning::None:
        m_depositWarning->hide();
        break;
    }
}

void RealNamePage::updateVisibility()
{
    const bool bank = m_model.isBankMethod();
    m_personalWarning->setVisible(m_model.isPersonal());
    m_bankNote->setVisible(bank);
    updateDeposit();
    // The row container and the edit itself: a hidden edit's check does not count.
    for (QWidget *widget : {static_cast<QWidget *>(m_bankNameLabel),
             static_cast<QWidget *>(m_bankName), static_cast<QWidget *>(m_bankAccountLabel),
             m_bankAccount->parentWidget(), static_cast<QWidget *>(m_bankAccount)})
        widget->setVisible(bank);
    checks().refreshAll();
}

QString RealNamePage::subTitleText() const
{
    return tr("Prove who owns the account. For Finance Cloud this must be the organisation, not a "
              "person.",
        "@title");
}

void RealNamePage::retranslate()
{
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

    m_subjectLabel->setText(tr("&Verified for:", "@label radio group"));
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

    m_companyLabel->setText(tr("Compan&y name:", "@label:textbox"));
    m_company->setAccessibleName(tr("Company name", "@label:textbox"));
    m_company->setPlaceholderText(tr("As on the business licence", "@info:placeholder"));
    m_creditCodeLabel->setText(tr("Unified social credit co&de:", "@label:textbox"));
    m_creditCode->setAccessibleName(tr("Unified social credit code", "@label:textbox"));
    m_creditCode->setPlaceholderText(
        tr("18 characters, on the business licence", "@info:placeholder"));
    m_bankNameLabel->setText(tr("Ban&k:", "@label:textbox"));
    m_bankName->setAccessibleName(tr("Bank of the corporate account", "@label:textbox"));
    m_bankAccountLabel->setText(tr("Corporate &account number:", "@label:textbox"));
    m_bankAccount->setAccessibleName(tr("Corporate account number", "@label:textbox"));
    m_overrideLabel->setText(tr("Keep it anyway, beca&use:", "@label:textbox"));
    m_override->setAccessibleName(
        tr("Reason for keeping a credit code that fails its check", "@label:textbox"));
    m_override->setPlaceholderText(
        tr("e.g. printed exactly so on our business licence", "@info:placeholder"));
    m_licenceLabel->setText(tr("Old business-licence &registration number:", "@label:textbox"));
    m_licence->setAccessibleName(
        tr("Old business-licence registration number (15 digits)", "@label:textbox"));
    m_licence->setPlaceholderText(
        tr("Optional; 15 digits, on licences issued before the credit code", "@info:placeholder"));
    m_legalRepIdLabel->setText(tr("Legal representative's &ID number:", "@label:textbox"));
    m_legalRepId->setAccessibleName(
        tr("Legal representative's resident ID number", "@label:textbox"));
    m_legalRepId->setPlaceholderText(tr("Optional; 18 characters", "@info:placeholder"));
    m_deposit->setTitle(tr("The deposit", "@title:group"));
    m_depositIntro->setText(tr("When the small amount has arrived on the corporate account, "
                               "enter it here to check its form, then type it into the console "
                               "and record what the console said. The provider allows %1 "
                               "attempts.",
        "@info deposit")
                                .arg(RealNameStep::maxDepositAttempts()));
    m_amountLabel->setText(tr("Amount rec&eived (yuan):", "@label:textbox"));
    m_amount->setAccessibleName(tr("Amount received, in yuan", "@label:textbox"));
    m_amount->setPlaceholderText(tr("e.g. 0.35", "@info:placeholder"));
    m_accepted->setText(tr("The conso&le accepted it", "@action:button"));
    m_accepted->setAccessibleName(withoutMnemonic(m_accepted->text()));
    m_refused->setText(tr("The console re&fused it", "@action:button"));
    m_refused->setAccessibleName(withoutMnemonic(m_refused->text()));
    updateDeposit();

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
