#include "RegisterPage.h"
#include "cloud/AccountCheckPanel.h"
#include "widgets/LabelledRows.h"
#include "widgets/Mnemonic.h"

#include "onboarding/FieldKey.h"
#include "onboarding/Profile.h"
#include "onboarding/ProviderUrl.h"
#include "steps/StepModel.h"
#include "widgets/ConsolePathBox.h"
#include "widgets/FaqPanel.h"
#include "widgets/FieldBinder.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

RegisterPage::RegisterPage(Profile &profile, UrlOpener opener, CloudAccess &cloud, QWidget *parent)
    : StepPage(new StepModel(StepId::Register, profile), std::move(opener), parent)
    , m_cloud(cloud)
{
    retranslateTitles();
}

AccountCheckPanel *RegisterPage::accountCheck()
{
    ensureBuilt();
    return m_accountCheck;
}

void RegisterPage::build()
{
    m_intro = addParagraph(QStringLiteral("registerIntro"));
    m_path = addConsolePath();
    m_path->setUrl(ProviderUrl::homePage(), QString());

    QFormLayout *form = addForm();
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginName"));
    m_login->setMaxLength(64);
    m_loginLabel = LabelledRows::add(form, m_login);
    m_mobile = addCheckedLine(form, m_mobileLabel, QStringLiteral("mobile"), FieldKey::Mobile, 32);
    m_mobile->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_email = addCheckedLine(form, m_emailLabel, QStringLiteral("email"), FieldKey::Email, 254);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);

    m_dedicated = new QCheckBox(this);
    m_dedicated->setObjectName(QStringLiteral("dedicatedAccount"));
    body()->addWidget(m_dedicated);
    m_sharedAccount = addCallout(Callout::Level::Caution, QStringLiteral("sharedAccountCallout"));
    m_password = addCallout(Callout::Level::Note, QStringLiteral("passwordCallout"));
    m_accountCheck = new AccountCheckPanel(m_cloud, model(), this);
    body()->addWidget(m_accountCheck);

    binder().bind(m_login, FieldKey::LoginName);
    binder().bind(m_dedicated, FieldKey::DedicatedAccount);
    onFieldsChanged({FieldKey::DedicatedAccount}, [this] { updateCallouts(); });

    finishLayout();
    updateCallouts();
}

void RegisterPage::updateCallouts()
{
    m_sharedAccount->setVisible(!profile().data().isTrue(FieldKey::DedicatedAccount));
}

QString RegisterPage::subTitleText() const
{
    return tr("Create the account that will own your Finance Cloud resources.", "@title");
}

void RegisterPage::retranslate()
{
    m_intro->setText(
        tr("Finance Cloud runs in its own data centres, completely separate from the public "
           "cloud, and resources of the two cannot be combined. Register a fresh account and use "
           "it for Finance Cloud only. Register it in the company's name, with a shared company "
           "mailbox, because every resource will be managed through it.",
            "@info"));
    m_path->setPath(tr("Open the official site and click, at the top right:", "@info"),
        {QStringLiteral("免费注册")});
    m_path->setUrl(
        ProviderUrl::homePage(), tr("&Open www.aliyun.com in the browser", "@action:button"));
    m_loginLabel->setText(tr("&Login name:", "@label:textbox"));
    m_login->setAccessibleName(tr("Login name", "@label:textbox"));
    m_login->setPlaceholderText(tr("The user name you registered", "@info:placeholder"));
    m_mobileLabel->setText(tr("&Mobile number:", "@label:textbox"));
    m_mobile->setAccessibleName(tr("Mobile number", "@label:textbox"));
    m_mobile->setPlaceholderText(tr("e.g. 138 0013 8000", "@info:placeholder"));
    m_emailLabel->setText(tr("&E-mail (optional):", "@label:textbox"));
    m_email->setAccessibleName(tr("E-mail address (optional)", "@label:textbox"));
    m_email->setPlaceholderText(tr("A company address is best", "@info:placeholder"));
    m_dedicated->setText(
        tr("This is a ne&w account, used only for Finance Cloud", "@option:check"));
    m_dedicated->setAccessibleName(withoutMnemonic(m_dedicated->text()));
    m_sharedAccount->setText(tr("An account that already holds public-cloud resources cannot "
                                "simply become a Finance Cloud account. If this is an existing "
                                "account, check step 3 carefully before you apply.",
        "@info"));
    m_password->setText(tr("Keep the login name and password safe: you will sign in to the "
                           "console with them. This program never asks for the password and "
                           "never stores it.",
        "@info"));
    faq()->setEntries({
        {tr("Can I register with a personal e-mail address?", "@info FAQ"),
            tr("It is better not to. Everything in the cloud is managed through this one account, "
               "so register it with a shared company account and mailbox. Later, give staff their "
               "own access through RAM sub-accounts instead of sharing the main login.",
                "@info FAQ")},
        {tr("Why a new account rather than our existing one?", "@info FAQ"),
            tr("Finance Cloud's data centres are isolated from the public cloud. An account that "
               "holds public-cloud resources cannot be certified without losing access to the "
               "console.",
                "@info FAQ")},
    });
}
