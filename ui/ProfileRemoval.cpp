#include "ProfileRemoval.h"

#include "core/Clock.h"
#include "session/OnboardingSession.h"
#include "storage/StoreClient.h"
#include "widgets/Mnemonic.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

ProfileRemoval::ProfileRemoval(OnboardingSession &session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{ }

bool ProfileRemoval::canDelete(qint64 id) const
{
    return id != 0 && !(m_session.profile().isLoaded() && m_session.profile().id() == id);
}

QString ProfileRemoval::questionText(const QString &label)
{
    return tr("Delete the profile of \"%1\"?", "@info").arg(label);
}

void ProfileRemoval::askAndDelete(const Target &target)
{
    if (target.id == 0 || m_question)
        return;
    if (!canDelete(target.id)) {
        emit failed(Error {tr("\"%1\" is open in the wizard. Open another company first, then "
                              "delete this one.",
                               "@info")
                               .arg(target.label),
            QString()});
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete company profile", "@title:window"),
        questionText(target.label), QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("deleteProfileBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
        tr("It disappears from every list of companies. Nothing is erased: the deletion is "
           "recorded in the profile's timeline with your name and the time, and it can be "
           "undone. To only put it out of sight, archive it instead.",
            "@info"));
    QPushButton *remove
        = box->addButton(tr("&Delete profile", "@action:button"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box->addButton(tr("&Cancel", "@action:button"), QMessageBox::RejectRole);
    remove->setObjectName(QStringLiteral("deleteProfileConfirm"));
    cancel->setObjectName(QStringLiteral("deleteProfileCancel"));
    for (QPushButton *button : {remove, cancel})
        button->setAccessibleName(withoutMnemonic(button->text()));
    // A deletion is never the answer to a stray Enter.
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    m_question = box;
    connect(box, &QMessageBox::finished, this, [this, box, remove, target] {
        if (box->clickedButton() == remove)
            apply(target, Change::Deleted);
    });
    box->open();
}

void ProfileRemoval::setArchived(const Target &target, bool archived)
{
    if (target.id != 0)
        apply(target, archived ? Change::Archived : Change::Restored);
}

void ProfileRemoval::undoDelete()
{
    if (m_lastDeleted.id != 0)
        apply(m_lastDeleted, Change::Undeleted);
}

void ProfileRemoval::apply(const Target &target, Change change)
{
    const bool open = m_session.profile().isLoaded() && m_session.profile().id() == target.id;
    // The open profile's own edits go first, and its version is the
    // session's: the list's may be older than the window's last save.
    m_session.afterSaving(this, [this, target, change, open](bool) {
        const int version = open ? m_session.profile().data().version : target.version;
        const QDateTime now = m_session.clock().now();
        m_session.store().post<int>(
            [id = target.id, change, now, version](ProgressStore &store) -> Result<int> {
                switch (change) {
                case Change::Archived:
                    return store.setArchived(id, true, now, version);
                case Change::Restored:
                    return store.setArchived(id, false, now, version);
                case Change::Deleted:
                    return store.deleteProfile(id, now, version);
                case Change::Undeleted:
                    break;
                }
                return store.undeleteProfile(id, now, version);
            },
            this,
            [this, target, change, open](const Result<int> &done) {
                if (!done) {
                    emit failed(done.error());
                    return;
                }
                if (change == Change::Deleted)
                    m_lastDeleted = {target.id, target.label, done.value()};
                else if (change == Change::Undeleted)
                    m_lastDeleted = {};
                const auto announce = [this, id = target.id, change] { emit changed(id, change); };
                // The window holds the open profile at its new version.
                if (open)
                    m_session.reload(this, [announce](const Result<> &) { announce(); });
                else
                    announce();
            });
    });
}
