#include "AccountCheckPanel.h"

#include "AccessKeyDialog.h"
#include "cloud/AccountCheck.h"
#include "cloud/CloudAccess.h"
#include "core/Clock.h"
#include "onboarding/AccountEvidenceText.h"
#include "onboarding/FieldKey.h"
#include "onboarding/FieldText.h"
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

Callout::Level levelFor(AccountEvidence::Outcome outcome)
{
    switch (outcome) {
    case AccountEvidence::Outcome::Fine:
        return Callout::Level::Note;
    case AccountEvidence::Outcome::ToDo:
        return Callout::Level::Warning;
    case AccountEvidence::Outcome::Unanswered:
        return Callout::Level::Caution;
    }
    return Callout::Level::Caution;
}

QString objectKey(AccountCheckKind check)
{
    // identity → Identity, finance_regions → FinanceRegions
    QString key;
    for (const QString &part : AccountEvidence::checkKey(check).split(QLatin1Char('_')))
        key += part.left(1).toUpper() + part.mid(1);
    return key;
}

} // namespace

QList<AccountCheckKind> AccountCheckPanel::checksOf(StepId step)
{
    QList<AccountCheckKind> checks;
    for (AccountCheckKind check : AllAccountChecks) {
        if (AccountEvidence::stepOf(check) == step)
            checks.append(check);
    }
    return checks;
}

AccountCheckPanel::AccountCheckPanel(CloudAccess &cloud, StepModel &model, QWidget *parent)
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
    , m_refusal(new Callout(Callout::Level::Warning, this))
{
    setObjectName(QStringLiteral("accountCheckPanel"));
    m_title->setObjectName(QStringLiteral("accountCheckTitle"));
    m_intro->setObjectName(QStringLiteral("accountCheckIntro"));
    m_keyLine->setObjectName(QStringLiteral("accountCheckKey"));
    m_checkButton->setObjectName(QStringLiteral("checkAccount"));
    m_cancel->setObjectName(QStringLiteral("cancelAccountCheck"));
    m_progress->setObjectName(QStringLiteral("accountCheckProgress"));
    m_refusal->setObjectName(QStringLiteral("accountSuggestionRefused"));

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    for (QLabel *label : {m_intro, m_keyLine})
        label->setWordWrap(true);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_keyLine);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    for (AccountCheckKind check : checksOf(model.step())) {
        Row row {check, new QLabel(this), new Callout(Callout::Level::Note, this), new QLabel(this),
            new QPushButton(this)};
        const QString key = objectKey(check);
        row.title->setObjectName(QStringLiteral("accountCheck%1Title").arg(key));
        row.finding->setObjectName(QStringLiteral("accountCheck%1").arg(key));
        row.suggestion->setObjectName(QStringLiteral("accountCheck%1Suggestion").arg(key));
        row.use->setObjectName(QStringLiteral("useAccountCheck%1").arg(key));
        row.suggestion->setWordWrap(true);
        QFont titleFont = row.title->font();
        titleFont.setItalic(true);
        row.title->setFont(titleFont);
        auto *suggestion = new QHBoxLayout;
        suggestion->addWidget(row.suggestion, 1);
        suggestion->addWidget(row.use, 0, Qt::AlignTop);
        layout->addWidget(row.title);
        layout->addWidget(row.finding);
        layout->addLayout(suggestion);
        connect(row.use, &QPushButton::clicked, this, [this, check] { proposeSuggestion(check); });
        m_rows.append(row);
    }
    layout->addWidget(m_refusal);
    m_refusal->hide();

    connect(m_checkButton, &QPushButton::clicked, this, &AccountCheckPanel::startCheck);
    connect(m_cancel, &QPushButton::clicked, this, &AccountCheckPanel::cancelCheck);
    connect(&m_cloud, &CloudAccess::credentialsChanged, this, &AccountCheckPanel::updateKeyLine);
    // The stored findings, whoever stored them; and what a suggestion is
    // measured against (the step's status, the suggested field).
    connect(&m_profile, &Profile::reset, this, &AccountCheckPanel::showFindings);
    connect(&m_profile, &Profile::fieldChanged, this, &AccountCheckPanel::showFindings);
    connect(&m_model, &StepModel::statusChanged, this, &AccountCheckPanel::showFindings);
    setRunning(false);
    retranslate();
    Retranslation::follow(this, [this] { retranslate(); });
}

AccountCheckPanel::~AccountCheckPanel()
{
    // The check holds on to the client: it goes first.
    delete m_running.data();
}

QPushButton *AccountCheckPanel::useButton(AccountCheckKind check) const
{
    for (const Row &row : m_rows) {
        if (row.check == check)
            return row.use;
    }
    return nullptr;
}

void AccountCheckPanel::retranslate()
{
    m_title->setText(tr("Read it from the account", "@title:group"));
    m_intro->setText(tr("With an AccessKey of the account, the wizard can read this from Alibaba "
                        "Cloud instead of asking (read-only calls). Each finding is kept on the "
                        "profile with its time and RequestId; a suggestion changes nothing until "
                        "you confirm it.",
        "@info"));
    m_checkButton->setText(tr("Retrie&ve from the account", "@action:button"));
    m_checkButton->setAccessibleName(withoutMnemonic(m_checkButton->text()));
    m_cancel->setText(tr("Cancel reading", "@action:button"));
    m_cancel->setAccessibleName(m_cancel->text());
    m_progress->setAccessibleName(tr("Reading from the account", "@label"));
    for (const Row &row : m_rows) {
        row.title->setText(AccountEvidenceText::title(row.check));
        row.use->setText(tr("Use this…", "@action:button"));
        row.use->setAccessibleName(tr("Use this: %1", "@action:button %1 a check's name")
                                       .arg(AccountEvidenceText::title(row.check)));
    }
    m_refusal->hide();
    updateKeyLine();
    showFindings();
}

void AccountCheckPanel::updateKeyLine()
{
    const std::optional<CloudCredentials> key = m_cloud.credentials();
    m_keyLine->setText(key
            ? tr("AccessKey: %1", "@info").arg(key->redactedDescription())
            : tr("No AccessKey yet: the wizard asks for one when you start.", "@info"));
}

void AccountCheckPanel::showFindings()
{
    const ProfileData &data = m_profile.data();
    for (const Row &row : m_rows) {
        const std::optional<AccountEvidence> evidence
            = AccountEvidence::fromProfile(data, row.check);
        row.title->setVisible(evidence.has_value());
        row.finding->setVisible(evidence.has_value());
        const std::optional<AccountSuggestion> suggestion
            = evidence ? evidence->suggestion(data) : std::nullopt;
        row.suggestion->setVisible(suggestion.has_value());
        row.use->setVisible(suggestion.has_value());
        if (!evidence)
            continue;
        row.finding->setLevel(levelFor(evidence->outcome));
        // The callout shows rich text, and the finding quotes the account
        // (an invoice title, an ARN) or a colleague's store: escaped, the
        // time on its own line.
        row.finding->setText(AccountEvidenceText::finding(*evidence).toHtmlEscaped()
            + QStringLiteral("<br>")
            + AccountEvidenceText::when(*evidence, m_profile.clock().timeZone()).toHtmlEscaped());
        if (suggestion)
            row.suggestion->setText(AccountEvidenceText::suggestion(*suggestion));
        row.use->setEnabled(!m_running);
    }
}

void AccountCheckPanel::startCheck()
{
    if (m_running)
        return;
    AccessKeyDialog::ensureKey(m_cloud, this, [this](bool haveKey) {
        if (!haveKey || m_running)
            return;
        m_client = m_cloud.makeClient();
        if (!m_client)
            return;
        m_running = new AccountCheck(*m_client, m_cloud.endpoints(), m_profile.clock(), this);
        connect(m_running, &AccountCheck::finished, this, &AccountCheckPanel::onFinished);
        m_refusal->hide();
        setRunning(true);
        m_running->start(checksOf(m_model.step()));
    });
}

void AccountCheckPanel::cancelCheck()
{
    if (m_running)
        m_running->cancel();
}

void AccountCheckPanel::onFinished()
{
    const QList<AccountEvidence> evidence = m_running->evidence();
    m_running->deleteLater();
    m_running = nullptr;
    m_client.reset();
    setRunning(false);
    // Stored as found; the autosaver keeps it with its timeline events.
    for (const AccountEvidence &each : evidence)
        m_profile.setField(AccountEvidence::fieldKey(each.check), each.toFieldValue());
    showFindings();
    emit checkFinished();
}

void AccountCheckPanel::proposeSuggestion(AccountCheckKind check)
{
    const std::optional<AccountEvidence> evidence
        = AccountEvidence::fromProfile(m_profile.data(), check);
    const std::optional<AccountSuggestion> suggestion
        = evidence ? evidence->suggestion(m_profile.data()) : std::nullopt;
    if (!suggestion)
        return;
    const QString question = suggestion->status
        ? tr("Set step %1 (%2) to \"%3\"?", "@info question")
              .arg(stepNumber(suggestion->step))
              .arg(StepText::title(suggestion->step), StepText::status(*suggestion->status))
        : tr("Set \"%1\" to \"%2\"?", "@info question")
              .arg(FieldText::label(suggestion->field),
                  suggestion->field == FieldKey::TopUpDone ? tr("yes", "@info a ticked box")
                                                           : suggestion->value);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Use the account's finding", "@title"),
        question, QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("accountSuggestionQuestion"));
    box->setInformativeText(AccountEvidenceText::finding(*evidence) + QLatin1Char('\n')
        + AccountEvidenceText::when(*evidence, m_profile.clock().timeZone()));
    box->setDefaultButton(QMessageBox::No);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const AccountSuggestion chosen = *suggestion;
    connect(box, &QMessageBox::finished, this, [this, chosen](int result) {
        if (result == QMessageBox::Yes)
            apply(chosen);
    });
    box->open();
}

void AccountCheckPanel::apply(const AccountSuggestion &suggestion)
{
    if (!suggestion.status) {
        m_profile.setField(suggestion.field, suggestion.value);
        return;
    }
    const Verdict verdict = m_model.requestStatus(*suggestion.status);
    m_refusal->setVisible(!verdict.allowed);
    if (!verdict.allowed)
        m_refusal->setText(verdict.reasons.join(QLatin1Char(' ')));
}

void AccountCheckPanel::setRunning(bool running)
{
    m_checkButton->setEnabled(!running);
    m_cancel->setVisible(running);
    m_progress->setVisible(running);
    for (const Row &row : m_rows)
        row.use->setEnabled(!running);
}
