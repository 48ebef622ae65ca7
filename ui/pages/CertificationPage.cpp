#include "CertificationPage.h"
#include "cloud/AccountCheckPanel.h"

#include "steps/CertificationStep.h"
#include "widgets/LabelledRows.h"
#include "widgets/Mnemonic.h"

#include "cloud/PublicResourcePanel.h"
#include "cloud/PublicResourceSummary.h"
#include "onboarding/FieldKey.h"
#include "onboarding/FlowRules.h"
#include "onboarding/Profile.h"
#include "onboarding/ProviderUrl.h"
#include "widgets/ConsolePathBox.h"
#include "widgets/FaqPanel.h"
#include "widgets/FieldBinder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QStandardItemModel>

CertificationPage::CertificationPage(
    Profile &profile, UrlOpener opener, CloudAccess &cloud, QWidget *parent)
    : StepPage(new CertificationStep(profile), std::move(opener), parent)
    , m_model(static_cast<CertificationStep &>(model()))
    , m_cloud(cloud)
{
    retranslateTitles();
}

PublicResourcePanel *CertificationPage::precheck()
{
    ensureBuilt();
    return m_precheck;
}

AccountCheckPanel *CertificationPage::accountCheck()
{
    ensureBuilt();
    return m_accountCheck;
}

void CertificationPage::build()
{
    m_intro = addParagraph(QStringLiteral("certificationIntro"));
    m_danger = addCallout(Callout::Level::Danger, QStringLiteral("publicResourcesDanger"));
    m_blockers = addCallout(Callout::Level::Warning, QStringLiteral("certificationBlockers"));
    m_precheck = new PublicResourcePanel(m_cloud, profile(), this);
    body()->addWidget(m_precheck);
    m_path = addConsolePath();

    m_confirm = new QCheckBox(this);
    m_confirm->setObjectName(QStringLiteral("noPublicResources"));
    body()->addWidget(m_confirm);
    m_confirmLocked = addParagraph(QStringLiteral("confirmationLocked"));
    m_precheckFound = addCallout(Callout::Level::Danger, QStringLiteral("precheckFoundResources"));

    QFormLayout *form = addForm();
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("certificationOutcome"));
    for (const QString &value : CertificationStep::outcomes())
        m_outcome->addItem(QString(), value);
    m_outcomeLabel = LabelledRows::add(form, m_outcome);
    m_outcomeRefusal = addCallout(Callout::Level::Warning, QStringLiteral("outcomeRefusal"));
    m_outcomeRefusal->hide();
    m_rejected = addCallout(Callout::Level::Warning, QStringLiteral("rejectedPublicResources"));
    m_failed = addCallout(Callout::Level::Note, QStringLiteral("submissionFailed"));
    // After the outcome: finance regions appear once certification is through.
    m_accountCheck = new AccountCheckPanel(m_cloud, model(), this);
    body()->addWidget(m_accountCheck);

    binder().bind(m_confirm, FieldKey::NoPublicResources);
    // The outcome goes through the model: the status comes with it.
    connect(m_outcome, &QComboBox::activated, this, &CertificationPage::onOutcomeActivated);
    connect(&m_model, &CertificationStep::confirmationChanged, this,
        &CertificationPage::updateConfirmation);
    connect(&m_model, &CertificationStep::outcomeChanged, this, &CertificationPage::updateOutcome);
    connect(&m_model, &StepModel::statusChoicesChanged, this, &CertificationPage::updateOutcome);
    connect(&m_model, &StepModel::blockersChanged, this, &CertificationPage::updateBlockers);

    finishLayout();
    updateConfirmation();
    updateOutcome();
    updateBlockers();
}

void CertificationPage::onOutcomeActivated(int index)
{
    const Verdict verdict = m_model.chooseOutcome(m_outcome->itemData(index).toString());
    m_outcomeRefusal->setVisible(!verdict.allowed);
    if (!verdict.allowed)
        m_outcomeRefusal->setText(tr("This outcome cannot be recorded yet:", "@info")
            + QLatin1Char(' ') + verdict.reasons.join(QLatin1Char(' ')).toHtmlEscaped());
    updateOutcome(); // a refused choice: the combo shows the outcome kept
}

void CertificationPage::updateConfirmation()
{
    // The confirmation is what a submitted or finished certification rests on;
    // to withdraw it, the status has to go back first.
    m_confirm->setEnabled(!m_model.isConfirmationLocked());
    m_confirmLocked->setVisible(m_model.isConfirmationLocked());
    // The last automatic check found something: ticking the box would contradict it.
    m_precheckFound->setVisible(m_model.precheckContradicts());
}

void CertificationPage::updateBlockers()
{
    const QStringList blockers = m_model.blockers();
    m_blockers->setVisible(!blockers.isEmpty());
    if (!blockers.isEmpty())
        m_blockers->setText(blockers.join(QLatin1Char(' ')).toHtmlEscaped());
}

void CertificationPage::updateOutcome()
{
    const QString outcome = m_model.outcome();
    auto *items = qobject_cast<QStandardItemModel *>(m_outcome->model());
    for (int row = 0; row < m_outcome->count(); ++row) {
        const Verdict verdict = m_model.outcomeVerdict(m_outcome->itemData(row).toString());
        if (QStandardItem *item = items ? items->item(row) : nullptr) {
            item->setEnabled(verdict.allowed);
            item->setToolTip(verdict.reasons.join(QLatin1Char('\n')));
        }
    }
    m_outcome->setCurrentIndex(m_outcome->findData(outcome));
    m_rejected->setVisible(outcome == FieldValue::OutcomeRejectedPublicResources);
    m_failed->setVisible(outcome == FieldValue::OutcomeFailed);
}

QString CertificationPage::subTitleText() const
{
    return tr("Turn the account into a Finance Cloud customer account.", "@title");
}

void CertificationPage::retranslate()
{
    m_intro->setText(tr("Only a certified account can buy and use Finance Cloud products. "
                        "Certification needs the enterprise (or government) verification of "
                        "step 2.",
        "@info"));
    m_danger->setText(tr("<b>The account must hold no public-cloud resources when you apply.</b> "
                         "If it still holds any (servers, databases or anything else, running "
                         "or stopped), the account can no longer open the Alibaba Cloud "
                         "console once it is certified. Release them, or apply with a new "
                         "account.",
        "@info"));
    m_path->setPath(tr("Sign in to www.aliyun.com and choose, in the top menu:", "@info"),
        {QStringLiteral("解决方案"), QStringLiteral("行业解决方案"), QStringLiteral("新金融"),
            QStringLiteral("立即认证新金融"), QStringLiteral("金融客户认证"),
            QStringLiteral("提交")});
    m_path->setUrl(
        ProviderUrl::homePage(), tr("&Open www.aliyun.com in the browser", "@action:button"));
    m_confirm->setText(
        tr("I have checked: this account holds no public-cloud &resources", "@option:check"));
    m_confirm->setAccessibleName(withoutMnemonic(m_confirm->text()));
    m_confirm->setAccessibleDescription(m_danger->accessibleDescription());
    m_confirmLocked->setText(tr("The confirmation cannot be withdrawn while the step is "
                                "submitted or done. Set the status back first.",
        "@info"));
    m_precheckFound->setText(tr("The last automatic check found public-cloud instances. Release "
                                "them and check again before you confirm.",
        "@info"));
    m_outcomeLabel->setText(tr("Submission o&utcome:", "@label:listbox"));
    m_outcome->setAccessibleName(tr("Submission outcome", "@label:listbox"));
    m_outcome->setItemText(0, tr("Not submitted yet", "@item:inlistbox outcome"));
    m_outcome->setItemText(1, tr("Submitted", "@item:inlistbox outcome"));
    m_outcome->setItemText(2, tr("Approved", "@item:inlistbox outcome"));
    m_outcome->setItemText(
        3, tr("Refused: the account holds public-cloud resources", "@item:inlistbox outcome"));
    m_outcome->setItemText(
        4, tr("Submission failed for another reason", "@item:inlistbox outcome"));
    m_rejected->setText(tr("Finance Cloud is a dedicated cluster, isolated from the public "
                           "cloud. Register a new account (step 1), verify it (step 2) and apply "
                           "with that one.",
        "@info"));
    m_failed->setText(tr("If the submission fails, write to jr@service.alibaba.com.", "@info"));
    m_outcomeRefusal->hide();
    faq()->setEntries({
        {tr("The application says we hold public-cloud resources and should apply with a new "
            "account. What does that mean?",
             "@info FAQ"),
            tr("Finance Cloud is a dedicated cluster, completely isolated from the public cloud. "
               "Register a new account and apply with it.",
                "@info FAQ")},
        {tr("Whom do we contact when the submission fails?", "@info FAQ"),
            tr("Write to jr@service.alibaba.com.", "@info FAQ")},
    });
    updateBlockers();
}
