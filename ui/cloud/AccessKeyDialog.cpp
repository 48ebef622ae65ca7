#include "AccessKeyDialog.h"

#include "cloud/CloudAccess.h"
#include "widgets/Mnemonic.h"
#include "widgets/WrappingLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AccessKeyDialog::AccessKeyDialog(bool canRemember, QWidget *parent)
    : QDialog(parent)
    , m_intro(new WrappingLabel(this))
    , m_chainProblem(new WrappingLabel(this))
    , m_id(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_remember(new QCheckBox(this))
    , m_rememberNote(new WrappingLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("accessKeyDialog"));
    setWindowTitle(tr("AccessKey for Alibaba Cloud", "@title:window"));
    m_intro->setObjectName(QStringLiteral("accessKeyIntro"));
    m_intro->setText(
        tr("The wizard asks Alibaba Cloud's OpenAPI with an AccessKey of the account. Reading is "
           "enough: for a RAM user, the policies AliyunECSReadOnlyAccess and "
           "AliyunRDSReadOnlyAccess. The secret stays in memory until you close the program, "
           "unless you ask to remember it.",
            "@info"));

    m_chainProblem->setObjectName(QStringLiteral("accessKeyChainProblem"));
    m_chainProblem->setVisible(false);

    m_id->setObjectName(QStringLiteral("accessKeyId"));
    m_id->setAccessibleName(tr("AccessKey ID", "@label:textbox"));
    m_secret->setObjectName(QStringLiteral("accessKeySecret"));
    m_secret->setAccessibleName(tr("AccessKey secret", "@label:textbox"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setInputMethodHints(
        Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);

    m_remember->setObjectName(QStringLiteral("rememberAccessKey"));
    m_remember->setText(tr("&Remember the key in this computer's keychain", "@option:check"));
    m_remember->setAccessibleName(withoutMnemonic(m_remember->text()));
    m_remember->setEnabled(canRemember);
    m_rememberNote->setObjectName(QStringLiteral("rememberAccessKeyNote"));
    m_rememberNote->setText(canRemember
            ? tr("The keychain is the operating system's password store; the progress database "
                 "never holds the secret.",
                "@info")
            : tr("No keychain is available; the key is kept only until you close the program.",
                "@info"));

    auto *idLabel = new QLabel(tr("AccessKey &ID:", "@label:textbox"), this);
    idLabel->setBuddy(m_id);
    auto *secretLabel = new QLabel(tr("AccessKey &secret:", "@label:textbox"), this);
    secretLabel->setBuddy(m_secret);
    auto *form = new QFormLayout;
    form->addRow(idLabel, m_id);
    form->addRow(secretLabel, m_secret);

    m_buttons->setObjectName(QStringLiteral("accessKeyButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Use this key", "@action:button"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("useAccessKey"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel", "@action:button"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_id, &QLineEdit::textChanged, this, &AccessKeyDialog::updateOk);
    connect(m_secret, &QLineEdit::textChanged, this, &AccessKeyDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_chainProblem);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(m_rememberNote);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    updateOk();
}

void AccessKeyDialog::showChainProblem(const QString &message)
{
    m_chainProblem->setText(tr("The credentials configured on this computer were not used. %1",
        "@info %1 says why, e.g. a file that is not valid JSON")
                                .arg(message));
    m_chainProblem->setVisible(!message.isEmpty());
}

QString AccessKeyDialog::accessKeyId() const
{
    return m_id->text().trimmed();
}

QByteArray AccessKeyDialog::secret() const
{
    return m_secret->text().trimmed().toUtf8();
}

bool AccessKeyDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void AccessKeyDialog::clearSecret()
{
    m_secret->clear();
}

void AccessKeyDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_id->text().trimmed().isEmpty() && !m_secret->text().trimmed().isEmpty());
}

void AccessKeyDialog::ensureKey(
    CloudAccess &cloud, QWidget *parent, std::function<void(bool haveKey)> then)
{
    if (cloud.credentials()) {
        then(true);
        return;
    }
    if (cloud.canRemember() && !cloud.rememberedKeyLooked()) {
        // The keychain answers with a signal (at once or later); then look again.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(
            &cloud, &CloudAccess::rememberedKeyLoaded, parent, [&cloud, parent, then, connection] {
                QObject::disconnect(*connection);
                ensureKey(cloud, parent, then);
            });
        cloud.loadRememberedKey();
        return;
    }
    // Window-modal, answered through finished(): no event loop of its own.
    auto *dialog = new AccessKeyDialog(cloud.canRemember(), parent);
    if (cloud.chainProblem())
        dialog->showChainProblem(cloud.chainProblem()->message);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::finished, parent, [dialog, &cloud, then](int result) {
        if (result != QDialog::Accepted) {
            dialog->clearSecret();
            then(false);
            return;
        }
        cloud.useTypedKey(dialog->accessKeyId(), dialog->secret(), dialog->remember());
        dialog->clearSecret();
        then(cloud.credentials().has_value());
    });
    dialog->open();
}
