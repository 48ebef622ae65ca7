#include "BackupsDialog.h"
#include "widgets/Retranslation.h"

#include "i18n/DateText.h"
#include "storage/BackupShelf.h"
#include "storage/SqliteFileCheck.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { TakenColumn, ProfilesColumn, FileColumn };
constexpr int PathRole = Qt::UserRole;
constexpr int UsableRole = Qt::UserRole + 1;

} // namespace

BackupsDialog::BackupsDialog(const QString &databasePath, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_path(databasePath)
    , m_zone(zone)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_damaged(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_restore(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("backupsDialog"));
    m_list->setObjectName(QStringLiteral("backupList"));
    m_restore->setObjectName(QStringLiteral("restoreBackupButton"));
    m_intro->setWordWrap(true);
    m_damaged->setWordWrap(true);
    m_damaged->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setColumnCount(3);
    m_list->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_damaged);
    layout->addWidget(m_buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &BackupsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (m_restore->isEnabled())
            m_restore->click();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_list->currentItem();
        if (!item || !item->data(TakenColumn, UsableRole).toBool())
            return;
        m_chosen = item->data(TakenColumn, PathRole).toString();
        accept();
    });
    fill();
    retranslate();
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 22);
    Retranslation::follow(this, [this] { retranslate(); });
}

void BackupsDialog::fill()
{
    m_list->clear();
    for (const QString &backup : BackupShelf(m_path).backups()) {
        const SqliteFileCheck::Verdict verdict = SqliteFileCheck::examine(backup);
        const bool usable = BackupShelf::isGood(verdict);
        auto *item = new QTreeWidgetItem(m_list);
        const QDateTime taken = BackupShelf::takenAt(backup);
        item->setText(
            TakenColumn, taken.isValid() ? DateText::dateTime(taken, m_zone) : QStringLiteral("?"));
        item->setData(TakenColumn, PathRole, backup);
        item->setData(TakenColumn, UsableRole, usable);
        item->setData(ProfilesColumn, Qt::UserRole, verdict.profiles);
        item->setText(FileColumn, QDir::toNativeSeparators(backup));
        item->setToolTip(FileColumn, verdict.details);
        if (!usable)
            item->setForeground(FileColumn, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void BackupsDialog::retranslate()
{
    setWindowTitle(tr("Restore a backup", "@title:window"));
    m_intro->setText(m_list->topLevelItemCount() == 0
            ? tr("There is no backup of %1 yet. A backup is made at most once a day, when the "
                 "database holds a profile and has changed.",
                "@info")
                  .arg(QDir::toNativeSeparators(m_path))
            : tr("Automatic backups of %1, newest first. Restoring closes this window, puts the "
                 "backup in the database's place (the database there now is kept beside it, "
                 "named \"replaced\"), and opens the program again.",
                "@info")
                  .arg(QDir::toNativeSeparators(m_path)));
    m_list->setHeaderLabels({tr("Taken", "@title:column"), tr("Profiles", "@title:column"),
        tr("File", "@title:column")});
    m_list->setAccessibleName(tr("Backups", "@label"));
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        const int profiles = item->data(ProfilesColumn, Qt::UserRole).toInt();
        item->setText(ProfilesColumn,
            item->data(TakenColumn, UsableRole).toBool()
                ? QString::number(profiles)
                : tr("not usable", "@item:intable backup"));
    }
    const QStringList damaged = BackupShelf(m_path).damagedCopies();
    m_damaged->setVisible(!damaged.isEmpty());
    m_damaged->setText(damaged.isEmpty()
            ? QString()
            : tr("Damaged copies set aside, kept until you dismiss them: %1", "@info")
                  .arg(QDir::toNativeSeparators(damaged.join(QStringLiteral(", ")))));
    // The time and the count in full; the path takes what is left.
    m_list->resizeColumnToContents(TakenColumn);
    m_list->resizeColumnToContents(ProfilesColumn);
    m_restore->setText(tr("&Restore", "@action:button"));
    m_restore->setAccessibleName(tr("Restore the chosen backup", "@action:button"));
}

void BackupsDialog::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    m_restore->setEnabled(item && item->data(TakenColumn, UsableRole).toBool());
    m_restore->setDefault(m_restore->isEnabled());
}
