// Step 1: register an Alibaba Cloud account. Records the login name, mobile,
// optional e-mail and whether the account is new and only for Finance Cloud.
// Never asks for the password.
#pragma once

#include "StepPage.h"

class AccountCheckPanel;
class CloudAccess;

class QCheckBox;
class QLineEdit;

class RegisterPage : public StepPage
{
    Q_OBJECT
public:
    RegisterPage(Profile &profile, UrlOpener opener, CloudAccess &cloud, QWidget *parent = nullptr);

    // Whose key it is, read from the account (built with the page).
    AccountCheckPanel *accountCheck();

protected:
    QString subTitleText() const override;
    void build() override;
    void retranslate() override;

private:
    void updateCallouts();

    CloudAccess &m_cloud;
    AccountCheckPanel *m_accountCheck;
    QLabel *m_intro;
    ConsolePathBox *m_path;
    QLabel *m_loginLabel;
    QLineEdit *m_login;
    QLabel *m_mobileLabel;
    QLineEdit *m_mobile;
    QLabel *m_emailLabel;
    QLineEdit *m_email;
    QCheckBox *m_dedicated;
    Callout *m_sharedAccount;
    Callout *m_password;
};
