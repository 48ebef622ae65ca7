#include "ProfileFileMenu.h"
#include "widgets/Retranslation.h"

#include "BackupsDialog.h"
#include "core/Clock.h"
#include "exchange/ProfileExport.h"
#include "i18n/DateText.h"
#include "onboarding/FieldKey.h"
#include "report/ChecklistPdf.h"
#include "session/OnboardingSession.h"
#include "storage/StoreClient.h"
#include "widgets/Mnemonic.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace {

const QString ResultBoxName = QStringLiteral("profileFileResult");

QString fileSafe(QString name)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name) {
        if (forbidden.contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char('_');
    }
    return name.trimmed().isEmpty() ? QStringLiteral("profile") : name.trimmed();
}

} // namespace

ProfileFileMenu::ProfileFileMenu(OnboardingSession &session, QWidget *window)
    : QMenu(window)
    , m_session(session)
    , m_window(window)
    , m_export(addAction(QString()))
    , m_import(addAction(QString()))
    , m_print(addAction(QString()))
    , m_restoreBackup(nullptr)
{
    addSeparator();
    m_restoreBackup = addAction(QString());
    m_restoreBackup->setObjectName(QStringLiteral("restoreBackupAction"));
    connect(m_restoreBackup, &QAction::triggered, this, &ProfileFileMenu::chooseBackup);
    setObjectName(QStringLiteral("profileMenu"));
    m_export->setObjectName(QStringLiteral("exportProfileAction"));
    m_import->setObjectName(QStringLiteral("importProfileAction"));
    m_print->setObjectName(QStringLiteral("printChecklistAction"));
    connect(m_export, &QAction::triggered, this, &ProfileFileMenu::chooseExportFile);
    connect(m_import, &QAction::triggered, this, &ProfileFileMenu::chooseImportFile);
    connect(m_print, &QAction::triggered, this, &ProfileFileMenu::choosePrintFile);
    connect(this, &QMenu::aboutToShow, this, &ProfileFileMenu::updateActions);
    retranslate();
    updateActions();
    Retranslation::follow(this, [this] { retranslate(); });
}

void ProfileFileMenu::retranslate()
{
    setTitle(tr("Pro&gress", "@title:menu"));
    m_export->setText(tr("&Export…", "@action:inmenu"));
    m_export->setToolTip(tr("Save this profile as a file: statuses, dates, company data and the "
                            "timeline; never a password or an AccessKey.",
        "@info:tooltip"));
    m_import->setText(tr("&Import…", "@action:inmenu"));
    m_import->setToolTip(
        tr("Add a profile from a file exported by this program.", "@info:tooltip"));
    m_print->setText(tr("&Print checklist…", "@action:inmenu"));
    m_print->setToolTip(
        tr("Save a checklist of this profile as a PDF in the current language.", "@info:tooltip"));
    m_restoreBackup->setText(tr("Restore a &backup…", "@action:inmenu"));
    m_restoreBackup->setToolTip(tr("Put one of the automatic daily backups of the progress "
                                   "database in its place.",
        "@info:tooltip"));
    for (QAction *action : {m_export, m_import, m_print, m_restoreBackup})
        action->setStatusTip(action->toolTip());
    setAccessibleName(withoutMnemonic(title()));
}

void ProfileFileMenu::updateActions()
{
    const bool open = m_session.profile().isLoaded();
    m_export->setEnabled(open);
    m_print->setEnabled(open);
    // A shared database's backups are its server's.
    m_restoreBackup->setEnabled(!m_session.store().isShared());
}

void ProfileFileMenu::chooseBackup()
{
    if (m_session.store().isShared())
        return;
    BackupsDialog dialog(m_session.store().location(), m_session.clock().timeZone(), m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenBackup().isEmpty())
        return;
    emit restoreRequested(dialog.chosenBackup());
}

QString ProfileFileMenu::suggestedPath(const QString &suffix) const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder.isEmpty() ? QDir::homePath() : folder)
        .filePath(fileSafe(m_session.profile().field(FieldKey::CompanyName)) + suffix);
}

void ProfileFileMenu::afterSaving(std::function<void()> then)
{
    m_session.afterSaving(this, [this, then = std::move(then)](bool saved) {
        if (saved) {
            then();
            return;
        }
        tell(false, tr("Not saved", "@title:window"),
            tr("The open profile could not be saved, so nothing was written. Try again when the "
               "progress database can be reached.",
                "@info"));
    });
}

void ProfileFileMenu::tell(
    bool success, const QString &title, const QString &text, const QString &details)
{
    if (auto *previous = m_window->findChild<QMessageBox *>(ResultBoxName)) {
        previous->setObjectName(QString()); // deleted later; the new one is the one
        previous->close();
    }
    auto *box = new QMessageBox(success ? QMessageBox::Information : QMessageBox::Warning, title,
        text, QMessageBox::Ok, m_window);
    box->setObjectName(ResultBoxName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setAccessibleName(title);
    box->setAccessibleDescription(text);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->button(QMessageBox::Ok)->setObjectName(QStringLiteral("profileFileResultOk"));
    box->open();
    emit finished(success);
}

void ProfileFileMenu::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(m_window,
        tr("Export profile", "@title:window"), suggestedPath(QStringLiteral(".json")),
        tr("Profile files (*.json)", "@item:inlistbox"));
    if (!path.isEmpty())
        exportTo(path);
}

void ProfileFileMenu::chooseImportFile()
{
    const QString path
        = QFileDialog::getOpenFileName(m_window, tr("Import profile", "@title:window"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Profile files (*.json)", "@item:inlistbox"));
    if (!path.isEmpty())
        importFrom(path);
}

void ProfileFileMenu::choosePrintFile()
{
    const QString path = QFileDialog::getSaveFileName(m_window,
        tr("Print checklist", "@title:window"), suggestedPath(QStringLiteral("-checklist.pdf")),
        tr("PDF documents (*.pdf)", "@item:inlistbox"));
    if (!path.isEmpty())
        printTo(path);
}

void ProfileFileMenu::exportTo(const QString &path)
{
    if (!m_session.profile().isLoaded()) {
        emit finished(false);
        return;
    }
    afterSaving([this, path] {
        const Clock &clock = m_session.clock();
        // On the store's thread, like every store call; captured by value
        // so that nothing dangles should the answer come late.
        m_session.store().post<ExportOutcome>(
            [id = m_session.profile().id(), path, now = clock.now(), today = clock.today()](
                ProgressStore &store) {
                return ProfileExport::writeFile(store, id, path, now, today);
            },
            this,
            [this, path](const Result<ExportOutcome> &written) {
                if (!written) {
                    tell(false, tr("Not exported", "@title:window"), written.error().message,
                        written.error().details);
                    return;
                }
                QString text
                    = tr("\"%1\" was exported to %2.", "@info")
                          .arg(written.value().companyName, QDir::toNativeSeparators(path));
                if (!written.value().importProblem.isEmpty())
                    text += QStringLiteral("\n\n")
                        + tr("Until the profile is corrected, the file will not import:", "@info");
                tell(true, tr("Exported", "@title:window"), text, written.value().importProblem);
            });
    });
}

void ProfileFileMenu::askConflict(const ProfileFileContent &content,
    const QList<ProfileSummary> &matching, std::function<void(ConflictChoice)> answer)
{
    const QTimeZone zone = m_session.clock().timeZone();
    // A saved profile as the box names it: its label in the list, its
    // company when that reads differently, and when it last changed.
    const auto named = [&zone](const ProfileSummary &summary) {
        const QString when = DateText::dateTime(summary.updatedAt, zone);
        if (summary.label == summary.companyName)
            return tr("\"%1\", last changed %2", "@item conflict").arg(summary.label, when);
        return tr("\"%1\" (company: %2), last changed %3", "@item conflict")
            .arg(summary.label, summary.companyName, when);
    };
    QStringList saved;
    for (const ProfileSummary &summary : matching)
        saved << named(summary);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Company already saved", "@title:window"),
        tr("The file holds \"%1\", and a saved profile is the same company (same name or credit "
           "code):",
            "@info")
                .arg(content.profile.field(FieldKey::CompanyName))
            + u'\n' + saved.join(u'\n'),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("importConflictBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    // The same rule the import applies: the box names the profile that
    // Replace overwrites, or says why it cannot be chosen.
    const std::optional<ProfileSummary> target
        = ProfileImport::replaceTarget(matching, content.profile);
    const QString keepBothText = tr("Keep both adds the file as a new profile beside it (a number "
                                    "is added to its name in the list only, never to the company "
                                    "name).",
        "@info");
    box->setInformativeText(target
            ? tr("Replace overwrites the saved profile %1 with the file's content.", "@info")
                    .arg(named(*target))
                + u' ' + keepBothText
            : tr("Several saved profiles match, so it is not clear which one Replace would "
                 "overwrite; Replace is not offered.",
                  "@info")
                + u' ' + keepBothText);
    QPushButton *replace
        = box->addButton(tr("&Replace", "@action:button"), QMessageBox::AcceptRole);
    QPushButton *keepBoth
        = box->addButton(tr("&Keep both", "@action:button"), QMessageBox::ActionRole);
    QPushButton *cancel = box->addButton(tr("&Cancel", "@action:button"), QMessageBox::RejectRole);
    replace->setEnabled(target.has_value());
    replace->setObjectName(QStringLiteral("conflictReplace"));
    keepBoth->setObjectName(QStringLiteral("conflictKeepBoth"));
    cancel->setObjectName(QStringLiteral("conflictCancel"));
    for (QPushButton *button : {replace, keepBoth, cancel})
        button->setAccessibleName(withoutMnemonic(button->text()));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    // Window-modal, and answered through `answer`: no event loop of its own.
    connect(
        box, &QMessageBox::finished, this, [box, replace, keepBoth, answer = std::move(answer)] {
            if (box->clickedButton() == replace)
                answer(ConflictChoice::Replace);
            else if (box->clickedButton() == keepBoth)
                answer(ConflictChoice::KeepBoth);
            else
                answer(ConflictChoice::Cancel);
        });
    box->open();
}

void ProfileFileMenu::importFrom(const QString &path)
{
    const Result<ProfileFileContent> content
        = ProfileImport::readFile(path, m_session.clock().today());
    if (!content) {
        tell(false, tr("Not imported", "@title:window"), content.error().message,
            content.error().details);
        return;
    }
    const auto look = [this, file = content.value()] {
        m_session.store().post<QList<ProfileSummary>>(
            [profile = file.profile](
                ProgressStore &store) { return ProfileImport::conflicts(store, profile); },
            this,
            [this, file](const Result<QList<ProfileSummary>> &matching) {
                if (!matching) {
                    tell(false, tr("Not imported", "@title:window"), matching.error().message,
                        matching.error().details);
                    return;
                }
                if (matching.value().isEmpty())
                    importAs(file, ConflictChoice::KeepBoth);
                else
                    askConflict(file, matching.value(),
                        [this, file](ConflictChoice choice) { importAs(file, choice); });
            });
    };
    if (m_session.profile().isLoaded())
        afterSaving(look);
    else
        look();
}

void ProfileFileMenu::importAs(const ProfileFileContent &file, ConflictChoice choice)
{
    const QString title = tr("Not imported", "@title:window");
    if (choice == ConflictChoice::Cancel) {
        tell(false, title, tr("The import was cancelled; nothing was changed.", "@info"));
        return;
    }
    m_session.store().post<ImportOutcome>(
        [file, choice, now = m_session.clock().now()](
            ProgressStore &store) { return ProfileImport::apply(store, file, choice, now); },
        this,
        [this, file, title](const Result<ImportOutcome> &imported) {
            if (!imported) {
                tell(false, title, imported.error().message, imported.error().details);
                return;
            }
            const ImportOutcome outcome = imported.value();
            m_session.open(outcome.id, this, [this, file, title, outcome](const Result<> &opened) {
                if (!opened) {
                    tell(false, title, opened.error().message, opened.error().details);
                    return;
                }
                emit profileImported(outcome.id);
                QString text = outcome.kind == ImportOutcome::Replaced
                    ? tr("\"%1\" was imported in place of the saved profile and is now open.",
                        "@info")
                          .arg(outcome.label)
                    : tr("\"%1\" was imported and is now open.", "@info").arg(outcome.label);
                QStringList findings;
                for (const CheckedField &finding : file.findings)
                    findings << finding.key + QStringLiteral(": ") + finding.verdict.message;
                if (!findings.isEmpty())
                    text += QStringLiteral("\n\n")
                        + tr("Some values deserve a second look (see the details).", "@info");
                tell(true, tr("Imported", "@title:window"), text, findings.join(u'\n'));
            });
        });
}

void ProfileFileMenu::printTo(const QString &path)
{
    if (!m_session.profile().isLoaded()) {
        emit finished(false);
        return;
    }
    afterSaving([this, path] {
        const Clock &clock = m_session.clock();
        const Result<int> pages
            = ChecklistPdf::write(m_session.profile().data(), clock.now(), clock.timeZone(), path);
        if (!pages) {
            tell(false, tr("Checklist not written", "@title:window"), pages.error().message,
                pages.error().details);
            return;
        }
        tell(true, tr("Checklist written", "@title:window"),
            tr("The checklist of \"%1\" was written to %2.", "@info")
                .arg(m_session.profile().field(FieldKey::CompanyName),
                    QDir::toNativeSeparators(path)));
    });
}
