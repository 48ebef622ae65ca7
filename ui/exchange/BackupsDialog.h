// "Restore a backup…": the automatic backups of the SQLite progress database
// (BackupShelf), newest first, with when each was taken, how many profiles it
// holds and whether it can be used, and the damaged copies set aside beside
// the database. It only chooses: the caller restores (the wizard closes
// first, so that no open connection sees the file change) and starts again.
// It never writes or moves anything itself.
#pragma once

#include <QDialog>
#include <QTimeZone>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

class BackupsDialog : public QDialog
{
    Q_OBJECT
public:
    // Dates are shown in `zone` (the user's, from the clock).
    BackupsDialog(const QString &databasePath, const QTimeZone &zone, QWidget *parent = nullptr);

    // The backup chosen with Restore (empty until then).
    QString chosenBackup() const { return m_chosen; }
    QTreeWidget *list() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }

private:
    void retranslate();
    void fill();
    void updateButtons();

    QString m_path;
    QTimeZone m_zone;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QLabel *m_damaged;
    QDialogButtonBox *m_buttons;
    QPushButton *m_restore;
    QString m_chosen;
};
