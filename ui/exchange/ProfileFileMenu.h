// The wizard's "Progress" menu: Export… (the open profile as a profile file),
// Import… (a profile file into the store, asking what to do when the company
// is already saved), Print checklist… (a PDF in the current language) and
// Restore a backup… (BackupsDialog; SQLite only: it asks for the restore,
// which the program carries out once the window has closed).
// It asks for files with QFileDialog, says every result and error in a
// message box, and opens an imported profile. The work itself is done by
// app/exchange and ui/report; this class never touches SQL or JSON.
#pragma once

#include "exchange/ProfileImport.h"

#include <QMenu>

#include <functional>

class OnboardingSession;
class QAction;

class ProfileFileMenu : public QMenu
{
    Q_OBJECT
public:
    // Dialogs are shown over `window`.
    ProfileFileMenu(OnboardingSession &session, QWidget *window);

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    QAction *printAction() const { return m_print; }
    QAction *restoreBackupAction() const { return m_restoreBackup; }

    // What the actions do once a file was chosen (tests call these directly).
    // Each ends with finished() and its message box: at once with an inline
    // store, else once the store has answered (the window never waits).
    void exportTo(const QString &path);
    void importFrom(const QString &path);
    void printTo(const QString &path);

    // Asks what to do with a file whose company is already saved (a
    // window-modal message box with Replace, Keep both and Cancel).
    void askConflict(const ProfileFileContent &content, const QList<ProfileSummary> &matching,
        std::function<void(ConflictChoice)> answer);

signals:
    // An export, import or print has ended; its message box says how.
    void finished(bool succeeded);
    // A profile was imported and opened.
    void profileImported(qint64 id);
    // The user chose to restore `backup` (and agreed that the program closes
    // and starts again for it).
    void restoreRequested(const QString &backup);

private:
    void retranslate();
    void updateActions();
    void chooseExportFile();
    void chooseImportFile();
    void choosePrintFile();
    void chooseBackup();
    QString suggestedPath(const QString &suffix) const;
    // Runs `then` once the open profile's edits are saved; says so if they cannot be.
    void afterSaving(std::function<void()> then);
    void importAs(const ProfileFileContent &file, ConflictChoice choice);
    void tell(bool success, const QString &title, const QString &text,
        const QString &details = QString());

    OnboardingSession &m_session;
    QWidget *m_window;
    QAction *m_export;
    QAction *m_import;
    QAction *m_print;
    QAction *m_restoreBackup;
};
