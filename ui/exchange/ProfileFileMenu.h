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
    bool exportTo(const QString &path);
    bool importFrom(const QString &path);
    bool printTo(const QString &path);

    // Asks what to do with a file whose company is already saved (a message
    // box with Replace, Keep both and Cancel).
    ConflictChoice askConflict(
        const ProfileFileContent &content, const QList<ProfileSummary> &matching);

signals:
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
    bool saveOpenProfile();
    void tell(bool success, const QString &title, const QString &text,
        const QString &details = QString());

    OnboardingSession &m_session;
    QWidget *m_window;
    QAction *m_export;
    QAction *m_import;
    QAction *m_print;
    QAction *m_restoreBackup;
};
