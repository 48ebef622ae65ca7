// Step 2: real-name verification. Records whom the account is verified for,
// the method, and the company data (entered here once, reused later).
#pragma once

#include "StepPage.h"
#include "onboarding/FlowRules.h"

class QButtonGroup;
class QGroupBox;
class QPushButton;
class QComboBox;
class QLineEdit;
class QRadioButton;

class RealNameStep;

class RealNamePage : public StepPage
{
    Q_OBJECT
public:
    RealNamePage(Profile &profile, UrlOpener opener, QWidget *parent = nullptr);

    RealNameStep &realName() const { return m_model; }

protected:
    QString subTitleText() const override;
    void build() override;
    void retranslate() override;

private:
    RealNameStep &m_model;

    void updateVisibility();
    void buildDepositBox();
    void updateDeposit();
    void showDepositVerdict(const Verdict &verdict);
    QLineEdit *addLine(QFormLayout *form, QLabel *&label, const QString &objectName,
        const QString &key, int maxLength);

    QLabel *m_intro;
    ConsolePathBox *m_path;
    QLabel *m_subjectLabel;
    QButtonGroup *m_subject;
    QRadioButton *m_enterprise;
    QRadioButton *m_government;
    QRadioButton *m_personal;
    Callout *m_personalWarning;
    QLabel *m_methodLabel;
    QComboBox *m_method;
    Callout *m_bankNote;
    QLabel *m_companyLabel;
    QLineEdit *m_company;
    QLabel *m_creditCodeLabel;
    QLineEdit *m_creditCode;
    QLabel *m_overrideLabel;
    QLineEdit *m_override;
    QLabel *m_licenceLabel;
    QLineEdit *m_licence;
    QLabel *m_legalRepIdLabel;
    QLineEdit *m_legalRepId;
    QGroupBox *m_deposit;
    QLabel *m_depositIntro;
    QLabel *m_amountLabel;
    QLineEdit *m_amount;
    QLabel *m_attempts;
    QPushButton *m_accepted;
    QPushButton *m_refused;
    Callout *m_depositWarning;
    QLabel *m_bankNameLabel;
    QLineEdit *m_bankName;
    QLabel *m_bankAccountLabel;
    QLineEdit *m_bankAccount;
};
