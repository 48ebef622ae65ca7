#include "ProfileFileMenu.h"
#include "widgets/Retranslation.h"

#include "BackupsDialog.h"
#include "core/Clock.h"
#include "exchange/ProfileExport.h"
#include "onboarding/FieldKey.h"
#include "report/ChecklistPdf.h"
#include "session/OnboardingSession.h"
#include "storage/StoreClient.h"
#include "widgets/Mnemonic.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLocale>
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

bool ProfileFileMenu::saveOpenProfile()
{
    if (m_session.flushAndWait())
        return true;
    tell(false, tr("Not saved", "@title:window"),
        tr("The open profile could not be saved, so nothing was written. Try again when the "
           "progress database can be reached.",
            "@info"));
    return false;
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

bool ProfileFileMenu::exportTo(const QString &path)
{
    if (!m_session.profile().isLoaded() || !saveOpenProfile())
        return false;
    const Clock &clock = m_session.clock();
    // On the store's thread, like every store call; captured by value so
    // that nothing dangles should the answer come late.
    const Result<ExportOutcome> written
        = m_session.store().run([id = m_session.profile().id(), path, now = clock.now(),
                                    today = clock.today()](ProgressStore &store) {
              return ProfileExport::writeFile(store, id, path, now, today);
          });
    if (!written) {
        tell(false, tr("Not exported", "@title:window"), written.error().message,
            written.error().details);
        return false;
    }
    QString text = tr("\"%1\" was exported to %2.", "@info")
                       .arg(written.value().companyName, QDir::toNativeSeparators(path));
    if (!written.value().importProblem.isEmpty())
        text += QStringLiteral("\n\n")
            + tr("Until the profile is corrected, the file will not import:", "@info");
    tell(true, tr("Exported", "@title:window"), text, written.value().importProblem);
    return true;
}

ConflictChoice ProfileFileMenu::askConflict(
    const ProfileFileContent &content, const QList<ProfileSummary> &matching)
{
    QStringList saved;
    for (const ProfileSummary &summary : matching)
        saved << tr("\"%1\", last changed %2", "@item conflict")
                     .arg(summary.companyName,
                         QLocale().toString(
                             summary.updatedAt.toTimeZone(m_session.clock().timeZone()),
                             QLocale::ShortFormat));
    QMessageBox box(QMessageBox::Question, tr("Company already saved", "@title:window"),
        tr("The file holds \"%1\", and a saved profile is the same company (same name or credit "
           "code):",
            "@info")
                .arg(content.profile.field(FieldKey::CompanyName))
            + u'\n' + saved.join(u'\n'),
        QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("importConflictBox"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Replace the saved profile with the file's content, keep both (the "
                              "imported one under a new name), or cancel the import?",
        "@info"));
    QPushButton *replace = box.addButton(tr("&Replace", "@action:button"), QMessageBox::AcceptRole);
    QPushButton *keepBoth
        = box.addButton(tr("&Keep both", "@action:button"), QMessageBox::ActionRole);
    QPushButton *cancel = box.addButton(tr("&Cancel", "@action:button"), QMessageBox::RejectRole);
    replace->setObjectName(QStringLiteral("conflictReplace"));
    keepBoth->setObjectName(QStringLiteral("conflictKeepBoth"));
    cancel->setObjectName(QStringLiteral("conflictCancel"));
    for (QPushButton *button : {replace, keepBoth, cancel})
        button->setAccessibleName(withoutMnemonic(button->text()));
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == replace)
        return ConflictChoice::Replace;
    if (box.clickedButton() == keepBoth)
        return ConflictChoice::KeepBoth;
    return ConflictChoice::Cancel;
}

bool ProfileFileMenu::importFrom(const QString &path)
{
    if (m_session.profile().isLoaded() && !saveOpenProfile())
        return false;
    const Clock &clock = m_session.clock();
    const QString title = tr("Not imported", "@title:window");
    const Result<ProfileFileContent> content = ProfileImport::readFile(path, clock.today());
    if (!content) {
        tell(false, title, content.error().message, content.error().details);
        return false;
    }
    const Result<QList<ProfileSummary>> matching
        = m_session.store().run([profile = content.value().profile](ProgressStore &store) {
              return ProfileImport::conflicts(store, profile);
          });
    if (!matching) {
        tell(false, title, matching.error().message, matching.error().details);
        return false;
    }
    const ConflictChoice choice = matching.value().isEmpty()
        ? ConflictChoice::KeepBoth
        : askConflict(content.value(), matching.value());
    if (choice == ConflictChoice::Cancel) {
        tell(false, title, tr("The import was cancelled; nothing was changed.", "@info"));
        return false;
    }
    const Result<ImportOutcome> imported = m_session.store().run(
        [file = content.value(), choice, now = clock.now()](
            ProgressStore &store) { return ProfileImport::apply(store, file, choice, now); });
    if (!imported) {
        tell(false, title, imported.error().message, imported.error().details);
        return false;
    }
    const ImportOutcome &outcome = imported.value();
    if (Result<> opened = m_session.open(outcome.id); !opened) {
        tell(false, title, opened.error().message, opened.error().details);
        return false;
    }
    emit profileImported(outcome.id);
    QString text = outcome.kind == ImportOutcome::Replaced
        ? tr("\"%1\" was imported in place of the saved profile and is now open.", "@info")
              .arg(outcome.companyName)
        : tr("\"%1\" was imported and is now open.", "@info").arg(outcome.companyName);
    QStringList findings;
    for (const CheckedField &finding : content.value().findings)
        findings << finding.key + QStringLiteral(": ") + finding.verdict.message;
    if (!findings.isEmpty())
        text += QStringLiteral("\n\n")
            + tr("Some values deserve a second look (see the details).", "@info");
    tell(true, tr("Imported", "@title:window"), text, findings.join(u'\n'));
    return true;
}

bool ProfileFileMenu::printTo(const QString &path)
{
    if (!m_session.profile().isLoaded() || !saveOpenProfile())
        return false;
    const Clock &clock = m_session.clock();
    const Result<int> pages
        = ChecklistPdf::write(m_session.profile().data(), clock.now(), clock.timeZone(), path);
    if (!pages) {
        tell(false, tr("Checklist not written", "@title:window"), pages.error().message,
            pages.error().details);
        return false;
    }
    tell(true, tr("Checklist written", "@title:window"),
        tr("The checklist of \"%1\" was written to %2.", "@info")
            .arg(m_session.profile().field(FieldKey::CompanyName), QDir::toNativeSeparators(path)));
    return true;
}
