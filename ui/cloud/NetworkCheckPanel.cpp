#include "NetworkCheckPanel.h"

#include "AccessKeyDialog.h"
#include "cloud/CloudAccess.h"
#include "cloud/NetworkCheck.h"
#include "core/Clock.h"
#include "onboarding/AccountEvidenceText.h"
#include "onboarding/FieldKey.h"
#include "onboarding/NetworkEvidenceText.h"
#include "onboarding/Profile.h"
#include "onboarding/StepText.h"
#include "steps/StepModel.h"
#include "widgets/Callout.h"
#include "widgets/Mnemonic.h"
#include "widgets/Retranslation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

Callout::Level levelFor(NetworkEvidence::Outcome outcome)
{
    switch (outcome) {
    case NetworkEvidence::Outcome::Match:
        return Callout::Level::Note;
    case NetworkEvidence::Outcome::Differences:
        return Callout::Level::Warning;
    case NetworkEvidence::Outcome::Unchecked:
        return Callout::Level::Caution;
    }
    return Callout::Level::Caution;
}

} // namespace

NetworkCheckPanel::NetworkCheckPanel(CloudAccess &cloud, StepModel &model, QWidget *parent)
    : QWidget(parent)
    , m_cloud(cloud)
    , m_model(model)
    , m_profile(model.profile())
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_keyLine(new QLabel(this))
    , m_checkButton(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_noPlan(new Callout(Callout::Level::Note, this))
    , m_finding(new Callout(Callout::Level::Note, this))
    , m_suggestion(new QLabel(this))
    , m_use(new QPushButton(this))
    , m_refusal(new Callout(Callout::Level::Warning, this))
{
    setObjectName(QStringLiteral("networkCheckPanel"));
    m_title->setObjectName(QStringLiteral("networkCheckTitle"));
    m_intro->setObjectName(QStringLiteral("networkCheckIntro"));
    m_keyLine->setObjectName(QStringLiteral("networkCheckKey"));
    m_checkButton->setObjectName(QStringLiteral("verifyNetwork"));
    m_cancel->setObjectName(QStringLiteral("cancelNetworkCheck"));
    m_progress->setObjectName(QStringLiteral("networkCheckProgress"));
    m_noPlan->setObjectName(QStringLiteral("networkCheckNoPlan"));
    m_finding->setObjectName(QStringLiteral("networkCheckFinding"));
    m_suggestion->setObjectName(QStringLiteral("networkCheckSuggestion"));
    m_use->setObjectName(QStringLiteral("useNetworkCheck"));
    m_refusal->setObjectName(QStringLiteral("networkSuggestionRefused"));

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    for (QLabel *label : {m_intro, m_keyLine, m_suggestion})
        label->setWordWrap(true);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *suggestion = new QHBoxLayout;
    suggestion->addWidget(m_suggestion, 1);
    suggestion->addWidget(m_use, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_keyLine);
    layout->addWidget(m_noPlan);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_finding);
    layout->addLayout(suggestion);
    layout->addWidget(m_refusal);
    m_refusal->hide();

    connect(m_checkButton, &QPushButton::clicked, this, &NetworkCheckPanel::startCheck);
    connect(m_cancel, &QPushButton::clicked, this, &NetworkCheckPanel::cancelCheck);
    connect(m_use, &QPushButton::clicked, this, &NetworkCheckPanel::proposeSuggestion);
    connect(&m_cloud, &CloudAccess::credentialsChanged, this, &NetworkCheckPanel::updateKeyLine);
    // The stored result, whoever stored it; the plan it is checked against;
    // and the status a match is measured against.
    connect(&m_profile, &Profile::reset, this, &NetworkCheckPanel::showResult);
    connect(&m_profile, &Profile::fieldChanged, this, &NetworkCheckPanel::showResult);
    connect(&m_model, &StepModel::statusChanged, this, &NetworkCheckPanel::showResult);
    setRunning(false);
    retranslate();
    Retranslation::follow(this, [this] { retranslate(); });
}

NetworkCheckPanel::~NetworkCheckPanel()
{
    // The check holds on to the client: it goes first.
    delete m_running.data();
}

void NetworkCheckPanel::retranslate()
{
    m_title->setText(tr("Check what was built", "@title:group"));
    m_intro->setText(tr("Once the network is built, the wizard can compare it with this plan "
                        "(read-only calls: DescribeVpcs, DescribeVSwitches). It looks for the "
                        "VPC tagged for this profile, else one named as the profile with the "
                        "plan's block. The result is kept on the profile with its time and "
                        "RequestIds; a match changes nothing until you confirm it.",
        "@info"));
    m_checkButton->setText(tr("Chec&k the built network", "@action:button"));
    m_checkButton->setAccessibleName(withoutMnemonic(m_checkButton->text()));
    m_cancel->setText(tr("Cancel the network check", "@action:button"));
    m_cancel->setAccessibleName(m_cancel->text());
    m_progress->setAccessibleName(tr("Reading the network", "@label"));
    m_noPlan->setText(tr("There is nothing to check yet: choose the region, the VPC network "
                         "and its address block above first.",
        "@info"));
    m_use->setText(tr("Use this…", "@action:button"));
    m_use->setAccessibleName(tr("Use this: the network as built", "@action:button"));
    m_refusal->hide();
    updateKeyLine();
    showResult();
}

void NetworkCheckPanel::updateKeyLine()
{
    const std::optional<CloudCredentials> key = m_cloud.credentials();
    m_keyLine->setText(key
            ? tr("AccessKey: %1", "@info").arg(key->redactedDescription())
            : tr("No AccessKey yet: the wizard asks for one when you start.", "@info"));
}

void NetworkCheckPanel::showResult()
{
    const ProfileData &data = m_profile.data();
    const bool planned = NetworkCheck::targetOf(data).ok();
    m_noPlan->setVisible(!planned);
    m_checkButton->setEnabled(planned && !m_running);
    const std::optional<NetworkEvidence> evidence = NetworkEvidence::fromProfile(data);
    m_finding->setVisible(evidence.has_value());
    const std::optional<AccountSuggestion> suggestion
        = evidence ? evidence->suggestion(data) : std::nullopt;
    m_suggestion->setVisible(suggestion.has_value());
    m_use->setVisible(suggestion.has_value());
    m_use->setEnabled(!m_running);
    if (!evidence)
        return;
    // The callout shows rich text; the ids come from the account (or from a
    // colleague's store): escaped, one difference a line.
    QStringList lines {NetworkEvidenceText::finding(*evidence).toHtmlEscaped()};
    for (const QString &line : NetworkEvidenceText::differences(*evidence))
        lines.append(QStringLiteral("• ") + line.toHtmlEscaped());
    lines.append(
        NetworkEvidenceText::when(*evidence, m_profile.clock().timeZone()).toHtmlEscaped());
    m_finding->setLevel(levelFor(evidence->outcome));
    m_finding->setText(lines.join(QStringLiteral("<br>")));
    if (suggestion)
        m_suggestion->setText(AccountEvidenceText::suggestion(*suggestion));
}

void NetworkCheckPanel::startCheck()
{
    if (m_running)
        return;
    AccessKeyDialog::ensureKey(m_cloud, this, [this](bool haveKey) {
        if (!haveKey || m_running)
            return;
        const Result<NetworkTarget> target = NetworkCheck::targetOf(m_profile.data());
        if (!target)
            return;
        m_client = m_cloud.makeClient();
        if (!m_client)
            return;
        m_running = new NetworkCheck(*m_client, m_cloud.endpoints(), m_profile.clock(), this);
        connect(m_running, &NetworkCheck::finished, this, &NetworkCheckPanel::onFinished);
        m_refusal->hide();
        setRunning(true);
        m_running->start(target.value());
    });
}

void NetworkCheckPanel::cancelCheck()
{
    if (m_running)
        m_running->cancel();
}

void NetworkCheckPanel::onFinished()
{
    const std::optional<NetworkEvidence> evidence = m_running->evidence();
    m_running->deleteLater();
    m_running = nullptr;
    m_client.reset();
    setRunning(false);
    // Stored as found; the autosaver keeps it with its timeline event.
    if (evidence)
        m_profile.setField(FieldKey::NetworkCheck, evidence->toFieldValue());
    showResult();
    emit checkFinished();
}

void NetworkCheckPanel::proposeSuggestion()
{
    const std::optional<NetworkEvidence> evidence = NetworkEvidence::fromProfile(m_profile.data());
    const std::optional<AccountSuggestion> suggestion
        = evidence ? evidence->suggestion(m_profile.data()) : std::nullopt;
    if (!suggestion)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Use the network check", "@title"),
        tr("Set step %1 (%2) to \"%3\"?", "@info question")
            .arg(stepNumber(suggestion->step))
            .arg(StepText::title(suggestion->step), StepText::status(*suggestion->status)),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("networkSuggestionQuestion"));
    box->setInformativeText(NetworkEvidenceText::finding(*evidence) + QLatin1Char('\n')
        + NetworkEvidenceText::when(*evidence, m_profile.clock().timeZone()));
    box->setDefaultButton(QMessageBox::No);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const StepStatus status = *suggestion->status;
    connect(box, &QMessageBox::finished, this, [this, status](int result) {
        if (result != QMessageBox::Yes)
            return;
        const Verdict verdict = m_model.requestStatus(status);
        m_refusal->setVisible(!verdict.allowed);
        if (!verdict.allowed)
            m_refusal->setText(verdict.reasons.join(QLatin1Char(' ')));
    });
    box->open();
}

void NetworkCheckPanel::setRunning(bool running)
{
    m_checkButton->setEnabled(!running && NetworkCheck::targetOf(m_profile.data()).ok());
    m_cancel->setVisible(running);
    m_progress->setVisible(running);
    m_use->setEnabled(!running);
}
