// Asks for an AccessKey (ID and secret) for the checks that call Alibaba
// Cloud, and whether to remember it in the system keychain.
// Must never show the secret in clear text, prefill it, or keep it after it
// has been handed over (the fields are cleared on close).
#pragma once

#include <QDialog>

#include <functional>

class CloudAccess;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

class AccessKeyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccessKeyDialog(bool canRemember, QWidget *parent = nullptr);

    // Runs `then(true)` once `cloud` has a key: at once, after the keychain
    // answered, or after the user typed one into this dialog (window-modal
    // over `parent`); `then(false)` when the user cancels. Never waits in an
    // event loop of its own.
    static void ensureKey(
        CloudAccess &cloud, QWidget *parent, std::function<void(bool haveKey)> then);

    // Why the credentials configured for Alibaba Cloud's tools (environment,
    // aliyun CLI profile, credentials file) were not used; shown above the fields.
    void showChainProblem(const QString &message);

    QString accessKeyId() const;
    QByteArray secret() const;
    bool remember() const;
    void clearSecret();

private:
    void updateOk();

    QLabel *m_intro;
    QLabel *m_chainProblem;
    QLineEdit *m_id;
    QLineEdit *m_secret;
    QCheckBox *m_remember;
    QLabel *m_rememberNote;
    QDialogButtonBox *m_buttons;
};
